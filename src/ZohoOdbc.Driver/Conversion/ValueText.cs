using System.Globalization;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// The character form of a value, as SQL_C_CHAR / SQL_C_WCHAR receive it: invariant culture,
/// decimals with exactly the column's scale (1234.50), never via binary floating point.
/// </summary>
internal static class ValueText
{
    /// <summary>Room for the character form of any non-text value (a decimal has at most 31 characters).</summary>
    public const int MaxFormattedLength = 64;

    public static string Format(object value, ColumnDescriptor column)
    {
        if (value is string text) return text;
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        return new string(buffer[..Format(value, column, buffer)]);
    }

    /// <summary>Formats a non-text value into <paramref name="destination"/>; returns the characters written.</summary>
    public static int Format(object value, ColumnDescriptor column, Span<char> destination)
    {
        var invariant = CultureInfo.InvariantCulture;
        int written;
        var ok = value switch
        {
            decimal number when column.Type == OdbcType.Decimal => number.TryFormat(destination, out written, DecimalFormat(column.DecimalDigits), invariant),
            decimal number => number.TryFormat(destination, out written, default, invariant),
            long number => number.TryFormat(destination, out written, default, invariant),
            int number => number.TryFormat(destination, out written, default, invariant),
            short number => number.TryFormat(destination, out written, default, invariant),
            double number => number.TryFormat(destination, out written, "R", invariant),
            bool flag => Copy(flag ? "1" : "0", destination, out written),
            DateOnly date => date.TryFormat(destination, out written, "yyyy-MM-dd", invariant),
            DateTime timestamp => FormatTimestamp(timestamp, column.DecimalDigits, destination, out written),
            _ => Fallback(value, destination, out written),
        };
        return ok ? written : throw new InvalidOperationException("A formatted value did not fit its buffer.");
    }

    /// <summary>"F0".."F38", cached: the format string of a decimal column's scale.</summary>
    internal static string DecimalFormat(short scale) => scale is >= 0 and < 39 ? Formats[scale] : "F" + scale.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Formats = Enumerable.Range(0, 39).Select(s => "F" + s.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static bool FormatTimestamp(DateTime timestamp, short scale, Span<char> destination, out int written)
    {
        if (!timestamp.TryFormat(destination, out written, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)) return false;
        if (scale <= 0) return true;
        Span<char> fraction = stackalloc char[7];
        (timestamp.Ticks % TimeSpan.TicksPerSecond).TryFormat(fraction, out _, "D7", CultureInfo.InvariantCulture);
        var digits = Math.Min((int)scale, 7);
        destination[written++] = '.';
        fraction[..digits].CopyTo(destination[written..]);
        written += digits;
        return true;
    }

    private static bool Fallback(object value, Span<char> destination, out int written) =>
        Copy(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", destination, out written);

    private static bool Copy(string text, Span<char> destination, out int written)
    {
        written = Math.Min(text.Length, destination.Length);
        text.AsSpan(0, written).CopyTo(destination);
        return true;
    }
}
