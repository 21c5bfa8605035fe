using System.Globalization;
using ZohoOdbc.Driver.Diagnostics;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// A value read as a number: exact (decimal, integers, bits, decimal text) or approximate
/// (double). Conversions to C numeric types go through here so range and fraction rules agree.
/// </summary>
internal readonly record struct NumericValue(decimal? Exact, double Approximate)
{
    private const double DecimalLimit = 7.9e28;

    public static NumericValue From(object value) => value switch
    {
        decimal number => new(number, (double)number),
        long number => new(number, number),
        int number => new(number, number),
        short number => new(number, number),
        bool flag => new(flag ? 1 : 0, flag ? 1 : 0),
        double number => new(null, number),
        string text => Parse(text),
        _ => throw new OdbcException(OdbcStates.RestrictedDataType, $"A {value.GetType().Name} value cannot be converted to a number."),
    };

    public double ToDouble() => Exact is { } exact ? (double)exact : Approximate;

    /// <summary>An exact decimal; 22003 when a double is beyond decimal's range.</summary>
    public decimal ToDecimal()
    {
        if (Exact is { } exact) return exact;
        if (!double.IsFinite(Approximate) || Math.Abs(Approximate) >= DecimalLimit) throw OutOfRange();
        return (decimal)Approximate;
    }

    /// <summary>The whole-number part, range-checked (22003); reports whether a fraction was dropped.</summary>
    public decimal Whole(decimal min, decimal max, out bool fractionDropped)
    {
        var value = ToDecimal();
        var whole = decimal.Truncate(value);
        fractionDropped = whole != value;
        if (whole < min || whole > max) throw OutOfRange();
        return whole;
    }

    public static OdbcException OutOfRange() =>
        new(OdbcStates.NumericOutOfRange, "Numeric value out of range for the application's buffer type.");

    private static NumericValue Parse(string text)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return new(exact, (double)exact);
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate)) return new(null, approximate);
        throw new OdbcException(OdbcStates.InvalidCharacterValue, $"The text '{Shorten(trimmed)}' is not a number.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
