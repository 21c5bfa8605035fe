using System.Numerics;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Transfer to SQL_C_NUMERIC, exactly, from the decimal's own digits. The precision and scale are
/// the ARD's when the application set them (SQLSetDescField / SQLSetDescRec), otherwise the
/// column's, so no amount is rounded unless the application asked for fewer digits (01S07).
/// More significant digits than the precision allows is 22003.
/// </summary>
internal static unsafe class NumericStructTransfer
{
    private const int MaxPrecision = 38;

    public static TransferOutcome Write(object value, ColumnDescriptor column, in CellTarget target)
    {
        var number = NumericValue.From(value).ToDecimal();
        var (precision, scale) = target.Numeric is { } format
            ? (format.Precision, format.Scale)
            : column.Type == OdbcType.Decimal
                ? ((short)column.ColumnSize, column.DecimalDigits)
                : ((short)MaxPrecision, (short)number.Scale);

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var sourceScale = (bits[3] >> 16) & 0xFF;
        var fractionDropped = false;
        if (scale >= sourceScale)
        {
            mantissa *= BigInteger.Pow(10, scale - sourceScale);
        }
        else
        {
            mantissa = BigInteger.DivRem(mantissa, BigInteger.Pow(10, sourceScale - scale), out var remainder);
            fractionDropped = !remainder.IsZero;
        }

        if (mantissa.GetByteCount(isUnsigned: true) > SqlNumericStruct.ValueBytes) throw NumericValue.OutOfRange();
        if (precision is > 0 and <= MaxPrecision && mantissa >= BigInteger.Pow(10, precision)) throw NumericValue.OutOfRange();

        if (target.Data != null)
        {
            var result = (SqlNumericStruct*)target.Data;
            result->Precision = (byte)Math.Clamp((int)precision, 1, MaxPrecision);
            result->Scale = (sbyte)scale;
            result->Sign = (byte)(number < 0 ? 0 : 1);
            var digits = new Span<byte>(result->Value, SqlNumericStruct.ValueBytes);
            digits.Clear();
            mantissa.TryWriteBytes(digits, out _, isUnsigned: true, isBigEndian: false);
        }
        target.SetLength(sizeof(SqlNumericStruct));
        return fractionDropped ? TransferOutcome.FractionTruncated : TransferOutcome.Complete;
    }
}
