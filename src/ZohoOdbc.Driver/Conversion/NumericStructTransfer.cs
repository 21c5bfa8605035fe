using System.Numerics;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Transfer to SQL_C_NUMERIC, exactly, from the decimal's own digits. The scale is the column's
/// (the ARD precision/scale fields cannot be set: descriptor functions are not exported).
/// </summary>
internal static unsafe class NumericStructTransfer
{
    private const int MaxPrecision = 38;

    public static TransferOutcome Write(object value, ColumnDescriptor column, in CellTarget target)
    {
        var number = NumericValue.From(value).ToDecimal();
        var scale = column.Type == OdbcType.Decimal ? column.DecimalDigits : number.Scale;

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

        if (target.Data != null)
        {
            var result = (SqlNumericStruct*)target.Data;
            result->Precision = (byte)(column.Type == OdbcType.Decimal ? column.ColumnSize : MaxPrecision);
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
