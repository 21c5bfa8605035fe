using System.Text.Unicode;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Writes one bound column of a kept rowset in a single loop per transfer kind, for the pairs a
/// block cursor usually binds, when the column's indicator is also its length (SQLBindCol) and
/// it has a data buffer. It writes what <see cref="TypedCellWriter"/> would; a value it cannot
/// take (text that would be cut, invalid UTF-8) is added to <paramref name="general"/> for
/// CellWriter. Returns false, having written nothing, for a column it does not handle.
/// </summary>
internal static unsafe class KeptColumnWriter
{
    public static bool TryWrite(KeptRowset kept, int index, in BoundColumn column, int rows, ref List<(int Row, int Column)>? general, int boundIndex)
    {
        if (column.DataAt(0) == null || column.SharedIndicatorAt(0) == null) return false;
        switch (column.Transfer)
        {
            case TypedTransfer.TextToChar:
                for (var row = 0; row < rows; row++)
                {
                    ref readonly var cell = ref kept.At(row, index);
                    var indicator = column.SharedIndicatorAt(row);
                    if (cell.IsNull)
                    {
                        *indicator = Sentinels.NullData;
                        continue;
                    }
                    var text = kept.TextOf(cell);
                    if (text.Length + 1 > column.BufferLength || !Utf8.IsValid(text))
                    {
                        (general ??= []).Add((row, boundIndex));
                        continue;
                    }
                    var destination = (byte*)column.DataAt(row);
                    text.CopyTo(new Span<byte>(destination, text.Length));
                    destination[text.Length] = 0;
                    *indicator = text.Length;
                }
                return true;
            case TypedTransfer.DecimalToDouble:
                for (var row = 0; row < rows; row++)
                {
                    ref readonly var cell = ref kept.At(row, index);
                    if (Null(cell, column, row)) continue;
                    *(double*)column.DataAt(row) = (double)cell.Number;
                    *column.SharedIndicatorAt(row) = sizeof(double);
                }
                return true;
            case TypedTransfer.DoubleToDouble or TypedTransfer.IntegerToBigInt:
                for (var row = 0; row < rows; row++)
                {
                    ref readonly var cell = ref kept.At(row, index);
                    if (Null(cell, column, row)) continue;
                    *(long*)column.DataAt(row) = cell.Bits;   // a double's bits, or the integer
                    *column.SharedIndicatorAt(row) = sizeof(long);
                }
                return true;
            case TypedTransfer.DateToDate:
                for (var row = 0; row < rows; row++)
                {
                    ref readonly var cell = ref kept.At(row, index);
                    if (Null(cell, column, row)) continue;
                    DateOnly.FromDayNumber((int)cell.Bits).Deconstruct(out var year, out var month, out var day);
                    *(SqlDateStruct*)column.DataAt(row) = new SqlDateStruct { Year = (short)year, Month = (ushort)month, Day = (ushort)day };
                    *column.SharedIndicatorAt(row) = sizeof(SqlDateStruct);
                }
                return true;
            case TypedTransfer.TimestampToTimestamp:
                for (var row = 0; row < rows; row++)
                {
                    ref readonly var cell = ref kept.At(row, index);
                    if (Null(cell, column, row)) continue;
                    *(SqlTimestampStruct*)column.DataAt(row) = TypedCellWriter.TimestampStruct(cell.Bits);
                    *column.SharedIndicatorAt(row) = sizeof(SqlTimestampStruct);
                }
                return true;
            default:
                return false;
        }
    }

    private static bool Null(in KeptRowset.Cell cell, in BoundColumn column, int row)
    {
        if (!cell.IsNull) return false;
        *column.SharedIndicatorAt(row) = Sentinels.NullData;
        return true;
    }
}
