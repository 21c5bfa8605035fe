namespace ZohoOdbc.Cache.Benchmarks;

/// <summary>One refresh: what it read, the API calls it made (list pages, record calls) and its wall time.</summary>
public sealed record RefreshRun(string Name, long InvoiceRows, long LineItemRows, int ListCalls, int DetailCalls, TimeSpan Elapsed)
{
    public int Calls => ListCalls + DetailCalls;
}
