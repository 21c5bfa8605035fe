using System.Globalization;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// The character form of a value, as SQL_C_CHAR / SQL_C_WCHAR receive it: invariant culture,
/// decimals with exactly the column's scale (1234.50), never via binary floating point.
/// </summary>
internal static class ValueText
{
    public static string Format(object value, ColumnDescriptor column) => value switch
    {
        string text => text,
        decimal number when column.Type == OdbcType.Decimal => number.ToString("F" + column.DecimalDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        short number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime timestamp => FormatTimestamp(timestamp, column.DecimalDigits),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string FormatTimestamp(DateTime timestamp, short scale)
    {
        var text = timestamp.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        if (scale <= 0) return text;
        var fraction = (timestamp.Ticks % TimeSpan.TicksPerSecond).ToString("D7", CultureInfo.InvariantCulture);
        return text + "." + fraction[..Math.Min((int)scale, fraction.Length)];
    }
}
