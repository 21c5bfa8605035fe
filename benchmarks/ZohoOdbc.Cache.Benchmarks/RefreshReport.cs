using System.Globalization;

namespace ZohoOdbc.Cache.Benchmarks;

/// <summary>The runs side by side, API calls and wall time also as ratios to the cold run of the same process.</summary>
public sealed class RefreshReport(RefreshSettings settings, IReadOnlyList<RefreshRun> runs)
{
    public void Print(TextWriter output)
    {
        var cold = runs[0];
        output.WriteLine($"Power BI-style refresh (SELECT * FROM invoices; SELECT * FROM invoice_line_items), {settings.Invoices:N0} invoices, " +
            $"{settings.Changed:N0} changed ({settings.ChangedPercent.ToString(CultureInfo.InvariantCulture)} %), CacheMode=Replica, " +
            $"{settings.LatencyMilliseconds} ms added to each API call");
        output.WriteLine();
        output.WriteLine($"{"run",-34} {"invoices",9} {"lines",8} {"list",6} {"record",7} {"calls",7} {"ms",8} {"calls/cold",11} {"time/cold",10}");
        foreach (var run in runs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Name,-34} {run.InvoiceRows,9:N0} {run.LineItemRows,8:N0} {run.ListCalls,6:N0} {run.DetailCalls,7:N0} {run.Calls,7:N0} " +
                $"{run.Elapsed.TotalMilliseconds,8:N0} {Ratio(run.Calls, cold.Calls),11} {Ratio(run.Elapsed.TotalMilliseconds, cold.Elapsed.TotalMilliseconds),10}"));
        }
    }

    /// <summary>Every refresh read the same rows, and the warm ones cost what the issue promises.</summary>
    public bool MeetsExpectations(TextWriter output)
    {
        var cold = runs[0];
        var problems = new List<string>();
        foreach (var run in runs.Skip(1))
            if (run.InvoiceRows != cold.InvoiceRows || run.LineItemRows != cold.LineItemRows) problems.Add($"{run.Name} read other rows than the cold run");
        if (runs[1].Calls != 0) problems.Add("the warm refresh within CacheTtl made API calls");
        if (runs[2].ListCalls > 2 || runs[2].DetailCalls != 0) problems.Add("the refresh with nothing changed made more than one list call per table");
        if (runs[3].DetailCalls != settings.Changed) problems.Add($"the refresh after {settings.Changed} changes made {runs[3].DetailCalls} record calls");
        foreach (var problem in problems) output.WriteLine("NOT MET: " + problem);
        return problems.Count == 0;
    }

    private static string Ratio(double value, double cold) =>
        cold == 0 ? "-" : (value / cold).ToString(value / cold < 0.01 ? "0.0000" : "0.000", CultureInfo.InvariantCulture);
}
