using System.Buffers.Binary;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The last "yyyy-MM-dd" text read per result column and the date it parsed to: dates repeat from row to row (many
/// invoices a day), and comparing the ten bytes as two integers is cheaper than parsing them again. Only texts that
/// parsed are remembered, so a hit gives exactly what the parser would.
/// </summary>
internal sealed class DateTextMemo(int columns)
{
    private const int DateLength = 10;

    private readonly ulong[] heads = new ulong[columns];
    private readonly ushort[] tails = new ushort[columns];
    private readonly DateOnly[] dates = new DateOnly[columns];
    private readonly bool[] known = new bool[columns];

    public bool TryGet(int ordinal, ReadOnlySpan<byte> text, out DateOnly date)
    {
        if ((uint)ordinal < (uint)known.Length && known[ordinal] && text.Length == DateLength &&
            BinaryPrimitives.ReadUInt64LittleEndian(text) == heads[ordinal] && BinaryPrimitives.ReadUInt16LittleEndian(text[8..]) == tails[ordinal])
        {
            date = dates[ordinal];
            return true;
        }
        date = default;
        return false;
    }

    public void Remember(int ordinal, ReadOnlySpan<byte> text, DateOnly date)
    {
        if ((uint)ordinal >= (uint)known.Length || text.Length != DateLength) return;
        heads[ordinal] = BinaryPrimitives.ReadUInt64LittleEndian(text);
        tails[ordinal] = BinaryPrimitives.ReadUInt16LittleEndian(text[8..]);
        dates[ordinal] = date;
        known[ordinal] = true;
    }
}
