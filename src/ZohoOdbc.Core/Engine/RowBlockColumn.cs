namespace ZohoOdbc.Core.Engine;

/// <summary>
/// One column of a <see cref="RowBlock"/>: a null flag per row and the value in the array its type uses — text
/// (VarChar, and Time as its 'HH:mm:ss') as UTF-8 in one arena, decimals in <see cref="Numbers"/>, everything else in
/// <see cref="Bits"/> (integers, Bit as 0/1, a double's bits, a date's day number, a timestamp's ticks). A value its
/// getter could not read keeps the getter's error, raised when the value is read, as reading it row by row would.
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
    private ZohoOdbcException?[]? errors;

    public SqlDataType Type { get; } = type;

    /// <summary>Whether the column holds its values as UTF-8 text.</summary>
    public bool IsText { get; } = type is SqlDataType.VarChar or SqlDataType.Time;

    /// <summary>Whether a row held has an error in place of its value (see <see cref="ErrorAt"/>).</summary>
    public bool HasErrors { get; private set; }

    public ReadOnlySpan<bool> Nulls => nulls;

    public ReadOnlySpan<long> Bits => bits;

    public ReadOnlySpan<decimal> Numbers => numbers;

    public bool IsNull(int row) => nulls[row];

    public long BitsAt(int row) => bits[row];

    public decimal NumberAt(int row) => numbers[row];

    /// <summary>
    /// True when every text the column holds is valid UTF-8, found in one vectorized pass over the column's text: the
    /// texts lie one after another in it, so each is valid when the whole is and none starts inside a character.
    /// Remembered until a text is added; spares the loops that copy text a check per value.
    /// </summary>
    public bool IsAllValidUtf8(int held)
    {
        if (utf8Known is { } known) return known;
        var valid = System.Text.Unicode.Utf8.IsValid(text.AsSpan(0, textUsed));
        for (var row = 0; valid && row < held; row++)
            if (textLengths[row] > 0 && (text[textStarts[row]] & 0xC0) == 0x80) valid = false;
        utf8Known = valid;
        return valid;
    }

    private bool? utf8Known;

    /// <summary>The UTF-8 of a text row, borrowed until the block is reset.</summary>
    public ReadOnlySpan<byte> TextAt(int row) => text.AsSpan(textStarts[row], textLengths[row]);

    /// <summary>
    /// A held value as the object <see cref="IRowReader.GetValue"/> gives for the column's type (null for NULL); a value
    /// whose getter failed raises that error.
    /// </summary>
    public object? ValueAt(int row)
    {
        if (ErrorAt(row) is { } error) throw error;
        if (nulls[row]) return null;
        return Type switch
        {
            SqlDataType.VarChar or SqlDataType.Time => System.Text.Encoding.UTF8.GetString(TextAt(row)),
            SqlDataType.Decimal => numbers[row],
            SqlDataType.Integer or SqlDataType.BigInt => bits[row],
            SqlDataType.Double => BitConverter.Int64BitsToDouble(bits[row]),
            SqlDataType.Bit => bits[row] != 0,
            SqlDataType.Date => DateOnly.FromDayNumber((int)bits[row]),
            SqlDataType.Timestamp => new DateTime(bits[row]),
            _ => throw new InvalidOperationException($"A row block does not hold {Type} values."),
        };
    }

    /// <summary>The error the getter raised for this row's value, or null (a row with an error also reads as NULL).</summary>
    public ZohoOdbcException? ErrorAt(int row) => HasErrors ? errors![row] : null;

    internal void Reset()
    {
        textUsed = 0;
        utf8Known = null;
        if (HasErrors) Array.Clear(errors!);
        HasErrors = false;
    }

    /// <summary>Room for <paramref name="capacity"/> rows, keeping the first <paramref name="held"/>.</summary>
    internal void EnsureCapacity(int capacity, int held)
    {
        if (nulls.Length >= capacity) return;
        Grow(ref nulls, capacity, held);
        if (errors is not null)
        {
            var grown = new ZohoOdbcException?[capacity];
            Array.Copy(errors, grown, Math.Min(held, errors.Length));
            errors = grown;
        }
        if (IsText)
        {
            Grow(ref textStarts, capacity, held);
            Grow(ref textLengths, capacity, held);
            if (text.Length == 0) text = new byte[Math.Max(4096, capacity * 16)];
        }
        else if (Type == SqlDataType.Decimal) Grow(ref numbers, capacity, held);
        else Grow(ref bits, capacity, held);
    }

    /// <summary>Drops the first <paramref name="rows"/> of <paramref name="held"/> rows; the rest move to the front.</summary>
    internal void RemoveFirst(int rows, int held)
    {
        var rest = held - rows;
        utf8Known = null;
        Array.Copy(nulls, rows, nulls, 0, rest);
        if (errors is not null) Array.Copy(errors, rows, errors, 0, rest);
        if (IsText)
        {
            // The text stays where it is in the arena; the next reset reclaims it.
            Array.Copy(textStarts, rows, textStarts, 0, rest);
            Array.Copy(textLengths, rows, textLengths, 0, rest);
        }
        else if (Type == SqlDataType.Decimal) Array.Copy(numbers, rows, numbers, 0, rest);
        else Array.Copy(bits, rows, bits, 0, rest);
        if (errors is not null)
        {
            Array.Clear(errors, rest, errors.Length - rest);
            HasErrors = Array.Exists(errors, e => e is not null);
        }
    }

    /// <summary>
    /// Copies <paramref name="count"/> rows of <paramref name="source"/> from <paramref name="start"/> to row
    /// <paramref name="at"/> (capacity ensured). A cursor reading ahead from kept rows runs this for every block, so it
    /// copies arrays, not values: the rows' texts lie in order in the source's arena and move in one copy.
    /// </summary>
    internal void AppendFrom(RowBlockColumn source, int start, int count, int at)
    {
        if (count <= 0) return;
        Array.Copy(source.nulls, start, nulls, at, count);
        if (IsText) AppendTextFrom(source, start, count, at);
        else if (Type == SqlDataType.Decimal) Array.Copy(source.numbers, start, numbers, at, count);
        else Array.Copy(source.bits, start, bits, at, count);
        if (source.HasErrors)
        {
            for (var row = 0; row < count; row++)
                if (source.errors![start + row] is { } error) SetError(at + row, error);
        }
        else if (HasErrors) Array.Clear(errors!, at, count);
    }

    private void AppendTextFrom(RowBlockColumn source, int start, int count, int at)
    {
        // A NULL row's start and length are stale: only the rows with text bound the span to copy.
        int first = int.MaxValue, end = 0;
        for (var row = start; row < start + count; row++)
        {
            if (source.nulls[row]) continue;
            first = Math.Min(first, source.textStarts[row]);
            end = Math.Max(end, source.textStarts[row] + source.textLengths[row]);
        }
        if (first == int.MaxValue) first = end = 0;
        var length = end - first;
        if (text.Length - textUsed < length) Array.Resize(ref text, Math.Max(text.Length * 2, textUsed + length));
        Array.Copy(source.text, first, text, textUsed, length);
        var shift = textUsed - first;
        for (var row = 0; row < count; row++)
        {
            var from = start + row;
            var empty = source.nulls[from];
            textStarts[at + row] = empty ? textUsed : source.textStarts[from] + shift;
            textLengths[at + row] = empty ? 0 : source.textLengths[from];
        }
        textUsed += length;
        utf8Known = null;
    }

    public void SetNull(int row)
    {
        nulls[row] = true;
        if (HasErrors) errors![row] = null;
    }

    public void SetBits(int row, long value)
    {
        nulls[row] = false;
        bits[row] = value;
        if (HasErrors) errors![row] = null;
    }

    public void SetNumber(int row, decimal value)
    {
        nulls[row] = false;
        numbers[row] = value;
        if (HasErrors) errors![row] = null;
    }

    public void SetText(int row, ReadOnlySpan<byte> utf8)
    {
        if (text.Length - textUsed < utf8.Length) Array.Resize(ref text, Math.Max(text.Length * 2, textUsed + utf8.Length));
        utf8.CopyTo(text.AsSpan(textUsed));
        nulls[row] = false;
        textStarts[row] = textUsed;
        textLengths[row] = utf8.Length;
        textUsed += utf8.Length;
        utf8Known = null;
        if (HasErrors) errors![row] = null;
    }

    /// <summary>Keeps the getter's error for this row's value; the row reads as NULL to the loops that check <see cref="HasErrors"/> first.</summary>
    public void SetError(int row, ZohoOdbcException error)
    {
        if (errors is null || errors.Length < nulls.Length)
        {
            var grown = new ZohoOdbcException?[nulls.Length];
            if (errors is not null) Array.Copy(errors, grown, errors.Length);
            errors = grown;
        }
        nulls[row] = true;
        errors[row] = error;
        HasErrors = true;
    }

    private static void Grow<T>(ref T[] array, int capacity, int held)
    {
        var grown = new T[capacity];
        Array.Copy(array, grown, Math.Min(held, array.Length));
        array = grown;
    }
}
