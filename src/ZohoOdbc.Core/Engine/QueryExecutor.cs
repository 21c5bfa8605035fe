using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Runs a plan: fetches the pages the plan needs into a fresh in-memory SQLite database (stopping at
/// the row goal, or before any call when the answer cannot hold rows), then executes the translated SQL.
/// </summary>
internal sealed class QueryExecutor(EntityPageFetcher fetcher)
{
    public async Task<IRowReader> ExecuteAsync(QueryPlan plan, IReadOnlyList<ResultColumn> columns, CancellationToken cancellationToken)
    {
        var connection = SqliteRuntime.OpenInMemory();
        try
        {
            if (plan.Entity is { } entity)
            {
                using var loader = new SqliteTableLoader(connection, entity);
                if (NeedsRows(plan, loader))
                {
                    long matches = 0;
                    await foreach (var page in fetcher.FetchAsync(entity, plan.ApiParameters, cancellationToken).ConfigureAwait(false))
                    {
                        var loadedBefore = loader.RowCount;
                        loader.Add(page.Rows);
                        if (plan.RowGoal is not { } goal) continue;
                        // Rowids follow insertion order from 1 in the fresh table.
                        matches += loader.Scalar(plan.MatchCountSql!, after: loadedBefore);
                        if (matches >= goal) break;
                    }
                }
                loader.Commit();
            }
            return SqliteRowReader.Execute(connection, plan.SqliteSql, columns);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw SqliteRuntime.Translate(e);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            connection.Dispose();
            throw ZohoTransport.Cancelled();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>False for TOP 0 and for a WHERE clause that is false whatever the data (WHERE 1 = 0, which tools send to learn the columns).</summary>
    private static bool NeedsRows(QueryPlan plan, SqliteTableLoader loader)
    {
        if (plan.ReadsNoRows) return false;
        return plan.ConstantWhereSql is null || loader.Scalar(plan.ConstantWhereSql) != 0;
    }
}
