using System.Runtime.ExceptionServices;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// A batch of a table's sealed rows, read from the cache file in Zoho's order, opened (AES-GCM) and decoded on every
/// core: for a large table this is most of the time a cached query spends before SQLite sees a row. The order of the
/// rows and the errors (a value that does not decrypt is <see cref="CacheDamagedException"/>) are those of one thread.
/// </summary>
internal sealed class SealedRowBatch(CacheCipher cipher, byte[] tableKey, LocalFilter filter, bool[]? columnsRead = null)
{
    /// <summary>Rows read before they are decoded: bounds the sealed bytes held at once.</summary>
    public const int Capacity = 8192;

    // Below this many rows per chunk, handing work to another thread costs more than it saves.
    private const int ChunkSize = 1024;

    private readonly List<(byte[] RecordKey, byte[] Body)> sealedRows = new(Capacity);

    public bool IsFull => sealedRows.Count >= Capacity;

    public void Add(byte[] recordKey, byte[] body) => sealedRows.Add((recordKey, body));

    /// <summary>Opens and decodes the batch, appends the rows that pass the filter to <paramref name="rows"/> in order, and empties the batch.</summary>
    public void DrainInto(List<object?[]> rows)
    {
        var decoded = new object?[]?[sealedRows.Count];
        var chunks = (sealedRows.Count + ChunkSize - 1) / ChunkSize;
        if (chunks <= 1 || Environment.ProcessorCount == 1)
        {
            Decode(0, sealedRows.Count, decoded);
        }
        else
        {
            try
            {
                Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    c => Decode(c * ChunkSize, Math.Min(sealedRows.Count, (c + 1) * ChunkSize), decoded));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The caller expects the exception one thread would throw (CacheDamagedException), not a wrapper.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        foreach (var row in decoded)
            if (row is not null) rows.Add(row);
        sealedRows.Clear();
    }

    private void Decode(int start, int end, object?[]?[] decoded)
    {
        using var opener = cipher.CreateOpener();
        // One plaintext buffer for the chunk: the decoded row keeps no reference to it.
        var plaintext = new byte[4096];
        for (var i = start; i < end; i++)
        {
            var (recordKey, body) = sealedRows[i];
            var row = RowCodec.Decode(CacheCipher.Open(opener, body, CacheCipher.Where('r', tableKey, recordKey), ref plaintext), columnsRead);
            if (filter.Matches(row)) decoded[i] = row;
        }
    }
}
