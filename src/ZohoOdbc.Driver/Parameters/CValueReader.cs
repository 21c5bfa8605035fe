using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Parameters;

/// <summary>
/// Reads one parameter value out of the application's buffer by its C type, into the CLR value
/// that C type holds (text, a whole or real number, an exact decimal, a date, time or timestamp,
/// bytes, a GUID). <see cref="SqlTypeCoercion"/> then turns it into the SQL type the IPD declares.
/// </summary>
internal static unsafe class CValueReader
{
    /// <param name="length">The octet length from the length/indicator buffer, or SQL_NTS; ignored for fixed-size types.</param>
    public static object Read(short cType, void* data, nint length, DescriptorRecord apd)
    {
        if (data == null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The parameter's data pointer is null.");
        return cType switch
        {
            CType.Char => Encoding.UTF8.GetString(Bytes(data, length, 1)),
            CType.WChar => Encoding.Unicode.GetString(Bytes(data, length, 2)),
            CType.Binary => Bytes(data, length, 0).ToArray(),
            CType.Bit => (long)*(byte*)data,
            CType.TinyInt or CType.STinyInt => (long)*(sbyte*)data,
            CType.UTinyInt => (long)*(byte*)data,
            CType.Short or CType.SShort => (long)*(short*)data,
            CType.UShort => (long)*(ushort*)data,
            CType.Long or CType.SLong => (long)*(int*)data,
            CType.ULong => (long)*(uint*)data,
            CType.SBigInt => *(long*)data,
            CType.UBigInt => (decimal)*(ulong*)data,
            CType.Float => (double)*(float*)data,
            CType.Double => *(double*)data,
            CType.Numeric => ReadNumeric((SqlNumericStruct*)data, apd),
            CType.Date or CType.TypeDate => ReadDate(*(SqlDateStruct*)data),
            CType.Time or CType.TypeTime => ReadTime(*(SqlTimeStruct*)data),
            CType.Timestamp or CType.TypeTimestamp => ReadTimestamp(*(SqlTimestampStruct*)data),
            CType.Guid => *(Guid*)data,
            _ => throw new OdbcException(OdbcStates.InvalidBufferType, $"The C data type {cType} cannot be sent as a parameter."),
        };
    }

    /// <summary>Whether a value of this C type arrives in one piece of a fixed size (SQLPutData may be called once).</summary>
    public static bool IsFixedSize(short cType) => !CTypeInfo.IsVariableLength(cType);

    /// <summary>The bytes of character or binary data: <paramref name="length"/> of them, or up to the NUL of a <paramref name="unit"/>-byte code unit.</summary>
    public static ReadOnlySpan<byte> Bytes(void* data, nint length, int unit)
    {
        if (length == Sentinels.NullTerminated)
        {
            return unit switch
            {
                2 => MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpanFromNullTerminated((char*)data)),
                1 => MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)data),
                _ => throw new OdbcException(OdbcStates.InvalidStringLength, "Binary data cannot be given with SQL_NTS: its length is needed."),
            };
        }
        if (length < 0) throw new OdbcException(OdbcStates.InvalidStringLength, $"The parameter length {length} is not valid.");
        if (unit == 2 && length % 2 != 0) throw new OdbcException(OdbcStates.InvalidStringLength, "A SQL_C_WCHAR length must be an even number of bytes.");
        return new ReadOnlySpan<byte>(data, checked((int)length));
    }

    /// <summary>
    /// SQL_NUMERIC_STRUCT: the little-endian scaled integer with its scale (the APD's, when the
    /// application set one, else the structure's own).
    /// </summary>
    private static decimal ReadNumeric(SqlNumericStruct* numeric, DescriptorRecord apd)
    {
        var mantissa = new BigInteger(new ReadOnlySpan<byte>(numeric->Value, SqlNumericStruct.ValueBytes), isUnsigned: true, isBigEndian: false);
        int scale = apd.HasExplicitNumericFormat ? apd.Scale : numeric->Scale;
        if (numeric->Sign == 0) mantissa = -mantissa;
        while (scale < 0)
        {
            mantissa *= 10;
            scale++;
        }
        var limit = new BigInteger(decimal.MaxValue);
        while (scale > 28 || BigInteger.Abs(mantissa) > limit)
        {
            if (scale == 0) throw NumericValue.OutOfRange();
            mantissa /= 10;
            scale--;
        }
        return ToDecimal(mantissa, (byte)scale);
    }

    private static decimal ToDecimal(BigInteger mantissa, byte scale)
    {
        var negative = mantissa.Sign < 0;
        var magnitude = BigInteger.Abs(mantissa);
        var low = (int)(uint)(magnitude & uint.MaxValue);
        var mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        var high = (int)(uint)((magnitude >> 64) & uint.MaxValue);
        return new decimal(low, mid, high, negative, scale);
    }

    private static DateOnly ReadDate(SqlDateStruct date)
    {
        if (date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
            throw FieldOverflow($"{date.Year:D4}-{date.Month:D2}-{date.Day:D2} is not a valid date.");
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    private static TimeOnly ReadTime(SqlTimeStruct time)
    {
        if (time.Hour > 23 || time.Minute > 59 || time.Second > 59)
            throw FieldOverflow($"{time.Hour:D2}:{time.Minute:D2}:{time.Second:D2} is not a valid time.");
        return new TimeOnly(time.Hour, time.Minute, time.Second);
    }

    private static DateTime ReadTimestamp(SqlTimestampStruct timestamp)
    {
        var date = ReadDate(new SqlDateStruct { Year = timestamp.Year, Month = timestamp.Month, Day = timestamp.Day });
        var time = ReadTime(new SqlTimeStruct { Hour = timestamp.Hour, Minute = timestamp.Minute, Second = timestamp.Second });
        if (timestamp.Fraction > 999_999_999) throw FieldOverflow($"The fraction {timestamp.Fraction} is more than a second.");
        return date.ToDateTime(time).AddTicks(timestamp.Fraction / 100);
    }

    private static OdbcException FieldOverflow(string message) => new(OdbcStates.DatetimeFieldOverflow, "Datetime field overflow: " + message);
}
