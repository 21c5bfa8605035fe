namespace ZohoOdbc.Cli.Cache;

/// <summary>The outcome of reading one table in full: its rows, or why Zoho or the driver refused.</summary>
internal sealed record TableSync(string Table, long Rows, TimeSpan Elapsed, string? Problem);
