using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Engine;

/// <summary>The PreparedQuery Session.Prepare returns: a plan and its result columns, run on demand.</summary>
internal sealed class PlannedQuery(QueryPlan plan, IReadOnlyList<ResultColumn> columns, QueryExecutor executor) : PreparedQuery
{
    public QueryPlan Plan => plan;

    public override IReadOnlyList<ResultColumn> Columns => columns;

    public override IRowReader Execute(CancellationToken cancellationToken = default) =>
        executor.ExecuteAsync(plan, columns, cancellationToken).GetAwaiter().GetResult();
}
