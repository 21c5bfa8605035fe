using System.Diagnostics;
using ZohoOdbc.Core;

namespace ZohoOdbc.Cli.Cache;

/// <summary>
/// Fills a DSN's cache now instead of at the first query: reads each table in full through a session, which with
/// CacheMode=Replica loads (or brings up to date) the encrypted replica, and with Pages keeps Zoho's answers. Progress
/// is reported per table and every few hundred rows.
/// </summary>
internal static class CacheFill
{
    private const int ReportEvery = 250;

    public static IReadOnlyList<TableSync> Run(Session session, IReadOnlyList<string> tables, IProgress<SyncProgress> progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var results = new List<TableSync>();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = session.Tables.First(t => t.Name.Equals(tables[i], StringComparison.OrdinalIgnoreCase));
            var tableStarted = Stopwatch.GetTimestamp();
            long rows = 0;
            progress.Report(new SyncProgress(i, tables.Count, table.Name, 0, Stopwatch.GetElapsedTime(started), TableFinished: false));
            try
            {
                // One column is enough: the replica keeps whole records whichever columns a query reads.
                var sql = $"SELECT \"{table.Columns[0].Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" FROM \"{table.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                using var reader = session.Prepare(sql).Execute(cancellationToken);
                while (reader.Read())
                {
                    if (++rows % ReportEvery == 0) progress.Report(new SyncProgress(i, tables.Count, table.Name, rows, Stopwatch.GetElapsedTime(started), TableFinished: false));
                }
                results.Add(new TableSync(table.Name, rows, Stopwatch.GetElapsedTime(tableStarted), null));
            }
            catch (ZohoOdbcException e) when (e.SqlState != SqlStates.Cancelled)
            {
                results.Add(new TableSync(table.Name, rows, Stopwatch.GetElapsedTime(tableStarted), $"{e.Message} (SQLSTATE {e.SqlState})"));
            }
            progress.Report(new SyncProgress(i + 1, tables.Count, table.Name, rows, Stopwatch.GetElapsedTime(started), TableFinished: true));
        }
        return results;
    }
}
