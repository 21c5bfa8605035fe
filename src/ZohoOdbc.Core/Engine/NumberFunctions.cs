using System.Globalization;
using static ZohoOdbc.Core.Engine.SqlValues;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// SQL Server's numeric semantics the translated SQL calls: decimal rounding half away from zero (SQLite's round()
/// works on the binary double), decimal division truncated to the result's scale, division by zero as an error,
/// conversions that fail on what SQL Server rejects, and numbers as text the way SQL Server prints them.
/// </summary>
internal static class NumberFunctions
{
    public static object? Round(object? value, object? digits)
    {
        if (IsNull(value) || IsNull(digits)) return null;
        var n = ToLong(digits!);
        return value switch
        {
            long l when n >= 0 => l,
            long l => (long)RoundDecimal(l, n, truncate: false),
            _ => FromDecimal(RoundDecimal(ToDecimal(value!), n, truncate: false)),
        };
    }

    public static object? Truncate(object? value, object? digits)
    {
        if (IsNull(value) || IsNull(digits)) return null;
        var n = ToLong(digits!);
        return value switch
        {
            long l when n >= 0 => l,
            long l => (long)RoundDecimal(l, n, truncate: true),
            _ => FromDecimal(RoundDecimal(ToDecimal(value!), n, truncate: true)),
        };
    }

    private static decimal RoundDecimal(decimal value, long digits, bool truncate)
    {
        if (digits >= 0)
        {
            var places = (int)Math.Min(digits, 28);
            if (!truncate) return Math.Round(value, places, MidpointRounding.AwayFromZero);
            var factor = Pow10(places);
            return decimal.Truncate(value * factor) / factor;
        }
        if (digits < -28) return 0;
        var scale = Pow10((int)-digits);
        return (truncate ? decimal.Truncate(value / scale) : Math.Round(value / scale, MidpointRounding.AwayFromZero)) * scale;
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= 10;
        return result;
    }

    public static object? Divisor(object? value) => value switch
    {
        null or DBNull => null,
        0L or 0.0 => throw DivideByZero(),
        _ => value,
    };

    /// <summary>Decimal division, truncated to <paramref name="scale"/> digits as SQL Server truncates (1.67574/10000 is 0.000167).</summary>
    public static object? Divide(object? dividend, object? divisor, object? scale, object? asText)
    {
        if (IsNull(dividend) || IsNull(divisor)) return null;
        var d = ToDecimal(divisor!);
        if (d == 0) throw DivideByZero();
        decimal quotient;
        try
        {
            quotient = ToDecimal(dividend!) / d;
        }
        catch (OverflowException)
        {
            throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, "Arithmetic overflow error converting expression to data type numeric");
        }
        var digits = ToLong(scale!);
        var result = RoundDecimal(quotient, digits, truncate: true);
        // As text the result keeps every digit .NET's decimal holds; as a double, 15 significant digits.
        return asText is long t && t != 0 ? result.ToString("F" + Math.Min(digits, 28).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : FromDecimal(result);
    }

    public static object? Modulo(object? dividend, object? divisor)
    {
        if (IsNull(dividend) || IsNull(divisor)) return null;
        if (dividend is long a && divisor is long b) return b == 0 ? throw DivideByZero() : a % b;
        var d = ToDecimal(divisor!);
        if (d == 0) throw DivideByZero();
        return FromDecimal(ToDecimal(dividend!) % d);
    }

    public static Exception DivideByZero() => SqlFunctionError.Raise(SqlStates.DivisionByZero, "Divide by zero error encountered");

    /// <summary>A number to int or bigint: decimals truncate toward zero; out of range is 22003 (NULL for TRY_CAST).</summary>
    public static object? ToInteger(object? value, object? kind, object? tryCast)
    {
        if (IsNull(value)) return null;
        var (min, max) = (string)kind! == SqliteFunctions.IntegerCode ? (int.MinValue, (long)int.MaxValue) : (long.MinValue, long.MaxValue);
        decimal number;
        try
        {
            number = value is long l ? l : decimal.Truncate(ToDecimal(value!));
        }
        catch (OverflowException)
        {
            return Overflow(tryCast, kind);
        }
        return number < min || number > max ? Overflow(tryCast, kind) : (long)number;
    }

    /// <summary>A number to decimal(p,s): rounded half away from zero; more integer digits than p-s is 22003.</summary>
    public static object? ToDecimalType(object? value, object? precision, object? scale, object? tryCast)
    {
        if (IsNull(value)) return null;
        decimal number;
        try
        {
            number = SqlValues.ToDecimal(value!);
        }
        catch (OverflowException)
        {
            return Overflow(tryCast, "decimal");
        }
        return Fit(number, (int)ToLong(precision!), (int)ToLong(scale!), tryCast);
    }

    private static object? Fit(decimal number, int precision, int scale, object? tryCast)
    {
        var rounded = Math.Round(number, Math.Min(scale, 28), MidpointRounding.AwayFromZero);
        var integerDigits = decimal.Truncate(Math.Abs(rounded)).ToString(CultureInfo.InvariantCulture).TrimStart('0').Length;
        return integerDigits > precision - scale ? Overflow(tryCast, $"numeric({precision},{scale})") : FromDecimal(rounded);
    }

    private static object? Overflow(object? tryCast, object? type) =>
        IsTry(tryCast) ? null : throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, $"Arithmetic overflow error converting expression to data type {type}");

    private static bool IsTry(object? tryCast) => tryCast is long t && t != 0;

    /// <summary>Text to a number, bit, date or datetime, failing (22018/22007) where SQL Server does, or NULL for TRY_CAST.</summary>
    public static object? Cast(object? value, object? kind, object? precision, object? scale, object? tryCast)
    {
        if (IsNull(value)) return null;
        var text = ToText(value!).Trim();
        var code = (string)kind!;
        object? result = code switch
        {
            SqliteFunctions.IntegerCode => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                ? (i is >= int.MinValue and <= int.MaxValue ? i : Overflow(tryCast, "int")) : null,
            SqliteFunctions.BigIntCode => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b) ? b : null,
            SqliteFunctions.DecimalCode => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                ? Fit(d, (int)ToLong(precision!), (int)ToLong(scale!), tryCast) : null,
            SqliteFunctions.FloatCode => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && double.IsFinite(f) ? f : null,
            SqliteFunctions.BitCode => text.ToLowerInvariant() switch
            {
                "true" => 1L,
                "false" => 0L,
                _ => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? (n != 0 ? 1L : 0L) : null,
            },
            SqliteFunctions.DateCode => DateFunctions.ParseDate(text) is { } date ? SqliteStorage.FormatDate(date) : null,
            SqliteFunctions.TimestampCode => DateFunctions.ParseTimestamp(text) is { } time ? SqliteStorage.FormatTimestamp(time) : null,
            SqliteFunctions.TimeCode => TimeOfDayText.Parse(text) is { } timeOfDay ? TimeOfDayText.Format(timeOfDay) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), code, null),
        };
        if (result is not null || IsTry(tryCast)) return result;
        throw code is SqliteFunctions.DateCode or SqliteFunctions.TimestampCode or SqliteFunctions.TimeCode
            ? SqlFunctionError.Raise(SqlStates.InvalidDateTimeFormat, $"Conversion failed when converting date and/or time from character string '{text}'")
            : SqlFunctionError.Raise(SqlStates.DataTypeMismatch, $"Conversion failed when converting the varchar value '{text}' to data type {Describe(code)}");
    }

    private static string Describe(string code) => code switch
    {
        SqliteFunctions.IntegerCode => "int",
        SqliteFunctions.DecimalCode => "numeric",
        SqliteFunctions.FloatCode => "float",
        _ => code,
    };

    /// <summary>A decimal as SQL Server prints it: every digit of its scale (1.5 in decimal(5,2) is "1.50").</summary>
    public static object? DecimalText(object? value, object? scale)
    {
        if (IsNull(value)) return null;
        var digits = (int)Math.Min(ToLong(scale!), 28);
        return Math.Round(ToDecimal(value!), digits, MidpointRounding.AwayFromZero).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A float as CAST(float AS varchar) prints it: 6 significant digits, exponent as e+006 when needed.</summary>
    public static object? FloatText(object? value)
    {
        if (IsNull(value)) return null;
        var text = ToDouble(value!).ToString("G6", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        if (e < 0) return text;
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..e] + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("000", CultureInfo.InvariantCulture);
    }

    /// <summary>A number's text in varchar(n): too long is 22003 (the "*" SQL Server shows for int is an error here too).</summary>
    public static object? FitText(object? text, object? length, object? tryCast)
    {
        if (IsNull(text)) return null;
        var s = ToText(text!);
        return s.Length <= ToLong(length!) ? s
            : IsTry(tryCast) ? null : throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, $"Arithmetic overflow error converting the number {s} to data type varchar({ToLong(length!)})");
    }

    public static object? Ceiling(object? value) => value switch
    {
        null or DBNull => null,
        long l => l,
        double d when Math.Abs(d) < 1e15 => FromDecimal(Math.Ceiling(SqlValues.ToDecimal(d))),
        _ => Math.Ceiling(ToDouble(value)),
    };

    public static object? Floor(object? value) => value switch
    {
        null or DBNull => null,
        long l => l,
        double d when Math.Abs(d) < 1e15 => FromDecimal(Math.Floor(SqlValues.ToDecimal(d))),
        _ => Math.Floor(ToDouble(value)),
    };

    public static object? Power(object? x, object? y, object? kind)
    {
        if (IsNull(x) || IsNull(y)) return null;
        var result = Math.Pow(ToDouble(x!), ToDouble(y!));
        if (!double.IsFinite(result)) throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, "An invalid floating point operation occurred");
        return (string)kind! is SqliteFunctions.IntegerCode or SqliteFunctions.BigIntCode ? (long)Math.Truncate(result) : result;
    }

    public static object? Math2(object? operation, object? x, object? y)
    {
        if (IsNull(x)) return null;
        var a = ToDouble(x!);
        double? b = IsNull(y) ? null : ToDouble(y!);
        var result = (string)operation! switch
        {
            "sqrt" => Math.Sqrt(a),
            "square" => a * a,
            "exp" => Math.Exp(a),
            "log" => b is { } logBase ? Math.Log(a, logBase) : Math.Log(a),
            "log10" => Math.Log10(a),
            "sin" => Math.Sin(a),
            "cos" => Math.Cos(a),
            "tan" => Math.Tan(a),
            "asin" => Math.Asin(a),
            "acos" => Math.Acos(a),
            "atan" => Math.Atan(a),
            "atn2" => b is null ? double.NaN : Math.Atan2(a, b.Value),
            "degrees" => a * 180 / Math.PI,
            "radians" => a * Math.PI / 180,
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        if (!double.IsFinite(result)) throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, "An invalid floating point operation occurred");
        return result;
    }

    /// <summary>TOP (?) and FETCH (?): a whole number of at least 0.</summary>
    public static object? RowCount(object? value)
    {
        if (IsNull(value)) throw SqlFunctionError.Raise("22023", "A TOP or FETCH clause contains an invalid value");
        var n = ToLong(value!);
        return n < 0 ? throw SqlFunctionError.Raise("22023", "A TOP or FETCH clause contains an invalid value") : n;
    }
}
