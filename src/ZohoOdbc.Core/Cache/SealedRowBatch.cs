using System.Buffers;
using System.Runtime.ExceptionServices;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// A batch of a table's sealed rows, read from the cache file in Zoho's order and opened (AES-GCM), checked and compacted
/// to the values the reader asked for on every core. The sealed bytes are copied from SQLite's memory into one buffer the
/// batch reuses, not into an array per value. The order of the rows and the errors (a value that does not decrypt is
/// <see cref="CacheDamagedException"/>) are those of one thread.
/// </summary>
internal sealed class SealedRowBatch(CacheCipher cipher, byte[] tableKey, LocalFilter filter, bool[]? columnsRead = null) : IDisposable
{
    /// <summary>Rows read before they are opened: bounds the sealed bytes held at once.</summary>
    public const int Capacity = 8192;

    // Below this many rows per chunk, handing work to another thread costs more than it saves.
    private const int ChunkSize = 1024;

    private readonly List<(int Start, int KeyLength, int BodyLength)> sealedRows = new(Capacity);
    // Pooled: it holds only sealed bytes, and a fresh array of megabytes per read would be zeroed and paged in each time.
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int used;
    // Bytes a compacted row took in the last batch: sizes the next batch's blocks.
    private int bytesPerRow = 64;

    public bool IsFull => sealedRows.Count >= Capacity;

    /// <summary>Copies a row's record key and sealed body (spans valid only until the caller's next read).</summary>
    public void Add(ReadOnlySpan<byte> recordKey, ReadOnlySpan<byte> body)
    {
        var length = recordKey.Length + body.Length;
        if (bytes.Length - used < length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(used + length, bytes.Length * 2));
            bytes.AsSpan(0, used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = larger;
        }
        recordKey.CopyTo(bytes.AsSpan(used));
        body.CopyTo(bytes.AsSpan(used + recordKey.Length));
        sealedRows.Add((used, recordKey.Length, body.Length));
        used += length;
    }

    /// <summary>Opens the batch, adds the rows that pass the filter to <paramref name="rows"/> in order, and empties the batch.</summary>
    public void DrainInto(OpenedRows rows)
    {
        var chunks = (sealedRows.Count + ChunkSize - 1) / ChunkSize;
        var opened = new OpenedRowBlock[chunks];
        if (chunks <= 1 || Environment.ProcessorCount == 1)
        {
            for (var c = 0; c < chunks; c++) opened[c] = Open(c);
        }
        else
        {
            try
            {
                Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c => opened[c] = Open(c));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The caller expects the exception one thread would throw (CacheDamagedException), not a wrapper.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        foreach (var block in opened) rows.Add(block);
        sealedRows.Clear();
        used = 0;
    }

    private OpenedRowBlock Open(int chunk)
    {
        var start = chunk * ChunkSize;
        var end = Math.Min(sealedRows.Count, start + ChunkSize);
        var block = new OpenedRowBlock(end - start, Volatile.Read(ref bytesPerRow));
        using var opener = cipher.CreateOpener();
        // One plaintext buffer and one associated-data buffer for the chunk: no array per row.
        var plaintext = new byte[4096];
        var where = new byte[1 + tableKey.Length + 16];
        where[0] = (byte)'r';
        tableKey.CopyTo(where, 1);
        for (var i = start; i < end; i++)
        {
            var (at, keyLength, bodyLength) = sealedRows[i];
            if (where.Length != 1 + tableKey.Length + keyLength)
            {
                Array.Resize(ref where, 1 + tableKey.Length + keyLength);
            }
            bytes.AsSpan(at, keyLength).CopyTo(where.AsSpan(1 + tableKey.Length));
            var row = CacheCipher.Open(opener, bytes.AsSpan(at + keyLength, bodyLength), where, ref plaintext);
            // A filter reads every value of the row; the rows it lets through are decoded again, as the engine reads them.
            if (!filter.IsEmpty && !filter.Matches(RowCodec.Decode(row, null))) continue;
            block.Add(row, columnsRead);
        }
        if (block.Count > 0) Volatile.Write(ref bytesPerRow, Math.Max(16, block.Bytes / block.Count + 16));
        return block;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
    }
}
