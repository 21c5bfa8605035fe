using System.Globalization;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Converts the values an application gives for ? markers (string, decimal, long, int, double, bool, DateOnly,
/// DateTime or null) to each marker's inferred type, with SQL Server's conversion errors: 22018 for text that is not a
/// number, 22007 for text that is not a date, 22003 for a number out of range; 07002 for the wrong number of values.
/// </summary>
internal static class ParameterValues
{
    public static object?[] Convert(IReadOnlyList<ParameterSlot> slots, IReadOnlyList<object?> values)
    {
        if (values.Count != slots.Count)
            throw new ZohoOdbcException("07002",
                $"The statement has {slots.Count} parameter marker(s) but {values.Count} value(s) were given.");
        var converted = new object?[slots.Count];
        for (var i = 0; i < slots.Count; i++) converted[i] = Convert(values[i], slots[i].Type, i + 1);
        return converted;
    }

    public static object? Convert(object? value, SqlTypeInfo type, int ordinal)
    {
        if (value is null or DBNull) return null;
        var literal = value switch
        {
            string or long or decimal or double or bool or DateOnly or DateTime or TimeOnly => value,
            TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1) => TimeOnly.FromTimeSpan(span),
            int i => (long)i,
            short s => (long)s,
            byte b => (long)b,
            float f => (double)f,
            DateTimeOffset o => o.DateTime,
            _ => throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Parameter {ordinal}: a {value.GetType().Name} value is not supported."),
        };
        var source = literal switch
        {
            string s => SqlTypeInfo.VarChar(Math.Max(s.Length, 1), false),
            long => SqlTypeInfo.BigInt(false),
            decimal d => SqlTypeInfo.Decimal(29, d.Scale, false),
            double => SqlTypeInfo.Double(false),
            bool => SqlTypeInfo.Bit(false),
            DateOnly => SqlTypeInfo.Date(false),
            TimeOnly => SqlTypeInfo.Time(false),
            _ => SqlTypeInfo.Timestamp(false),
        };
        try
        {
            if (literal is bool flag && type.Type != SqlDataType.Bit) literal = flag ? 1L : 0L;
            // A value is compared as given: text is never cut to the inferred length, decimals never rounded to its scale.
            if (type.Type == SqlDataType.VarChar && literal is string text) return text;
            if (type.Type == SqlDataType.Decimal && literal is decimal or long) return literal is long l ? (decimal)l : literal;
            if (type.Type == SqlDataType.Decimal && literal is string number)
                return decimal.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
                    : throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Conversion failed when converting the value '{number}' to {type}.");
            if (type.Type == SqlDataType.VarChar && literal is double d) return d.ToString("R", CultureInfo.InvariantCulture);
            if (type.Type == SqlDataType.Double && literal is double) return literal;
            if (type.Type == SqlDataType.Decimal && literal is double real) literal = (decimal)real;
            if (type.Type is SqlDataType.Integer or SqlDataType.BigInt && literal is double whole) literal = (decimal)whole;
            return LiteralConversion.TryConvert(literal, source, type) ?? literal;
        }
        catch (ZohoOdbcException e)
        {
            throw new ZohoOdbcException(e.SqlState, $"Parameter {ordinal}: {e.Message}", inner: e);
        }
    }
}
