namespace ZohoOdbc.Core.Engine;

/// <summary>
/// One column of a <see cref="RowBlock"/>: a null flag per row and the value in the array its type uses — text
/// (VarChar, and Time as its 'HH:mm:ss') as UTF-8 in one arena, decimals in <see cref="Numbers"/>, everything else in
/// <see cref="Bits"/> (integers, Bit as 0/1, a double's bits, a date's day number, a timestamp's ticks).
/// </summary>
public sealed class RowBlockColumn(SqlDataType type)
{
    private bool[] nulls = [];
    private long[] bits = [];
    private decimal[] numbers = [];
    private int[] textStarts = [];
    private int[] textLengths = [];
    private byte[] text = [];
    private int textUsed;

    public SqlDataType Type { get; } = type;

    /// <summary>Whether the column holds its values as UTF-8 text.</summary>
    public bool IsText { get; } = type is SqlDataType.VarChar or SqlDataType.Time;

    public ReadOnlySpan<bool> Nulls => nulls;

    public ReadOnlySpan<long> Bits => bits;

    public ReadOnlySpan<decimal> Numbers => numbers;

    public bool IsNull(int row) => nulls[row];

    public long BitsAt(int row) => bits[row];

    public decimal NumberAt(int row) => numbers[row];

    /// <summary>The UTF-8 of a text row, borrowed until the block is reset.</summary>
    public ReadOnlySpan<byte> TextAt(int row) => text.AsSpan(textStarts[row], textLengths[row]);

    internal void Reset(int capacity)
    {
        textUsed = 0;
        if (nulls.Length >= capacity) return;
        nulls = new bool[capacity];
        if (IsText)
        {
            textStarts = new int[capacity];
            textLengths = new int[capacity];
            if (text.Length == 0) text = new byte[Math.Max(4096, capacity * 16)];
        }
        else if (Type == SqlDataType.Decimal) numbers = new decimal[capacity];
        else bits = new long[capacity];
    }

    public void SetNull(int row) => nulls[row] = true;

    public void SetBits(int row, long value)
    {
        nulls[row] = false;
        bits[row] = value;
    }

    public void SetNumber(int row, decimal value)
    {
        nulls[row] = false;
        numbers[row] = value;
    }

    public void SetText(int row, ReadOnlySpan<byte> utf8)
    {
        if (text.Length - textUsed < utf8.Length) Array.Resize(ref text, Math.Max(text.Length * 2, textUsed + utf8.Length));
        utf8.CopyTo(text.AsSpan(textUsed));
        nulls[row] = false;
        textStarts[row] = textUsed;
        textLengths[row] = utf8.Length;
        textUsed += utf8.Length;
    }
}
