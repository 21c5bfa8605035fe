using System.Text;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A loaded row's result values kept typed for a <see cref="DirectProjection"/>, each exactly what storing it in the
/// in-memory table and reading it back gives (<see cref="SqliteStorage.ToStorage"/>, then the row reader's getters): a
/// decimal goes through its double (SQLite's REAL), dates and timestamps come back whole. A value whose CLR type is not
/// its column's own (which SQLite's type affinity would convert) is not kept: the statement goes back to SQLite.
/// </summary>
internal static class DirectValues
{
    /// <summary>Appends the row's result values to <paramref name="kept"/>; false, having kept nothing, when one of them is not its column's own type.</summary>
    public static bool TryKeep(RowBlock kept, DirectProjection direct, object?[] row, ref byte[] utf8)
    {
        var ordinals = direct.Ordinals;
        for (var i = 0; i < ordinals.Length; i++)
            if (!IsOwnType(row[ordinals[i]], kept.Columns[i].Type)) return false;

        var at = kept.Count;
        if (at == 0 || at >= kept.Columns[0].Nulls.Length) kept.EnsureCapacity(Math.Max(1024, at * 2));
        for (var i = 0; i < ordinals.Length; i++)
        {
            var column = kept.Columns[i];
            switch (row[ordinals[i]])
            {
                case null:
                    column.SetNull(at);
                    break;
                case string s:
                    var needed = Encoding.UTF8.GetMaxByteCount(s.Length);
                    if (utf8.Length < needed) utf8 = new byte[Math.Max(needed, utf8.Length * 2)];
                    column.SetText(at, utf8.AsSpan(0, Encoding.UTF8.GetBytes(s, utf8)));
                    break;
                case decimal d:
                    column.SetNumber(at, AsStored(d, direct.Columns[i].Scale));
                    break;
                case double d:
                    column.SetBits(at, BitConverter.DoubleToInt64Bits(d));
                    break;
                case long l:
                    column.SetBits(at, l);
                    break;
                case bool b:
                    column.SetBits(at, b ? 1 : 0);
                    break;
                case DateOnly date:
                    column.SetBits(at, date.DayNumber);
                    break;
                case DateTime time:
                    column.SetBits(at, time.Ticks);
                    break;
            }
        }
        kept.CommitRow();
        return true;
    }

    /// <summary>
    /// A decimal as the in-memory table gives it back: stored as the nearest double, read as the decimal of the column's
    /// scale (as <see cref="SqliteRowReader"/>'s getter and <see cref="SqliteStorage.FromStorage"/> do).
    /// </summary>
    private static decimal AsStored(decimal value, short scale)
    {
        var stored = (double)value;
        return SqliteStorage.TryToScaleExactly(stored, scale, out var exact) ? exact : SqliteStorage.ToScale((decimal)stored, scale);
    }

    private static bool IsOwnType(object? value, SqlDataType type) => value switch
    {
        null => true,
        string => type == SqlDataType.VarChar,
        // Beyond this a decimal's double overflows on its way back (SQLite's path reports 22003 when it is read).
        decimal d => type == SqlDataType.Decimal && Math.Abs((double)d) < 7.9e28,
        // SQLite stores NaN as NULL; the loader refuses it, and so does SQLite's path.
        double d => type == SqlDataType.Double && !double.IsNaN(d),
        long => type is SqlDataType.Integer or SqlDataType.BigInt,
        bool => type == SqlDataType.Bit,
        DateOnly => type == SqlDataType.Date,
        DateTime => type == SqlDataType.Timestamp,
        _ => false,
    };
}
