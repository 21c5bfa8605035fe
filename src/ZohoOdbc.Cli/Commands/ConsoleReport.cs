using ZohoOdbc.Cli.Connection;
using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Cli.Setup;

namespace ZohoOdbc.Cli.Commands;

/// <summary>How the commands print results and problems: results to standard output, problems to standard error.</summary>
internal static class ConsoleReport
{
    public static void Problem(SetupProblem problem)
    {
        Console.Error.WriteLine($"error: {problem.Title}");
        Console.Error.WriteLine($"  {problem.Detail}");
        Console.Error.WriteLine($"  What to do: {problem.Action}");
    }

    public static void Outcome(SetupOutcome outcome)
    {
        var dataSource = outcome.DataSource;
        Console.WriteLine($"Data source '{dataSource.Name}' saved as a {outcome.Scope.Label()} in {outcome.Scope.Location()}:");
        Console.WriteLine($"  Driver={dataSource.Driver}");
        foreach (var (key, value) in dataSource.Values) Console.WriteLine($"  {key}={value}");
        Console.WriteLine($"The client secret and Zoho's grant are stored encrypted in {Core.Storage.UserDirectories.Config ?? "memory"}, not in the DSN.");
        if (outcome.Report is { } report) Report(report);
        if (outcome.Problem is { } problem) Problem(problem);
    }

    public static void Report(ConnectionReport report)
    {
        Console.WriteLine($"Organization: {report.Organization.Name} ({report.Organization.Id}, {report.Organization.CurrencyCode}); API {report.ApiBaseUrl}");
        Console.WriteLine($"Test query ({report.Sample.Rows.Count} rows, {(long)report.Elapsed.TotalMilliseconds} ms): {report.Sample.Sql}");
        Grid(report.Sample.Columns, report.Sample.Rows);
        Console.WriteLine($"Tables ({report.Tables.Count}): {string.Join(", ", report.Tables.Select(t => t.Name))}");
    }

    /// <summary>A plain text table with columns padded to their widest cell (at most 60 characters; the last column is never cut).</summary>
    public static void Grid(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var last = header.Count - 1;
        var widths = header.Select((h, i) => rows.Select(r => i < r.Count ? r[i].Length : 0).Append(h.Length).Max())
            .Select((w, i) => i == last ? w : Math.Min(60, w)).ToArray();
        string Cell(string text, int i) => i == last ? text : (text.Length > widths[i] ? text[..(widths[i] - 1)] + "…" : text).PadRight(widths[i]);
        string Line(IReadOnlyList<string> cells) => "  " + string.Join("  ", cells.Select(Cell)).TrimEnd();
        Console.WriteLine(Line(header));
        Console.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows) Console.WriteLine(Line(row));
    }
}
