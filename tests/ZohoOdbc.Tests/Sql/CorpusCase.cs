using System.Globalization;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// One query of the differential corpus: its SQL (and ? values), the answer computed independently from the data set
/// with LINQ, whether row order is part of the answer, and the minimum number of API calls the pushdown rules allow
/// (stated per query from the data: one list call per 200 matching rows, one detail call per record read).
/// </summary>
public sealed record CorpusCase(string Sql, Func<Dataset, IEnumerable<object?[]>> Expected, Func<Dataset, int> Calls, bool Ordered = false,
    Func<Dataset, object?[]>? Parameters = null)
{
    public override string ToString() => Sql;
}

/// <summary>Helpers for writing the corpus: rows, page counts and SQL Server's text comparison rules.</summary>
internal static class Corpus
{
    /// <summary>SQL Server's default collation as the engine documents it: case-insensitive, trailing spaces ignored.</summary>
    public static readonly StringComparer Text = new TextComparer();

    /// <summary>List calls for <paramref name="rows"/> matching rows (at least one call, 200 rows per page).</summary>
    public static int Pages(int rows) => Math.Max(1, (rows + 199) / 200);

    public static int Pages<T>(IEnumerable<T> rows) => Pages(rows.Count());

    public static object?[] Row(params object?[] values) => values;

    public static IEnumerable<object?[]> One(params object?[] values) => [values];

    public static DateTime Wall(DateTimeOffset time) => time.DateTime;

    /// <summary>SQL's SUM: NULL over no rows.</summary>
    public static decimal? Sum(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Sum();
    }

    /// <summary>SQL's AVG of a decimal(p,s): decimal(38, max(s,6)), truncated like decimal division; NULL over no rows.</summary>
    public static decimal? Average(IEnumerable<decimal> values, int scale = 2)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Divide(list.Sum(), list.Count, Math.Max(scale, 6));
    }

    public static DateTime? Wall(DateTimeOffset? time) => time?.DateTime;

    /// <summary>T-SQL's LIKE under the default collation, for the patterns the corpus uses (%, _, no sets).</summary>
    public static bool Like(string value, string pattern)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(value.TrimEnd(' '), regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline);
    }

    /// <summary>Decimal division as SQL Server does it: truncated to the result scale.</summary>
    public static decimal Divide(decimal a, decimal b, int scale)
    {
        var factor = 1m;
        for (var i = 0; i < scale; i++) factor *= 10;
        return decimal.Truncate(a / b * factor) / factor;
    }

    public static decimal Round(decimal value, int scale) => Math.Round(value, scale, MidpointRounding.AwayFromZero);

    /// <summary>A value as compared: decimals by value, dates and times in ISO form.</summary>
    public static string Show(object? value) => value switch
    {
        null => "NULL",
        decimal d => "dec:" + d.ToString("0.############################", CultureInfo.InvariantCulture),
        double f => "dbl:" + f.ToString("R", CultureInfo.InvariantCulture),
        int i => "int:" + i.ToString(CultureInfo.InvariantCulture),
        long l => "int:" + l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "bit:1" : "bit:0",
        DateOnly d => "date:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => "ts:" + t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        string s => "'" + s + "'",
        _ => value.GetType().Name + ":" + value,
    };

    private sealed class TextComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            x is null || y is null ? Comparer<string?>.Default.Compare(x, y) : string.Compare(x.TrimEnd(' '), y.TrimEnd(' '), StringComparison.OrdinalIgnoreCase);

        public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

        public override int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.TrimEnd(' '));
    }
}
