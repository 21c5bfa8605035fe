using System.Diagnostics;
using System.Globalization;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Cli.Connection;

/// <summary>
/// Connects with a DSN's settings and runs a small query, the way a client would: proves the stored grant, the
/// organization and the API domain, and gives the user something recognisable (a few of their own rows).
/// </summary>
internal static class ConnectionCheck
{
    private const int SampleSize = 3;

    /// <summary>Columns worth showing when a table has them, before its first columns.</summary>
    private static readonly string[] TellingColumns = ["invoice_number", "contact_name", "customer_name", "date", "total", "status", "company_name"];

    public static ConnectionReport Run(ConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        using var session = Session.Open(settings, cancellationToken);
        var table = session.Tables.FirstOrDefault(t => t.Name == "invoices") ?? session.Tables.FirstOrDefault(t => t.Name == "contacts") ?? session.Tables[0];
        var columns = TellingColumns.Where(name => table.Columns.Any(c => c.Name == name))
            .Concat(table.Columns.Select(c => c.Name))
            .Distinct(StringComparer.Ordinal).Take(4).ToArray();
        var sql = $"SELECT TOP {SampleSize} {string.Join(", ", columns.Select(Quote))} FROM {Quote(table.Name)}";

        var rows = new List<IReadOnlyList<string>>();
        using (var reader = session.Prepare(sql).Execute(cancellationToken))
        {
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(i => Text(reader.GetValue(i))).ToArray());
        }
        return new ConnectionReport(session.Organization, session.ApiBaseUrl, session.Tables,
            new SampleRows(table.Name, sql, columns, rows), Stopwatch.GetElapsedTime(started));
    }

    public static string Text(object? value) => value switch
    {
        null => "NULL",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
