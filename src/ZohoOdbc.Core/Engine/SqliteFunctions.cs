using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Functions the translated SQL calls where SQLite's built-ins differ from SQL Server: Unicode case
/// mapping (SQLite's upper/lower are ASCII-only), decimal rounding (round() works on the binary double,
/// so ROUND(1.005, 2) would give 1.0), and division by zero as an error (SQLite returns NULL).
/// </summary>
internal static class SqliteFunctions
{
    public const string Upper = "tsql_upper";
    public const string Lower = "tsql_lower";
    public const string Round = "tsql_round";
    public const string Divisor = "tsql_divisor";

    public const string DivideByZeroMessage = "Divide by zero error encountered.";

    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<string?, string?>(Upper, s => s?.ToUpperInvariant(), isDeterministic: true);
        connection.CreateFunction<string?, string?>(Lower, s => s?.ToLowerInvariant(), isDeterministic: true);
        connection.CreateFunction<object?, long, object?>(Round, RoundValue, isDeterministic: true);
        connection.CreateFunction<object?, object?>(Divisor, CheckDivisor, isDeterministic: true);
    }

    /// <summary>Rounds half away from zero on the decimal value (15 significant digits recover what was written).</summary>
    private static object? RoundValue(object? value, long digits) => value switch
    {
        null or DBNull => null,
        long l when digits >= 0 => l,
        long l => (long)RoundDecimal(l, digits),
        double d when double.IsFinite(d) => (double)RoundDecimal((decimal)d, digits),
        double d => d,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => (double)RoundDecimal(parsed, digits),
        _ => null,
    };

    private static decimal RoundDecimal(decimal value, long digits)
    {
        if (digits >= 0) return Math.Round(value, (int)Math.Min(digits, 28), MidpointRounding.AwayFromZero);
        if (digits < -28) return 0;
        var factor = 1m;
        for (var i = 0; i < -digits; i++) factor *= 10;
        return Math.Round(value / factor, MidpointRounding.AwayFromZero) * factor;
    }

    private static object? CheckDivisor(object? value) => value switch
    {
        0L => throw new DivideByZeroException(DivideByZeroMessage),
        0.0 => throw new DivideByZeroException(DivideByZeroMessage),
        DBNull => null,
        _ => value,
    };
}
