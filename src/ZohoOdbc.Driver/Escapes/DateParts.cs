namespace ZohoOdbc.Driver.Escapes;

/// <summary>ODBC's interval and field names (SQL_TSI_DAY, EXTRACT's YEAR …) as T-SQL date parts.</summary>
internal static class DateParts
{
    private static readonly Dictionary<string, string> Intervals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SQL_TSI_FRAC_SECOND"] = "nanosecond",
        ["SQL_TSI_SECOND"] = "second",
        ["SQL_TSI_MINUTE"] = "minute",
        ["SQL_TSI_HOUR"] = "hour",
        ["SQL_TSI_DAY"] = "day",
        ["SQL_TSI_WEEK"] = "week",
        ["SQL_TSI_MONTH"] = "month",
        ["SQL_TSI_QUARTER"] = "quarter",
        ["SQL_TSI_YEAR"] = "year",
    };

    private static readonly HashSet<string> ExtractFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND",
    };

    /// <summary>SQL_TSI_xxx → the DATEADD / DATEDIFF part; null for anything else.</summary>
    public static string? Interval(string name) => Intervals.GetValueOrDefault(name.Trim());

    /// <summary>EXTRACT's field → the DATEPART part; null for anything else.</summary>
    public static string? Extract(string field) => ExtractFields.Contains(field.Trim()) ? field.Trim().ToLowerInvariant() : null;
}
