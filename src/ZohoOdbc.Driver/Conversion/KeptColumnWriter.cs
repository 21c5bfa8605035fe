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
        var values = kept.Block.Columns[index];
        // A value Core could not read raises its error through the general path.
        if (values.HasErrors) return false;
        var nulls = values.Nulls;
        switch (column.Transfer)
        {
            case TypedTransfer.TextToChar:
            {
                // Text known valid as a whole needs no check per value.
                var valid = values.IsAllValidUtf8(kept.Count);
                for (var row = 0; row < rows; row++)
                {
                    var indicator = column.SharedIndicatorAt(row);
                    if (nulls[row])
                    {
                        *indicator = Sentinels.NullData;
                        continue;
                    }
                    var text = values.TextAt(row);
                    if (text.Length + 1 > column.BufferLength || (!valid && !Utf8Validity.IsValid(text)))
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
            }
            case TypedTransfer.DecimalToDouble:
            {
                var numbers = values.Numbers;
                for (var row = 0; row < rows; row++)
                {
                    if (Null(nulls, column, row)) continue;
                    *(double*)column.DataAt(row) = (double)numbers[row];
                    *column.SharedIndicatorAt(row) = sizeof(double);
                }
                return true;
            }
            case TypedTransfer.DoubleToDouble or TypedTransfer.IntegerToBigInt:
            {
                var bits = values.Bits;
                for (var row = 0; row < rows; row++)
                {
                    if (Null(nulls, column, row)) continue;
                    *(long*)column.DataAt(row) = bits[row];   // a double's bits, or the integer
                    *column.SharedIndicatorAt(row) = sizeof(long);
                }
                return true;
            }
            case TypedTransfer.DateToDate:
            {
                var bits = values.Bits;
                var days = new DayParts();
                for (var row = 0; row < rows; row++)
                {
                    if (Null(nulls, column, row)) continue;
                    days.WriteDate((int)bits[row], (SqlDateStruct*)column.DataAt(row));
                    *column.SharedIndicatorAt(row) = sizeof(SqlDateStruct);
                }
                return true;
            }
            case TypedTransfer.TimestampToTimestamp:
            {
                var bits = values.Bits;
                var days = new DayParts();
                for (var row = 0; row < rows; row++)
                {
                    if (Null(nulls, column, row)) continue;
                    days.WriteTimestamp(bits[row], (SqlTimestampStruct*)column.DataAt(row));
                    *column.SharedIndicatorAt(row) = sizeof(SqlTimestampStruct);
                }
                return true;
            }
            default:
                return false;
        }
    }

    private static bool Null(ReadOnlySpan<bool> nulls, in BoundColumn column, int row)
    {
        if (!nulls[row]) return false;
        *column.SharedIndicatorAt(row) = Sentinels.NullData;
        return true;
    }
}
