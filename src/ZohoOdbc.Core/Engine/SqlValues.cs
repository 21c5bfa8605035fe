using System.Globalization;

namespace ZohoOdbc.Core.Engine;

/// <summary>Reading SQLite's values (long, double, string, null) inside the engine's functions.</summary>
internal static class SqlValues
{
    public static bool IsNull(object? value) => value is null or DBNull;

    /// <summary>
    /// The exact decimal a stored value stands for: a REAL holds a decimal of at most 15 significant digits, and
    /// .NET's conversion of a double to decimal rounds to 15 significant digits, which gives it back.
    /// </summary>
    public static decimal ToDecimal(object value) => value switch
    {
        long l => l,
        double d when double.IsFinite(d) => (decimal)d,
        double => throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, "An invalid floating point operation occurred"),
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        string s => throw SqlFunctionError.Raise(SqlStates.DataTypeMismatch, $"Conversion failed when converting the varchar value '{s}' to a number"),
        _ => throw SqlFunctionError.Raise(SqlStates.DataTypeMismatch, "A value cannot be read as a number"),
    };

    public static double ToDouble(object value) => value switch
    {
        long l => l,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw SqlFunctionError.Raise(SqlStates.DataTypeMismatch, "A value cannot be read as a number"),
    };

    public static long ToLong(object value) => value switch
    {
        long l => l,
        double d when double.IsFinite(d) && Math.Abs(d) < 9.2e18 => (long)Math.Truncate(d),
        string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw SqlFunctionError.Raise(SqlStates.DataTypeMismatch, "A value cannot be read as a whole number"),
    };

    public static string ToText(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => throw SqlFunctionError.Raise(SqlStates.DataTypeMismatch, "A value cannot be read as text"),
    };

    /// <summary>A double carrying <paramref name="value"/> (the nearest one: exact again when read back to its scale).</summary>
    public static double FromDecimal(decimal value) => (double)value;
}
