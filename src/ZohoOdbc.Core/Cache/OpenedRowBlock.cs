namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Consecutive rows of a replica read, opened (decrypted and checked) but not decoded: each row's encoded values back to
/// back in one array, only those the reader asked for. Plain bytes cost the garbage collector nothing to keep, where a
/// decoded row is an array of objects it must trace and move.
/// </summary>
internal sealed class OpenedRowBlock
{
    private byte[] bytes;
    private int[] ends;

    public OpenedRowBlock(int rows, int bytesPerRow)
    {
        ends = new int[Math.Max(1, rows)];
        bytes = new byte[Math.Max(256, rows * bytesPerRow)];
    }

    public int Count { get; private set; }

    /// <summary>The bytes the rows take.</summary>
    public int Bytes => Count == 0 ? 0 : ends[Count - 1];

    /// <summary>Adds the row <paramref name="plaintext"/> encodes, keeping the values <paramref name="keep"/> marks (null: all).</summary>
    public void Add(ReadOnlySpan<byte> plaintext, bool[]? keep)
    {
        var used = Bytes;
        // A compacted row is never longer than the row.
        if (bytes.Length - used < plaintext.Length) Array.Resize(ref bytes, Math.Max(used + plaintext.Length, bytes.Length * 2));
        if (Count == ends.Length) Array.Resize(ref ends, ends.Length * 2);
        ends[Count] = used + RowCodec.Compact(plaintext, keep, bytes.AsSpan(used));
        Count++;
    }

    /// <summary>Decodes the rows into <paramref name="rows"/> from <paramref name="offset"/>.</summary>
    public void DecodeInto(object?[][] rows, int offset, bool[]? keep)
    {
        var start = 0;
        for (var i = 0; i < Count; i++)
        {
            rows[offset + i] = RowCodec.Decode(bytes.AsSpan(start, ends[i] - start), keep);
            start = ends[i];
        }
    }
}
