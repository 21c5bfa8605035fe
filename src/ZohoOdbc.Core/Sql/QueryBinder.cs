using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Binds a SELECT to the catalog: <c>SELECT [TOP n] list [FROM table [AS alias]] [WHERE ...] [ORDER BY ...
/// [OFFSET m ROWS FETCH NEXT n ROWS ONLY]]</c>. Every clause outside that shape is refused with 0A000
/// naming it, so a query either runs with SQL Server's meaning or not at all.
/// </summary>
internal sealed class QueryBinder(EntityCatalog catalog)
{
    public BoundQuery Bind(SelectStatement statement)
    {
        if (statement.WithCtesAndXmlNamespaces is not null) throw UnsupportedSql.NotYet("WITH (common table expressions)");
        if (statement.Into is not null) throw new ZohoOdbcException(SqlStates.FeatureNotSupported, "SELECT ... INTO is not supported: ZohoOdbc is read-only.");
        if (statement.ComputeClauses is { Count: > 0 }) throw UnsupportedSql.NotYet("COMPUTE");
        if (statement.OptimizerHints is { Count: > 0 }) throw UnsupportedSql.NotYet("OPTION (query hints)");

        var query = statement.QueryExpression;
        while (query is QueryParenthesisExpression parenthesis) query = parenthesis.QueryExpression;
        return query switch
        {
            QuerySpecification specification => BindSpecification(specification),
            BinaryQueryExpression binary => throw UnsupportedSql.NotYet(binary.BinaryQueryExpressionType.ToString().ToUpperInvariant()),
            _ => throw UnsupportedSql.NotYet(UnsupportedSql.NameOf(query)),
        };
    }

    private BoundQuery BindSpecification(QuerySpecification specification)
    {
        if (specification.UniqueRowFilter == UniqueRowFilter.Distinct) throw UnsupportedSql.NotYet("SELECT DISTINCT");
        if (specification.GroupByClause is not null) throw UnsupportedSql.NotYet("GROUP BY");
        if (specification.HavingClause is not null) throw UnsupportedSql.NotYet("HAVING");
        if (specification.ForClause is not null) throw UnsupportedSql.NotYet("FOR XML/JSON");

        var scope = BindFrom(specification.FromClause);
        var binder = new ExpressionBinder(scope);

        var items = new List<BoundSelectItem>();
        var aliased = new List<bool>();
        foreach (var element in specification.SelectElements)
        {
            switch (element)
            {
                case SelectStarExpression star:
                    if (scope is null)
                        throw new ZohoOdbcException(SqlStates.SyntaxError, "SELECT * needs a FROM clause naming the table.");
                    if (star.Qualifier is { } qualifier && !scope.Matches(qualifier.Identifiers[^1].Value))
                        throw new ZohoOdbcException(SqlStates.TableNotFound,
                            $"'{string.Join(".", qualifier.Identifiers.Select(i => i.Value))}.*' does not name the table or alias of the FROM clause ({scope.Describe()}).");
                    foreach (var column in scope.Entity.Columns)
                    {
                        items.Add(new BoundSelectItem(column.Name, new BoundColumn(column)));
                        aliased.Add(false);
                    }
                    break;
                case SelectScalarExpression scalar:
                    var expression = binder.BindScalar(scalar.Expression);
                    var alias = scalar.ColumnName?.Identifier?.Value ?? (scalar.ColumnName?.ValueExpression as StringLiteral)?.Value;
                    items.Add(new BoundSelectItem(alias ?? (expression as BoundColumn)?.Column.Name ?? "", expression));
                    aliased.Add(alias is not null);
                    break;
                default:
                    throw UnsupportedSql.NotYet("Assigning variables in SELECT");
            }
        }

        var where = specification.WhereClause switch
        {
            null => null,
            { Cursor: not null } => throw UnsupportedSql.NotYet("WHERE CURRENT OF"),
            { SearchCondition: var condition } => binder.BindPredicate(condition),
        };

        var orderBy = specification.OrderByClause?.OrderByElements.Select(e => BindOrderItem(e, binder, items, aliased)).ToArray() ?? [];
        var (limit, offset) = BindRowWindow(specification);
        return new BoundQuery(scope?.Entity, items, where, orderBy, limit, offset);
    }

    private TableScope? BindFrom(FromClause? from)
    {
        if (from is null) return null;
        if (from.TableReferences.Count != 1) throw UnsupportedSql.NotYet("Joins (several tables in FROM)");
        switch (from.TableReferences[0])
        {
            case NamedTableReference named:
                if (named.TableSampleClause is not null) throw UnsupportedSql.NotYet("TABLESAMPLE");
                if (named.TemporalClause is not null) throw UnsupportedSql.NotYet("FOR SYSTEM_TIME");
                // Table hints such as NOLOCK only steer SQL Server's locking: nothing to honour here.
                var name = named.SchemaObject.BaseIdentifier.Value;
                var entity = catalog.Find(name) ?? throw new ZohoOdbcException(SqlStates.TableNotFound,
                    $"Table '{name}' does not exist. Tables: {string.Join(", ", catalog.Entities.Select(e => e.Name))}." +
                    NameSuggestion.Hint(name, catalog.Entities.Select(e => e.Name)));
                return new TableScope(entity, named.Alias?.Value);
            case QualifiedJoin or UnqualifiedJoin or JoinParenthesisTableReference or OdbcQualifiedJoinTableReference:
                throw UnsupportedSql.NotYet("JOIN");
            case QueryDerivedTable:
                throw UnsupportedSql.NotYet("Subqueries in FROM");
            case var other:
                throw UnsupportedSql.NotYet($"{UnsupportedSql.NameOf(other)} in FROM");
        }
    }

    private static BoundOrderItem BindOrderItem(ExpressionWithSortOrder element, ExpressionBinder binder,
        IReadOnlyList<BoundSelectItem> items, IReadOnlyList<bool> aliased)
    {
        var descending = element.SortOrder == SortOrder.Descending;
        switch (element.Expression)
        {
            case IntegerLiteral position:
                var ordinal = int.TryParse(position.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                if (ordinal < 1 || ordinal > items.Count)
                    throw new ZohoOdbcException(SqlStates.SyntaxError,
                        $"ORDER BY position {position.Value} is out of range: the select list has {items.Count} item(s).");
                return new BoundOrderItem(null, ordinal - 1, descending);
            case Literal:
                throw new ZohoOdbcException(SqlStates.SyntaxError,
                    "ORDER BY holds a constant: order by a column, an expression or a select-list position.");
            case ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var single] }:
                // A select-list alias wins over a column of the same name, as in SQL Server.
                for (var i = 0; i < items.Count; i++)
                    if (aliased[i] && string.Equals(items[i].Name, single.Value, StringComparison.OrdinalIgnoreCase))
                        return new BoundOrderItem(null, i, descending);
                break;
        }
        return new BoundOrderItem(binder.BindScalar(element.Expression), null, descending);
    }

    private static (long? Limit, long? Offset) BindRowWindow(QuerySpecification specification)
    {
        long? limit = null, offset = null;
        if (specification.TopRowFilter is { } top)
        {
            if (top.Percent) throw UnsupportedSql.NotYet("TOP ... PERCENT");
            if (top.WithTies) throw UnsupportedSql.NotYet("TOP ... WITH TIES");
            limit = RowCount(top.Expression, "TOP");
        }
        if (specification.OffsetClause is { } offsetClause)
        {
            if (limit is not null) throw new ZohoOdbcException(SqlStates.SyntaxError, "TOP cannot be combined with OFFSET ... FETCH.");
            offset = RowCount(offsetClause.OffsetExpression, "OFFSET");
            if (offsetClause.FetchExpression is not null) limit = RowCount(offsetClause.FetchExpression, "FETCH");
        }
        return (limit, offset);
    }

    private static long RowCount(ScalarExpression expression, string clause)
    {
        while (expression is ParenthesisExpression parenthesis) expression = parenthesis.Expression;
        if (expression is IntegerLiteral literal && long.TryParse(literal.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return n;
        throw UnsupportedSql.NotYet($"{clause} with anything but a whole-number constant");
    }
}
