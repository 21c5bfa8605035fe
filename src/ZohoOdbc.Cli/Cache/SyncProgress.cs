namespace ZohoOdbc.Cli.Cache;

/// <summary>
/// Where a sync is: tables done out of the total, the table being read (or just finished, with
/// <paramref name="TableFinished"/>), the rows read from it so far, and the time since the sync started.
/// </summary>
internal sealed record SyncProgress(int TablesDone, int TableCount, string Table, long Rows, TimeSpan Elapsed, bool TableFinished);
