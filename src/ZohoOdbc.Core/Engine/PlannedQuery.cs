using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Engine;

/// <summary>The PreparedQuery of a SELECT (or EXPLAIN SELECT): a bound statement, planned and run on each execution.</summary>
internal sealed class PlannedQuery(BoundStatement statement, bool explain, QueryExecutor executor, EntityCatalog catalog) : PreparedQuery
{
    public BoundStatement Statement => statement;

    public override IReadOnlyList<ResultColumn> Columns => explain ? ExplainPlan.Columns : statement.Columns;

    public override IReadOnlyList<ParameterInfo> Parameters { get; } =
        statement.Parameters.Select(p => new ParameterInfo(p.Index, p.Type.Type, p.Type.Size, p.Type.Scale, true)).ToArray();

    public override IRowReader Execute(IReadOnlyList<object?> parameterValues, CancellationToken cancellationToken = default) =>
        Run(parameterValues, cancellationToken).Rows;

    public override QueryResult Run(IReadOnlyList<object?> parameterValues, CancellationToken cancellationToken = default) => explain
        ? executor.ExplainAsync(statement, parameterValues, catalog, cancellationToken).GetAwaiter().GetResult()
        : executor.ExecuteAsync(statement, parameterValues, catalog, cancellationToken).GetAwaiter().GetResult();
}
