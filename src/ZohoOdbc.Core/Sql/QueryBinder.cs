using System.Globalization;
using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Binds a SELECT statement to the catalog and writes its SQLite translation: CTEs, UNION/INTERSECT/EXCEPT, query
/// specifications with joins of every kind, derived tables, VALUES, GROUP BY/HAVING (with SQL Server's check that
/// every selected column is grouped or aggregated), DISTINCT, TOP, ORDER BY and OFFSET/FETCH. While binding it records,
/// per table instance, the conditions that may pre-filter it (for pushdown) and child tables' joins to their parents.
/// </summary>
internal sealed class QueryBinder(BindContext context)
{
    public BindContext Context => context;

    /// <summary>Binds the statement; <paramref name="trailing"/> is a LIMIT n [OFFSET m] written after it.</summary>
    public BoundStatement BindStatement(SelectStatement statement, RowWindow? trailing)
    {
        if (statement.Into is not null) throw new ZohoOdbcException(SqlStates.FeatureNotSupported, "SELECT ... INTO is not supported: ZohoOdbc is read-only.");
        if (statement.ComputeClauses is { Count: > 0 }) throw UnsupportedSql.NotYet("COMPUTE");
        if (statement.OptimizerHints is { Count: > 0 }) throw UnsupportedSql.NotYet("OPTION (query hints)");

        var with = new StringBuilder();
        if (statement.WithCtesAndXmlNamespaces is { } ctes)
        {
            if (ctes.XmlNamespaces is not null) throw UnsupportedSql.NotYet("WITH XMLNAMESPACES");
            foreach (var cte in ctes.CommonTableExpressions)
            {
                var name = cte.ExpressionName.Value;
                if (context.Ctes.ContainsKey(name))
                    throw new ZohoOdbcException(SqlStates.SyntaxError, $"The CTE name '{name}' is specified more than once.");
                if (References(cte.QueryExpression, name)) throw UnsupportedSql.NotYet($"Recursive common table expressions ({name})");
                var bound = BindQuery(cte.QueryExpression, outer: null, QueryRole.Cte);
                var cteColumns = Rename(bound.Columns, cte.Columns, name);
                var sqlName = context.NextCte();
                context.Ctes[name] = new CommonTableExpression(name, sqlName, cteColumns);
                with.Append(with.Length == 0 ? "WITH " : ", ").Append(SqliteSyntax.Quote(sqlName)).Append(" AS (").Append(bound.Sql).Append(')');
            }
        }

        var query = BindQuery(statement.QueryExpression, outer: null, QueryRole.Top, trailing);
        var sql = with.Length == 0 ? query.Sql : with.Append(' ').Append(query.Sql).ToString();
        var columns = query.Columns.Select(c => new ResultColumn(c.Name, c.Type.Type, c.Type.Size, c.Type.Scale, c.Type.Nullable, c.BaseTable, c.BaseColumn)).ToArray();
        return new BoundStatement(sql, columns, context.Parameters, context.Instances);
    }

    private enum QueryRole { Top, Cte, Derived, Subquery }

    private BoundQuery BindQuery(QueryExpression expression, BindScope? outer, QueryRole role, RowWindow? trailing = null)
    {
        switch (expression)
        {
            case QuerySpecification specification:
                return BindSpecification(specification, outer, role, trailing);
            case QueryParenthesisExpression parenthesis:
            {
                var inner = BindQuery(parenthesis.QueryExpression, outer, role == QueryRole.Top ? QueryRole.Derived : role);
                return Ordered(inner, parenthesis, outer, role, trailing);
            }
            case BinaryQueryExpression binary:
                return Ordered(BindSetOperations(binary, outer), binary, outer, role, trailing);
            default:
                throw UnsupportedSql.NotYet(UnsupportedSql.NameOf(expression));
        }
    }

    /// <summary>
    /// A chain of UNION / EXCEPT / INTERSECT: ScriptDom nests it from the left as written, but SQL Server evaluates
    /// INTERSECT first, so the chain is regrouped before binding (A UNION B INTERSECT C is A UNION (B INTERSECT C)).
    /// </summary>
    private BoundQuery BindSetOperations(BinaryQueryExpression root, BindScope? outer)
    {
        var operands = new List<QueryExpression>();
        var operators = new List<BinaryQueryExpression>();
        void Flatten(QueryExpression node)
        {
            if (node is BinaryQueryExpression { OrderByClause: null, OffsetClause: null } binary && (node == root || binary.ForClause is null))
            {
                Flatten(binary.FirstQueryExpression);
                operators.Add(binary);
                operands.Add(binary.SecondQueryExpression);
            }
            else operands.Add(node);
        }
        Flatten(root.FirstQueryExpression);
        operators.Add(root);
        operands.Add(root.SecondQueryExpression);

        var bound = operands.Select(o => BindQuery(o, outer, QueryRole.Derived)).ToList();
        // INTERSECT runs first, then UNION and EXCEPT from left to right.
        for (var i = 0; i < operators.Count;)
        {
            if (operators[i].BinaryQueryExpressionType != BinaryQueryExpressionType.Intersect) { i++; continue; }
            bound[i] = SetOperation(operators[i], bound[i], bound[i + 1]);
            bound.RemoveAt(i + 1);
            operators.RemoveAt(i);
        }
        var result = bound[0];
        for (var i = 0; i < operators.Count; i++) result = SetOperation(operators[i], result, bound[i + 1]);
        return result;
    }

    private static BoundQuery SetOperation(BinaryQueryExpression binary, BoundQuery left, BoundQuery right)
    {
        var op = binary.BinaryQueryExpressionType switch
        {
            BinaryQueryExpressionType.Union => binary.All ? "UNION ALL" : "UNION",
            BinaryQueryExpressionType.Except => binary.All ? throw UnsupportedSql.NotYet("EXCEPT ALL") : "EXCEPT",
            BinaryQueryExpressionType.Intersect => binary.All ? throw UnsupportedSql.NotYet("INTERSECT ALL") : "INTERSECT",
            _ => throw UnsupportedSql.NotYet(binary.BinaryQueryExpressionType.ToString()),
        };
        if (left.Columns.Count != right.Columns.Count)
            throw new ZohoOdbcException(SqlStates.SyntaxError,
                $"All queries combined using a UNION, INTERSECT or EXCEPT operator must have an equal number of expressions in their target lists ({left.Columns.Count} and {right.Columns.Count}).");

        var columns = new List<OutputColumn>();
        var leftItems = new List<string>();
        var rightItems = new List<string>();
        for (var i = 0; i < left.Columns.Count; i++)
        {
            var name = BoundQuery.ColumnName(i);
            var l = new BoundExpr(SqliteSyntax.Quote(name), left.Columns[i].Type);
            var r = new BoundExpr(SqliteSyntax.Quote(name), right.Columns[i].Type);
            var type = ExpressionBinder.CommonType([l, r], op);
            leftItems.Add(Conversions.Convert(l, type).Sql + " AS " + SqliteSyntax.Quote(name));
            rightItems.Add(Conversions.Convert(r, type).Sql + " AS " + SqliteSyntax.Quote(name));
            var same = left.Columns[i].BaseTable is not null && left.Columns[i].BaseTable == right.Columns[i].BaseTable
                && left.Columns[i].BaseColumn == right.Columns[i].BaseColumn;
            columns.Add(new OutputColumn(left.Columns[i].Name, type, same ? left.Columns[i].BaseTable : null, same ? left.Columns[i].BaseColumn : null));
        }
        // SQLite gives its compound operators one precedence; every operand is a subquery, so ScriptDom's tree (INTERSECT first) holds.
        var sql = $"SELECT {string.Join(", ", leftItems)} FROM ({left.Sql}) {op} SELECT {string.Join(", ", rightItems)} FROM ({right.Sql})";
        return new BoundQuery(sql, columns, false, [.. left.OuterReferences, .. right.OuterReferences]);
    }

    /// <summary>ORDER BY and OFFSET/FETCH on a set operation or parenthesized query: by output column name or position.</summary>
    private BoundQuery Ordered(BoundQuery inner, QueryExpression node, BindScope? outer, QueryRole role, RowWindow? trailing)
    {
        var window = Window(null, node.OffsetClause, node.OrderByClause is not null, out _, out _);
        if (trailing is not null) window = window.Then(trailing);
        CheckOrderAllowed(node.OrderByClause, window, role);
        if (node.OrderByClause is null && window.IsEmpty) return inner;

        var order = new List<string>();
        if (node.OrderByClause is { } orderBy)
        {
            foreach (var element in orderBy.OrderByElements)
            {
                var ordinal = element.Expression switch
                {
                    IntegerLiteral position => Position(position, inner.Columns.Count),
                    ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var single] } =>
                        Index(inner.Columns, single.Value) ?? throw new ZohoOdbcException(SqlStates.SyntaxError,
                            $"ORDER BY items must appear in the select list if the statement contains a UNION, INTERSECT or EXCEPT operator ('{single.Value}')."),
                    _ => throw new ZohoOdbcException(SqlStates.SyntaxError,
                        "ORDER BY items must appear in the select list if the statement contains a UNION, INTERSECT or EXCEPT operator."),
                };
                order.Add((ordinal + 1).ToString(CultureInfo.InvariantCulture) + (element.SortOrder == SortOrder.Descending ? " DESC" : ""));
            }
        }
        var columns = string.Join(", ", inner.Columns.Select((_, i) => SqliteSyntax.Quote(BoundQuery.ColumnName(i))));
        var sql = $"SELECT {columns} FROM ({inner.Sql})" + (order.Count > 0 ? " ORDER BY " + string.Join(", ", order) : "") + window.Sql();
        return inner with { Sql = sql, AtMostOneRow = inner.AtMostOneRow || window.Limit is 0 or 1 };
    }

    private static int Position(IntegerLiteral position, int count)
    {
        var ordinal = int.TryParse(position.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (ordinal < 1 || ordinal > count)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The ORDER BY position number {position.Value} is out of range of the number of items in the select list.");
        return ordinal - 1;
    }

    private static int? Index(IReadOnlyList<OutputColumn> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
            if (string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return null;
    }

    private static void CheckOrderAllowed(OrderByClause? orderBy, RowWindow window, QueryRole role)
    {
        if (orderBy is not null && role != QueryRole.Top && window.IsEmpty)
            throw new ZohoOdbcException(SqlStates.SyntaxError,
                "The ORDER BY clause is invalid in views, inline functions, derived tables, subqueries, and common table expressions, unless TOP, OFFSET or FOR XML is also specified.");
    }

    // ----- query specifications -----

    private BoundQuery BindSpecification(QuerySpecification specification, BindScope? outer, QueryRole role, RowWindow? trailing)
    {
        if (specification.ForClause is not null) throw UnsupportedSql.NotYet("FOR XML/JSON");
        var scope = new BindScope(context, outer);
        var instancesBefore = context.Instances.Count;
        var (fromNodes, fromSql) = BindFrom(specification.FromClause, scope);
        var binder = new ExpressionBinder(scope, this);

        var where = specification.WhereClause switch
        {
            null => null,
            { Cursor: not null } => throw UnsupportedSql.NotYet("WHERE CURRENT OF"),
            { SearchCondition: var condition } => binder.Condition(condition, Place.Where),
        };

        var groupBy = BindGroupBy(specification.GroupByClause, binder, out var groupingSets);
        // GROUPING(x) items of a statement with grouping sets: their ordinal and x's index among the grouping expressions.
        var groupingFlags = new Dictionary<int, int>();

        var items = new List<(OutputColumn Column, BoundExpr Expression, bool Aliased)>();
        foreach (var element in specification.SelectElements)
        {
            switch (element)
            {
                case SelectStarExpression star:
                    foreach (var (source, column) in Star(scope, star))
                    {
                        if (source is TableInstance instance && column.Base is { } baseColumn) instance.Use(baseColumn);
                        var type = source.NullSupplied ? column.Type.WithNullable(true) : column.Type;
                        var expr = BoundExpr.ForColumn(source, column, type);
                        items.Add((Output(column.Name, expr), expr, false));
                    }
                    break;
                case SelectScalarExpression scalar when groupingSets is not null && GroupingSets.GroupingArgument(scalar.Expression) is { } argument:
                {
                    var grouped = binder.Scalar(argument, Place.Select);
                    var index = groupingSets.Expressions.ToList().FindIndex(e => e.Sql == grouped.Sql);
                    if (index < 0) throw new ZohoOdbcException(SqlStates.SyntaxError,
                        "Argument 1 of the GROUPING function does not match any of the expressions in the GROUP BY clause.");
                    groupingFlags[items.Count] = index;
                    var flag = BoundExpr.ForLiteral(0L, SqlTypeInfo.Integer(false));
                    var flagAlias = scalar.ColumnName?.Identifier?.Value ?? (scalar.ColumnName?.ValueExpression as StringLiteral)?.Value;
                    items.Add((Output(flagAlias ?? "", flag), flag, flagAlias is not null));
                    break;
                }
                case SelectScalarExpression scalar:
                {
                    var expr = binder.Scalar(scalar.Expression, Place.Select);
                    var alias = scalar.ColumnName?.Identifier?.Value ?? (scalar.ColumnName?.ValueExpression as StringLiteral)?.Value;
                    // A column keeps its name; so does a custom field (cf_...), which is an expression over custom_field_hash.
                    var name = alias ?? (expr.Kind == ExprKind.Column ? expr.Column!.Name
                        : scalar.Expression is ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [.., var last] } ? last.Value.ToLowerInvariant() : "");
                    items.Add((Output(name, expr), expr, alias is not null));
                    break;
                }
                default:
                    throw UnsupportedSql.NotYet("Assigning variables in SELECT");
            }
        }

        var having = specification.HavingClause is null ? null : binder.Condition(specification.HavingClause.SearchCondition, Place.Having);
        var distinct = specification.UniqueRowFilter == UniqueRowFilter.Distinct;

        // ORDER BY: positions and select-list aliases first, as in SQL Server, then expressions over the FROM items.
        var order = new List<(string Sql, BoundExpr? Expression, int? Ordinal, bool Descending)>();
        if (specification.OrderByClause is { } orderBy)
        {
            foreach (var element in orderBy.OrderByElements)
            {
                var descending = element.SortOrder == SortOrder.Descending;
                switch (element.Expression)
                {
                    case IntegerLiteral position:
                    {
                        var ordinal = Position(position, items.Count);
                        order.Add((Ordinal(ordinal), items[ordinal].Expression, ordinal, descending));
                        continue;
                    }
                    case Literal:
                        throw new ZohoOdbcException(SqlStates.SyntaxError,
                            "A constant expression was encountered in the ORDER BY list: order by a column, an expression or a select-list position.");
                    case ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var single] }:
                    {
                        var aliased = items.FindIndex(i => i.Aliased && string.Equals(i.Column.Name, single.Value, StringComparison.OrdinalIgnoreCase));
                        if (aliased >= 0)
                        {
                            order.Add((Ordinal(aliased), items[aliased].Expression, aliased, descending));
                            continue;
                        }
                        break;
                    }
                }
                var expr = binder.Scalar(element.Expression, Place.OrderBy);
                var same = items.FindIndex(i => i.Expression.Sql == expr.Sql);
                if (distinct && same < 0)
                    throw new ZohoOdbcException(SqlStates.SyntaxError, "ORDER BY items must appear in the select list if SELECT DISTINCT is specified.");
                order.Add((same >= 0 ? Ordinal(same) : expr.Sql, expr, same >= 0 ? same : null, descending));
            }
        }

        var window = Window(specification.TopRowFilter, specification.OffsetClause, order.Count > 0, out var topIsParameter, out var share);
        if (share is not null)
        {
            if (role != QueryRole.Top || trailing is not null)
                throw UnsupportedSql.NotYet("TOP ... WITH TIES or PERCENT in a subquery, derived table, common table expression or set operation");
            if (distinct) throw UnsupportedSql.NotYet("TOP ... WITH TIES or PERCENT with DISTINCT");
            if (share.WithTies && order.Count == 0)
                throw new ZohoOdbcException(SqlStates.SyntaxError, "The TOP N WITH TIES clause is not allowed without a corresponding ORDER BY clause.");
        }
        if (trailing is not null) window = window.Then(trailing);
        CheckOrderAllowed(specification.OrderByClause, window, role);

        var aggregateQuery = groupBy.Count > 0 || items.Any(i => i.Expression.HasAggregate) || (having is not null)
            || order.Any(o => o.Expression?.HasAggregate == true);
        if (aggregateQuery)
        {
            var grouped = groupBy.Select(g => g.Sql).ToHashSet(StringComparer.Ordinal);
            foreach (var item in items) CheckGrouped(item.Expression, grouped, scope, "the select list");
            if (having is not null) CheckGrouped(having, grouped, scope);
            foreach (var item in order.Where(o => o.Ordinal is null)) CheckGrouped(item.Expression!, grouped, scope, "the ORDER BY clause");
        }

        var specInstances = context.Instances.Skip(instancesBefore).Where(i => scope.Sources.Contains(i)).ToList();
        ClassifyConditions(fromNodes, where, specInstances);
        PushIntoDerivedTables(fromNodes, where, scope.Sources.OfType<DerivedSource>().Where(d => d.Passthrough is not null).ToList());
        Guard(specInstances, where, window);
        if (role == QueryRole.Top && !aggregateQuery && !distinct && !topIsParameter)
            PlanRowGoal(scope, specInstances, where, order, window, items);

        // The statement's own result columns carry exact decimal quotients (as text the reader parses); an ORDER BY on such a
        // column then sorts by the number, not by its position (which would sort the text).
        var exact = role == QueryRole.Top;
        if (groupingSets is not null)
        {
            if (having is not null) throw GroupingSets.Unsupported("HAVING");
            if (distinct) throw GroupingSets.Unsupported("DISTINCT");
            if (share is not null) throw GroupingSets.Unsupported("TOP ... WITH TIES or PERCENT");
            return BindGroupingSets(groupingSets, groupingFlags, items, order, scope, fromSql, where?.Sql, window, exact);
        }
        var sql = new StringBuilder("SELECT ");
        if (distinct) sql.Append("DISTINCT ");
        sql.AppendJoin(", ", items.Select((item, i) => (exact ? item.Expression.ExactSql ?? item.Expression.Sql : item.Expression.Sql) + " AS " + SqliteSyntax.Quote(BoundQuery.ColumnName(i))));
        // Positions and aliases mean nothing inside OVER: the numbering orders by the expressions themselves.
        if (share is not null) sql.Append(share.Columns(order.Select(o => o.Expression!.Sql + (o.Descending ? " DESC" : "")).ToArray()));
        if (fromSql.Length > 0) sql.Append(" FROM ").Append(fromSql);
        if (where is not null) sql.Append(" WHERE ").Append(where.Sql);
        if (groupBy.Count > 0) sql.Append(" GROUP BY ").AppendJoin(", ", groupBy.Select(g => g.Sql));
        if (having is not null) sql.Append(" HAVING ").Append(having.Sql);
        if (order.Count > 0 && share is null)
            sql.Append(" ORDER BY ").AppendJoin(", ", order.Select(o =>
                (exact && o.Expression?.ExactSql is not null ? o.Expression.Sql : o.Sql) + (o.Descending ? " DESC" : "")));
        sql.Append(window.Sql());
        if (share is not null)
        {
            var cut = share.Wrap(sql.ToString(), items.Count);
            sql.Clear().Append(cut);
        }

        var atMostOne = (aggregateQuery && groupBy.Count == 0) || window.Limit is 0 or 1;
        var transparent = scope.Sources.Count == 1 && !aggregateQuery && !distinct && window.IsEmpty && share is null && !items.Any(i => i.Expression.HasWindow);
        return new BoundQuery(sql.ToString(), items.Select(i => i.Column).ToArray(), atMostOne, scope.OuterReferences.ToArray())
        {
            Passthrough = transparent ? items.Select(i => Passthrough(i.Expression)).ToArray() : null,
        };
    }

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static OutputColumn Output(string name, BoundExpr expr) =>
        expr.Kind == ExprKind.Column && expr.Source is TableInstance instance
            ? new OutputColumn(name, expr.Type, instance.Table.Name, expr.Column!.Name)
            : new OutputColumn(name, expr.Type);

    private static IEnumerable<(SourceBinding, SourceColumn)> Star(BindScope scope, SelectStarExpression star)
    {
        if (scope.Sources.Count == 0)
            throw new ZohoOdbcException(SqlStates.SyntaxError, "SELECT * with no tables specified is not valid.");
        var sources = scope.Sources.AsEnumerable();
        if (star.Qualifier is { } qualifier)
        {
            var parts = qualifier.Identifiers.Select(i => i.Value).ToArray();
            sources = scope.Sources.Where(s => s.Matches(parts)).ToList();
            if (!sources.Any())
                throw new ZohoOdbcException(SqlStates.TableNotFound,
                    $"'{string.Join(".", parts)}.*' does not name a table or alias of the FROM clause ({string.Join(", ", scope.Sources.Select(s => s.Describe()))}).");
        }
        // Detail-only columns are hidden from *, as SQL Server's HIDDEN columns are: naming them costs a call per row.
        return sources.SelectMany(s => s.Columns.Where(c => !c.Hidden).Select(c => (s, c)));
    }

    /// <summary>The grouping expressions; with ROLLUP, CUBE or GROUPING SETS all of them, and the sets in <paramref name="sets"/>.</summary>
    private static List<BoundExpr> BindGroupBy(GroupByClause? clause, ExpressionBinder binder, out GroupingSets? sets)
    {
        sets = null;
        if (clause is null) return [];
        if (clause.All) throw UnsupportedSql.NotYet("GROUP BY ALL");
        if (clause.GroupByOption != GroupByOption.None) throw UnsupportedSql.NotYet($"GROUP BY ... WITH {clause.GroupByOption.ToString().ToUpperInvariant()}");
        if (GroupingSets.Needed(clause))
        {
            sets = GroupingSets.Bind(clause, expression => GroupingExpression(expression, binder));
            return sets.Expressions.ToList();
        }
        return clause.GroupingSpecifications.Cast<ExpressionGroupingSpecification>().Select(s => GroupingExpression(s.Expression, binder)).ToList();
    }

    private static BoundExpr GroupingExpression(ScalarExpression expression, ExpressionBinder binder)
    {
        var bound = binder.Scalar(expression, Place.GroupBy);
        if (bound.HasSubquery) throw new ZohoOdbcException(SqlStates.SyntaxError,
            "Cannot use an aggregate or a subquery in an expression used for the group by list of a GROUP BY clause.");
        if (bound.Kind == ExprKind.Literal) throw new ZohoOdbcException(SqlStates.SyntaxError,
            "Each GROUP BY expression must contain at least one column that is not an outer reference.");
        return bound;
    }

    /// <summary>
    /// A statement with grouping sets (see <see cref="GroupingSets"/>): each select item and ORDER BY term classified as a
    /// grouping expression, a GROUPING() flag or the same in every set; anything else is 0A000.
    /// </summary>
    private static BoundQuery BindGroupingSets(GroupingSets sets, Dictionary<int, int> flags,
        List<(OutputColumn Column, BoundExpr Expression, bool Aliased)> items, List<(string Sql, BoundExpr? Expression, int? Ordinal, bool Descending)> order,
        BindScope scope, string fromSql, string? whereSql, RowWindow window, bool exact)
    {
        GroupingSets.Item? Classify(BoundExpr expr, bool exactText)
        {
            var sql = exactText ? expr.ExactSql ?? expr.Sql : expr.Sql;
            var index = sets.Expressions.ToList().FindIndex(e => e.Sql == expr.Sql);
            if (index >= 0) return new GroupingSets.GroupedItem(index, sql);
            if (expr.HasWindow || expr.HasSubquery) return null;
            try
            {
                // Free of grouped columns outside aggregates: the same expression in every set.
                CheckGrouped(expr, [], scope, "the select list");
                return new GroupingSets.SameItem(sql);
            }
            catch (ZohoOdbcException)
            {
                return null;
            }
        }

        var setItems = items.Select((item, i) => flags.TryGetValue(i, out var flag)
            ? new GroupingSets.FlagItem(flag)
            : Classify(item.Expression, exact) ?? throw GroupingSets.Unsupported(
                $"The select-list item {i + 1} (an expression over grouping columns other than the column itself)")).ToArray();
        var sortKeys = order.Select(o =>
        {
            var key = o.Ordinal is { } ordinal && flags.TryGetValue(ordinal, out var flag) ? new GroupingSets.FlagItem(flag)
                : Classify(o.Expression!, exactText: false) ?? throw GroupingSets.Unsupported("ORDER BY an expression over grouping columns other than the column itself");
            return (key, o.Expression!.Type.Type == SqlDataType.VarChar, o.Descending);
        }).ToArray();

        // A grouping column reads NULL in the sets without it.
        var columns = items.Select((item, i) => setItems[i] is GroupingSets.GroupedItem ? item.Column with { Type = item.Column.Type.WithNullable(true) } : item.Column).ToArray();
        return new BoundQuery(sets.Sql(setItems, sortKeys, fromSql, whereSql, window.Sql()), columns, false, scope.OuterReferences.ToArray());
    }

    /// <summary>SQL Server's error 8120: in a grouped query every column outside an aggregate must be grouped.</summary>
    private static void CheckGrouped(BoundExpr expr, HashSet<string> grouped, BindScope scope, string clause)
    {
        if (grouped.Contains(expr.Sql)) return;
        switch (expr.Kind)
        {
            case ExprKind.Literal or ExprKind.Parameter or ExprKind.Aggregate:
                return;
            case ExprKind.Column:
                if (!scope.Sources.Contains(expr.Source!)) return;
                throw new ZohoOdbcException(SqlStates.SyntaxError,
                    $"Column '{expr.Source!.ExposedName}.{expr.Column!.Name}' is invalid in {clause} because it is not contained in either an aggregate function or the GROUP BY clause.");
            default:
                foreach (var child in expr.Children) CheckGrouped(child, grouped, scope, clause);
                return;
        }
    }

    private static void CheckGrouped(BoundCondition condition, HashSet<string> grouped, BindScope scope)
    {
        foreach (var operand in condition.Operands) CheckGrouped(operand, grouped, scope, "the HAVING clause");
        foreach (var child in condition.Children) CheckGrouped(child, grouped, scope);
    }

    /// <summary>The row window of TOP/OFFSET; TOP ... WITH TIES or PERCENT leave it empty and come back as <paramref name="share"/>.</summary>
    private RowWindow Window(TopRowFilter? top, OffsetClause? offset, bool ordered, out bool usesParameter, out TopShare? share)
    {
        usesParameter = false;
        share = null;
        long? limit = null, skip = null;
        string? limitSql = null, skipSql = null;
        if (top is not null)
        {
            (limit, limitSql) = RowCount(top.Expression, "TOP");
            if (top.Percent || top.WithTies)
            {
                if (limit is not { } count) throw UnsupportedSql.NotYet("TOP (?) with WITH TIES or PERCENT");
                if (top.Percent && count > 100) throw new ZohoOdbcException(SqlStates.SyntaxError, "Percent values must be between 0 and 100.");
                share = new TopShare(top.WithTies, top.Percent, count);
                limit = null;
            }
        }
        if (offset is not null)
        {
            if (top is not null) throw new ZohoOdbcException(SqlStates.SyntaxError, "A TOP can not be used in the same query or sub-query as a OFFSET.");
            if (!ordered) throw new ZohoOdbcException(SqlStates.SyntaxError, "OFFSET needs ORDER BY.");
            (skip, skipSql) = RowCount(offset.OffsetExpression, "OFFSET");
            if (offset.FetchExpression is not null) (limit, limitSql) = RowCount(offset.FetchExpression, "FETCH");
        }
        usesParameter = limitSql is not null || skipSql is not null;
        return new RowWindow(limit, skip, limitSql, skipSql);
    }

    private (long? Value, string? Sql) RowCount(ScalarExpression expression, string clause)
    {
        while (expression is ParenthesisExpression parenthesis) expression = parenthesis.Expression;
        switch (expression)
        {
            case IntegerLiteral literal when long.TryParse(literal.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                return (n, null);
            case VariableReference variable when StatementText.ParameterIndex(variable.Name) is { } index && index < context.Parameters.Count:
                var slot = context.Parameters[index];
                slot.Infer(SqlTypeInfo.BigInt(false));
                return (null, $"{SqliteFunctions.RowCount}({slot.Name})");
            default:
                throw UnsupportedSql.NotYet($"{clause} with anything but a whole-number constant or a ? marker");
        }
    }

    // ----- FROM -----

    private (List<FromNode> Nodes, string Sql) BindFrom(FromClause? from, BindScope scope)
    {
        if (from is null) return ([], "");
        var nodes = new List<FromNode>();
        var sql = new StringBuilder();
        foreach (var reference in from.TableReferences)
        {
            var (node, text) = BindTableReference(reference, scope);
            nodes.Add(node);
            if (sql.Length > 0) sql.Append(", ");
            sql.Append(text);
        }
        return (nodes, sql.ToString());
    }

    private (FromNode Node, string Sql) BindTableReference(TableReference reference, BindScope scope)
    {
        switch (reference)
        {
            case NamedTableReference named:
                return BindNamed(named, scope);
            case QueryDerivedTable derived:
            {
                // A derived table sees the enclosing queries, not its FROM siblings.
                var inner = BindQuery(derived.QueryExpression, scope.Outer, QueryRole.Derived);
                var alias = derived.Alias?.Value ?? throw new ZohoOdbcException(SqlStates.SyntaxError, "A derived table needs an alias: (SELECT ...) AS name.");
                var columns = Rename(inner.Columns, derived.Columns, alias);
                scope.OuterReferences.AddRange(inner.OuterReferences.Where(r => !scope.Sources.Contains(r.Source!)));
                return Add(new DerivedSource(alias, context.NextAlias(), Columns(columns), "derived table") { Passthrough = inner.Passthrough }, scope, $"({inner.Sql})");
            }
            case InlineDerivedTable values:
                return BindValues(values, scope);
            case QualifiedJoin join:
                return BindJoin(join.FirstTableReference, join.SecondTableReference, join.QualifiedJoinType switch
                {
                    QualifiedJoinType.Inner => JoinKind.Inner,
                    QualifiedJoinType.LeftOuter => JoinKind.Left,
                    QualifiedJoinType.RightOuter => JoinKind.Right,
                    QualifiedJoinType.FullOuter => JoinKind.Full,
                    _ => throw UnsupportedSql.NotYet(join.QualifiedJoinType.ToString()),
                }, join.SearchCondition, join.JoinHint, scope);
            case UnqualifiedJoin unqualified:
                if (unqualified.UnqualifiedJoinType != UnqualifiedJoinType.CrossJoin)
                    throw UnsupportedSql.NotYet(unqualified.UnqualifiedJoinType == UnqualifiedJoinType.CrossApply ? "CROSS APPLY" : "OUTER APPLY");
                return BindJoin(unqualified.FirstTableReference, unqualified.SecondTableReference, JoinKind.Cross, null, JoinHint.None, scope);
            case JoinParenthesisTableReference parenthesis:
            {
                var (node, sql) = BindTableReference(parenthesis.Join, scope);
                return (node, "(" + sql + ")");
            }
            case OdbcQualifiedJoinTableReference odbc:
                return BindTableReference(odbc.TableReference, scope);
            default:
                throw UnsupportedSql.NotYet($"{UnsupportedSql.NameOf(reference)} in FROM");
        }
    }

    private (FromNode, string) BindJoin(TableReference first, TableReference second, JoinKind kind, BooleanExpression? condition, JoinHint hint,
        BindScope scope)
    {
        if (hint != JoinHint.None) throw UnsupportedSql.NotYet($"Join hints ({hint.ToString().ToUpperInvariant()})");
        var (left, leftSql) = BindTableReference(first, scope);
        var (right, rightSql) = BindTableReference(second, scope);
        BoundCondition? on = null;
        if (condition is not null)
        {
            // The ON clause sees the two sides of its join (and the enclosing queries).
            var joinScope = new BindScope(context, scope.Outer);
            joinScope.Sources.AddRange(left.Leaves.Concat(right.Leaves));
            on = new ExpressionBinder(joinScope, this).Condition(condition, Place.On);
            scope.OuterReferences.AddRange(joinScope.OuterReferences);
        }
        var node = new FromJoin(left, right, kind, on);
        foreach (var source in node.Leaves.Where(node.NullSupplies)) source.NullSupplied = true;
        var keyword = kind switch
        {
            JoinKind.Inner => "INNER JOIN",
            JoinKind.Left => "LEFT JOIN",
            JoinKind.Right => "RIGHT JOIN",
            JoinKind.Full => "FULL JOIN",
            _ => "CROSS JOIN",
        };
        var sql = $"{leftSql} {keyword} {Parenthesized(rightSql, right)}" + (on is null ? "" : " ON " + on.Sql);
        return (node, sql);
    }

    private static string Parenthesized(string sql, FromNode node) => node is FromJoin ? "(" + sql + ")" : sql;

    private (FromNode, string) BindNamed(NamedTableReference named, BindScope scope)
    {
        if (named.TableSampleClause is not null) throw UnsupportedSql.NotYet("TABLESAMPLE");
        if (named.TemporalClause is not null) throw UnsupportedSql.NotYet("FOR SYSTEM_TIME");
        // Table hints such as NOLOCK only steer SQL Server's locking: nothing to honour here.
        var schemaObject = named.SchemaObject;
        var name = schemaObject.BaseIdentifier.Value;
        var alias = named.Alias?.Value;

        if (schemaObject.SchemaIdentifier is null && schemaObject.DatabaseIdentifier is null && context.Ctes.TryGetValue(name, out var cte))
        {
            var columns = Columns(cte.Columns);
            return Add(new DerivedSource(alias ?? cte.Name, context.NextAlias(), columns, "CTE"), scope, SqliteSyntax.Quote(cte.SqlName));
        }

        var catalog = context.Catalog;
        if (schemaObject.ServerIdentifier is not null)
            throw new ZohoOdbcException(SqlStates.TableNotFound, $"Table '{Written(schemaObject)}' does not exist: ZohoOdbc has no linked servers.");
        if (schemaObject.DatabaseIdentifier is { } database && !database.Value.Equals(EntityCatalog.CatalogName, StringComparison.OrdinalIgnoreCase))
            throw new ZohoOdbcException(SqlStates.TableNotFound,
                $"Table '{Written(schemaObject)}' does not exist: the catalog is '{EntityCatalog.CatalogName}'.");
        if (schemaObject.SchemaIdentifier is { } schema && !schema.Value.Equals(catalog.SchemaName, StringComparison.OrdinalIgnoreCase))
            throw new ZohoOdbcException(SqlStates.TableNotFound,
                $"Table '{Written(schemaObject)}' does not exist: the schema is '{catalog.SchemaName}'.");

        var table = catalog.Find(name) ?? throw new ZohoOdbcException(SqlStates.TableNotFound,
            $"Table '{Written(schemaObject)}' does not exist.{NameSuggestion.Hint(name, catalog.Tables.Select(t => t.Name))}");
        var instance = new TableInstance(table, alias, context.NextAlias(), context.NextTable(), EntityCatalog.CatalogName, catalog.SchemaName, catalog.Product,
            context.CustomFields);
        context.Instances.Add(instance);
        return Add(instance, scope, SqliteSyntax.Quote(instance.SqlTable));
    }

    private static string Written(SchemaObjectName name) => string.Join(".", name.Identifiers.Select(i => i.Value));

    private (FromNode, string) Add(SourceBinding source, BindScope scope, string sqlTable)
    {
        if (scope.Sources.Any(s => string.Equals(s.ExposedName, source.ExposedName, StringComparison.OrdinalIgnoreCase)))
            throw new ZohoOdbcException(SqlStates.SyntaxError,
                $"The correlation name '{source.ExposedName}' is specified multiple times in a FROM clause: give each table its own alias.");
        scope.Sources.Add(source);
        return (new FromLeaf(source), $"{sqlTable} AS {SqliteSyntax.Quote(source.SqlAlias)}");
    }

    private (FromNode, string) BindValues(InlineDerivedTable values, BindScope scope)
    {
        var alias = values.Alias?.Value ?? throw new ZohoOdbcException(SqlStates.SyntaxError, "A VALUES table needs an alias: (VALUES ...) AS name(columns).");
        var binder = new ExpressionBinder(new BindScope(context, scope.Outer), this);
        var rows = values.RowValues.Select(r => r.ColumnValues.Select(v => binder.Scalar(v, Place.Other)).ToArray()).ToArray();
        var width = rows[0].Length;
        if (rows.Any(r => r.Length != width))
            throw new ZohoOdbcException(SqlStates.SyntaxError, "All rows of a VALUES table must have the same number of values.");
        if (values.Columns.Count != width)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"'{alias}' has {width} value(s) per row but {values.Columns.Count} column name(s).");
        var types = Enumerable.Range(0, width).Select(i => ExpressionBinder.CommonType(rows.Select(r => r[i]).ToArray(), "VALUES")).ToArray();
        var text = string.Join(", ", rows.Select(r => "(" + string.Join(", ", r.Select((v, i) => Conversions.Convert(v, types[i]).Sql)) + ")"));
        var select = string.Join(", ", types.Select((_, i) => $"column{i + 1} AS {SqliteSyntax.Quote(BoundQuery.ColumnName(i))}"));
        var columns = Rename(types.Select(t => new OutputColumn("", t)).ToArray(), values.Columns, alias);
        return Add(new DerivedSource(alias, context.NextAlias(), Columns(columns), "VALUES table"), scope, $"(SELECT {select} FROM (VALUES {text}))");
    }

    private static IReadOnlyList<SourceColumn> Columns(IReadOnlyList<OutputColumn> columns) =>
        columns.Select((c, i) => new SourceColumn(c.Name, c.Type, BoundQuery.ColumnName(i))).ToArray();

    /// <summary>A derived table's or CTE's columns: the listed names, or the query's; every one named and unique.</summary>
    private static IReadOnlyList<OutputColumn> Rename(IReadOnlyList<OutputColumn> columns, IList<Identifier> names, string owner)
    {
        if (names.Count > 0)
        {
            if (names.Count != columns.Count)
                throw new ZohoOdbcException(SqlStates.SyntaxError,
                    $"'{owner}' has fewer or more columns than were specified in the column list ({columns.Count} and {names.Count}).");
            columns = columns.Select((c, i) => c with { Name = names[i].Value }).ToArray();
        }
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name.Length == 0)
                throw new ZohoOdbcException(SqlStates.SyntaxError, $"No column name was specified for column {i + 1} of '{owner}'.");
            if (columns.Take(i).Any(c => string.Equals(c.Name, columns[i].Name, StringComparison.OrdinalIgnoreCase)))
                throw new ZohoOdbcException(SqlStates.SyntaxError, $"The column '{columns[i].Name}' was specified multiple times for '{owner}'.");
        }
        return columns;
    }

    private static bool References(QueryExpression query, string name)
    {
        var visitor = new NamedTableVisitor(name);
        query.Accept(visitor);
        return visitor.Found;
    }

    private sealed class NamedTableVisitor(string name) : TSqlFragmentVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(NamedTableReference node)
        {
            if (node.SchemaObject.SchemaIdentifier is null && string.Equals(node.SchemaObject.BaseIdentifier.Value, name, StringComparison.OrdinalIgnoreCase))
                Found = true;
        }
    }

    // ----- subqueries -----

    public BoundExpr ScalarSubquery(QueryExpression query, BindScope scope)
    {
        var before = context.Instances.Count;
        var bound = BindQuery(query, scope, QueryRole.Subquery);
        if (bound.Columns.Count != 1)
            throw new ZohoOdbcException(SqlStates.SyntaxError, "Only one expression can be specified in the select list when the subquery is not introduced with EXISTS.");
        var type = bound.Columns[0].Type.WithNullable(true);
        // SQL Server fails when a scalar subquery returns more than one row; SQLite would take the first.
        var sql = bound.AtMostOneRow ? $"({bound.Sql})" : $"(SELECT {SqliteFunctions.Single}({SqliteSyntax.Quote(BoundQuery.ColumnName(0))}) FROM ({bound.Sql}))";
        if (type.Type == SqlDataType.VarChar) sql = $"({sql} COLLATE {SqliteSyntax.TextCollation})";
        var deferred = bound.OuterReferences.Count == 0
            ? new SubqueryValues($"SELECT {SqliteSyntax.Quote(BoundQuery.ColumnName(0))} FROM ({bound.Sql})", type, context.Instances.Skip(before).ToArray())
            : null;
        return BoundExpr.ForSubquery(sql, type, bound.OuterReferences, deferred);
    }

    public BoundCondition Exists(QueryExpression query, BindScope scope)
    {
        var bound = BindQuery(query, scope, QueryRole.Subquery);
        return new BoundCondition($"(EXISTS ({bound.Sql}))", ConditionKind.Other, bound.OuterReferences, hasSubquery: true);
    }

    public BoundCondition InSubquery(BoundExpr operand, QueryExpression query, bool negated, BindScope scope)
    {
        var before = context.Instances.Count;
        var bound = BindQuery(query, scope, QueryRole.Subquery);
        if (bound.Columns.Count != 1)
            throw new ZohoOdbcException(SqlStates.SyntaxError, "Only one expression can be specified in the select list when the subquery is not introduced with EXISTS.");
        var column = new BoundExpr(SqliteSyntax.Quote(BoundQuery.ColumnName(0)), bound.Columns[0].Type);
        var (left, right) = ExpressionBinder.Unify(operand, column);
        var values = $"SELECT {right.Sql} FROM ({bound.Sql})";
        var sql = $"({left.Sql} {(negated ? "NOT IN" : "IN")} ({values}))";
        if (bound.OuterReferences.Count == 0 && !negated)
        {
            // Uncorrelated: its values, read first, can act as an IN list for pushdown.
            var deferred = new SubqueryValues(values, left.Type, context.Instances.Skip(before).ToArray());
            return new BoundCondition(sql, ConditionKind.In, [left], negated: false, deferred: deferred);
        }
        return new BoundCondition(sql, ConditionKind.Other, [left, .. bound.OuterReferences], negated: negated, hasSubquery: true);
    }

    // ----- planning facts -----

    /// <summary>
    /// Gives each table instance the conditions that may filter its rows before the query runs, and child tables
    /// the parent instance they are joined to (see <see cref="FromNode"/> for when a condition may filter).
    /// </summary>
    private static void ClassifyConditions(List<FromNode> from, BoundCondition? where, List<TableInstance> instances)
    {
        if (instances.Count == 0) return;
        bool NullSuppliedAnywhere(SourceBinding s) => from.Any(n => n.NullSupplies(s));

        var whereTerms = where?.Conjuncts().ToList() ?? [];
        foreach (var term in whereTerms)
        {
            if (Single(term, instances) is { } instance && (!NullSuppliedAnywhere(instance) || term.RejectsNullsOf(instance)))
                instance.FetchFilters.Add(term);
        }

        var joins = from.SelectMany(Joins).ToList();
        foreach (var join in joins)
        {
            if (join.On is null) continue;
            foreach (var term in join.On.Conjuncts())
            {
                if (Single(term, instances) is { } instance && join.OnFilters(instance) && (!join.NullSuppliedBelow(instance) || term.RejectsNullsOf(instance)))
                    instance.FetchFilters.Add(term);
            }
        }

        foreach (var child in instances.Where(i => i.Table is ChildTableDefinition))
        {
            var definition = (ChildTableDefinition)child.Table;
            foreach (var term in whereTerms)
            {
                if (ParentOf(term, child, definition, instances) is { } parent)
                {
                    child.ParentJoin = new SemiJoin(parent, []);
                    break;
                }
            }
            if (child.ParentJoin is not null) continue;
            foreach (var join in joins.Where(j => j.On is not null && j.OnFilters(child)))
            {
                var terms = join.On!.Conjuncts().ToList();
                var parent = terms.Select(t => ParentOf(t, child, definition, instances)).FirstOrDefault(p => p is not null);
                if (parent is null || !join.Contains(parent)) continue;
                var onParent = terms.Where(t => Single(t, instances) == parent).ToArray();
                child.ParentJoin = new SemiJoin(parent, onParent);
                break;
            }
        }
    }

    /// <summary>The table column an expression shows unchanged: a column of a table, or of a transparent derived table.</summary>
    private static BoundExpr? Passthrough(BoundExpr expr) => expr switch
    {
        { Kind: ExprKind.Column, Source: TableInstance } => expr,
        { Kind: ExprKind.Column, Source: DerivedSource { Passthrough: { } columns } derived } => columns[IndexOf(derived, expr.Column!)],
        _ => null,
    };

    private static int IndexOf(SourceBinding source, SourceColumn column)
    {
        for (var i = 0; i < source.Columns.Count; i++)
            if (ReferenceEquals(source.Columns[i], column)) return i;
        return -1;
    }

    /// <summary>
    /// Conditions on a transparent derived table's columns pre-filter the table behind it, under the same rules as
    /// conditions on a table (WHERE terms, ON terms of joins that filter that side; NULL-rejecting ones on an outer join's
    /// null-supplying side): the table's rows that fail them could only produce derived rows the condition removes.
    /// </summary>
    private static void PushIntoDerivedTables(List<FromNode> from, BoundCondition? where, List<DerivedSource> derived)
    {
        if (derived.Count == 0) return;
        bool NullSuppliedAnywhere(SourceBinding s) => from.Any(n => n.NullSupplies(s));
        var candidates = new List<(BoundCondition Term, DerivedSource Source)>();
        foreach (var term in where?.Conjuncts() ?? [])
            if (SingleDerived(term, derived) is { } source && (!NullSuppliedAnywhere(source) || term.RejectsNullsOf(source))) candidates.Add((term, source));
        foreach (var join in from.SelectMany(Joins).Where(j => j.On is not null))
            foreach (var term in join.On!.Conjuncts())
                if (SingleDerived(term, derived) is { } source && join.OnFilters(source) && (!join.NullSuppliedBelow(source) || term.RejectsNullsOf(source)))
                    candidates.Add((term, source));

        foreach (var (term, source) in candidates)
        {
            var map = new Dictionary<string, BoundExpr>(StringComparer.Ordinal);
            var columns = Columns(term).Where(c => c.Source == source).ToList();
            foreach (var column in columns)
                if (source.Passthrough![IndexOf(source, column.Column!)] is { } target) map[column.Sql] = target;
            var targets = map.Values.Select(t => t.Source).Distinct().ToList();
            if (map.Count != columns.Select(c => c.Sql).Distinct().Count() || targets is not [TableInstance instance]) continue;
            instance.FetchFilters.Add(term.Retarget(map));
        }
    }

    private static DerivedSource? SingleDerived(BoundCondition term, List<DerivedSource> derived) =>
        term is { HasSubquery: false, HasAggregate: false, HasWindow: false } && term.References.Count == 1
            && term.References.First() is DerivedSource source && derived.Contains(source)
            ? source
            : null;

    private static IEnumerable<BoundExpr> Columns(BoundCondition condition) =>
        condition.Operands.SelectMany(Columns).Concat(condition.Children.SelectMany(Columns));

    private static IEnumerable<BoundExpr> Columns(BoundExpr expr) =>
        expr.Kind == ExprKind.Column ? [expr] : expr.Children.SelectMany(Columns);

    private static IEnumerable<FromJoin> Joins(FromNode node) => node switch
    {
        FromJoin join => Joins(join.Left).Concat(Joins(join.Right)).Append(join),
        _ => [],
    };

    /// <summary>The one instance a condition reads, when it reads exactly one, has no subquery and no aggregate.</summary>
    private static TableInstance? Single(BoundCondition term, List<TableInstance> instances) =>
        term is { HasSubquery: false, HasAggregate: false, HasWindow: false } && term.References.Count == 1
            && term.References.First() is TableInstance instance && instances.Contains(instance)
            ? instance
            : null;

    /// <summary>The parent instance of <c>child.parent_key = parent.id</c>, if the condition is that equality.</summary>
    private static TableInstance? ParentOf(BoundCondition term, TableInstance child, ChildTableDefinition definition, List<TableInstance> instances)
    {
        if (term is not { Kind: ConditionKind.Comparison, Operator: ComparisonOperator.Equal, Operands: [var a, var b] }) return null;
        if (a.Kind != ExprKind.Column || b.Kind != ExprKind.Column) return null;
        foreach (var (mine, theirs) in new[] { (a, b), (b, a) })
        {
            if (mine.Source == child && mine.Column!.Base == definition.ParentKey
                && theirs.Source is TableInstance parent && parent != child && instances.Contains(parent)
                && parent.Table == definition.Parent && theirs.Column!.Base == definition.Parent.IdColumn)
                return parent;
        }
        return null;
    }

    /// <summary>WHERE terms that read nothing (WHERE 1 = 0, as tools send to learn the columns) and TOP 0 make a query's tables irrelevant.</summary>
    private static void Guard(List<TableInstance> instances, BoundCondition? where, RowWindow window)
    {
        var guards = where?.Conjuncts().Where(t => t.References.Count == 0 && !t.HasSubquery && !t.DeferredSubqueries.Any()).Select(t => t.Sql).ToList() ?? [];
        if (window.Limit == 0) guards.Add("0");
        foreach (var instance in instances) instance.Guards.AddRange(guards);
    }

    /// <summary>
    /// TOP/FETCH over one table: paging may stop once enough rows match, when Zoho's order is the query's (a pushed
    /// sort on a column whose order Zoho and SQL agree on) or no order is asked.
    /// </summary>
    private static void PlanRowGoal(BindScope scope, List<TableInstance> instances, BoundCondition? where,
        List<(string Sql, BoundExpr? Expression, int? Ordinal, bool Descending)> order, RowWindow window,
        List<(OutputColumn Column, BoundExpr Expression, bool Aliased)> items)
    {
        if (scope.Sources.Count != 1 || instances.Count != 1) return;
        var instance = instances[0];
        if (instance.Table is not EntityDefinition entity) return;
        // ORDER BY one sortable column is sent as Zoho's sort (it matters when paging can stop early).
        if (order is [{ Expression: { Kind: ExprKind.Column, Column.Base: { Sortable: true } sortable } ordered } only] && ordered.Source == instance)
            instance.ApiSort = (sortable, only.Descending);
        if (window.Limit is not { } limit) return;
        if (where is { HasSubquery: true } || items.Any(i => i.Expression.HasWindow || i.Expression.HasSubquery)) return;
        // Detail-only values are known only after the detail calls: conditions and order on them need every row.
        if (where is not null && UsesDetailColumns(where)) return;
        if (order.Any(o => UsesDetailColumns(o.Expression!))) return;
        // The rows the query returns: only they need detail calls for the detail-only columns it selects.
        var alias = SqliteSyntax.Quote(instance.SqlAlias);
        instance.GoalKeysSql = $"SELECT {alias}.{SqliteSyntax.Quote(entity.IdColumn.Name)} FROM {SqliteSyntax.Quote(instance.SqlTable)} AS {alias}" +
            (where is null ? "" : " WHERE " + where.Sql) +
            (order.Count == 0 ? "" : " ORDER BY " + string.Join(", ", order.Select(o => o.Expression!.Sql + (o.Descending ? " DESC" : "")))) +
            window.Sql();
        EntityColumn? sort = null;
        var descending = false;
        if (order.Count > 0)
        {
            if (instance.ApiSort is not { } apiSort || !KeepsOrder(apiSort.Column)) return;
            (sort, descending) = apiSort;
        }
        instance.Goal = new RowGoal(limit + (window.Offset ?? 0), sort, descending);
        instance.GoalCondition = where?.Sql;
    }

    private static bool UsesDetailColumns(BoundExpr expr) =>
        expr.Kind == ExprKind.Column ? expr.Column?.Base is { IsDetailOnly: true } : expr.Children.Any(UsesDetailColumns);

    private static bool UsesDetailColumns(BoundCondition condition) =>
        condition.Operands.Any(UsesDetailColumns) || condition.Children.Any(UsesDetailColumns);

    /// <summary>
    /// Whether Zoho's order on the column is exactly SQL's, so the first rows Zoho sends are the first the query wants:
    /// no NULLs (whose place Zoho does not document), and not text (whose collation it does not document) nor times
    /// (wall-clock order differs from Zoho's instant order around daylight-saving changes).
    /// </summary>
    private static bool KeepsOrder(EntityColumn column) =>
        !column.Type.Nullable && column.Type.Type is SqlDataType.Date or SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt;
}

/// <summary>
/// A bound statement: the SQLite text (result columns c0, c1, ...), the result columns as SQLDescribeCol reports them,
/// the ? markers with their inferred types, and every table instance to load before the text runs.
/// </summary>
internal sealed record BoundStatement(string Sql, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<ParameterSlot> Parameters,
    IReadOnlyList<TableInstance> Instances);
