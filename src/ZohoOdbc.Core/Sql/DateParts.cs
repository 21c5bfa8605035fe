namespace ZohoOdbc.Core.Sql;

/// <summary>The date parts of DATEADD, DATEDIFF, DATEPART and DATENAME with their SQL Server abbreviations, and ODBC's intervals.</summary>
internal static class DateParts
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "year", ["yy"] = "year", ["yyyy"] = "year",
        ["quarter"] = "quarter", ["qq"] = "quarter", ["q"] = "quarter",
        ["month"] = "month", ["mm"] = "month", ["m"] = "month",
        ["dayofyear"] = "dayofyear", ["dy"] = "dayofyear", ["y"] = "dayofyear",
        ["day"] = "day", ["dd"] = "day", ["d"] = "day",
        ["week"] = "week", ["wk"] = "week", ["ww"] = "week",
        ["weekday"] = "weekday", ["dw"] = "weekday", ["w"] = "weekday",
        ["hour"] = "hour", ["hh"] = "hour",
        ["minute"] = "minute", ["mi"] = "minute", ["n"] = "minute",
        ["second"] = "second", ["ss"] = "second", ["s"] = "second",
        ["iso_week"] = "iso_week", ["isowk"] = "iso_week", ["isoww"] = "iso_week",
    };

    private static readonly Dictionary<string, string> OdbcIntervals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SQL_TSI_YEAR"] = "year", ["SQL_TSI_QUARTER"] = "quarter", ["SQL_TSI_MONTH"] = "month", ["SQL_TSI_WEEK"] = "week",
        ["SQL_TSI_DAY"] = "day", ["SQL_TSI_HOUR"] = "hour", ["SQL_TSI_MINUTE"] = "minute", ["SQL_TSI_SECOND"] = "second",
    };

    public static string? Normalize(string text) => Names.GetValueOrDefault(text.Trim());

    public static string? FromOdbcInterval(string text) => OdbcIntervals.GetValueOrDefault(text.Trim());

    public static bool IsTimeOfDay(string part) => part is "hour" or "minute" or "second";
}
