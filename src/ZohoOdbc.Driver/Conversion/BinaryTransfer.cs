using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// SQL_C_BINARY of a non-character value: the value's binary form, as Appendix D says (integers
/// as their C integers, floats as C doubles, decimals as SQL_NUMERIC_STRUCT, dates and timestamps
/// as their ODBC structures). It is never sent in pieces: a buffer too small is 22003.
/// </summary>
internal static unsafe class BinaryTransfer
{
    public static TransferOutcome Write(object value, ColumnDescriptor column, in CellTarget target)
    {
        Span<byte> bytes = stackalloc byte[32];
        var length = value switch
        {
            long number when column.Type == OdbcType.Integer => Put((int)number, bytes),
            long number when column.Type == OdbcType.SmallInt => Put((short)number, bytes),
            long number => Put(number, bytes),
            int number => Put(number, bytes),
            short number => Put(number, bytes),
            double number => Put(number, bytes),
            bool flag => Put((byte)(flag ? 1 : 0), bytes),
            decimal number => Numeric(number, column, bytes),
            DateOnly or DateTime => Structure(value, column, bytes),
            _ => throw new OdbcException(OdbcStates.RestrictedDataType, $"A {value.GetType().Name} value has no binary form."),
        };

        if (target.Data != null)
        {
            if (target.BufferLength < length)
                throw new OdbcException(OdbcStates.NumericOutOfRange, $"The binary form needs {length} bytes; the buffer has {target.BufferLength}.");
            bytes[..length].CopyTo(new Span<byte>(target.Data, length));
        }
        target.SetLength(length);
        return TransferOutcome.Complete;
    }

    private static int Put<T>(T value, Span<byte> destination) where T : unmanaged
    {
        fixed (byte* start = destination) *(T*)start = value;
        return sizeof(T);
    }

    private static int Numeric(decimal value, ColumnDescriptor column, Span<byte> destination)
    {
        fixed (byte* start = destination)
        {
            var target = new CellTarget(Odbc.CType.Numeric, start, sizeof(SqlNumericStruct), null, null);
            NumericStructTransfer.Write(value, column, target);
        }
        return sizeof(SqlNumericStruct);
    }

    private static int Structure(object value, ColumnDescriptor column, Span<byte> destination)
    {
        var cType = value is DateOnly ? Odbc.CType.TypeDate : Odbc.CType.TypeTimestamp;
        fixed (byte* start = destination)
            DateTimeTransfer.Write(value, new CellTarget(cType, start, destination.Length, null, null));
        return value is DateOnly ? sizeof(SqlDateStruct) : sizeof(SqlTimestampStruct);
    }
}
