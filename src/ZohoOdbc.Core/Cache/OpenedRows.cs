using System.Runtime.ExceptionServices;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The rows of one read of the replica, in Zoho's order, opened inside the read's snapshot (so a value that does not
/// decrypt is found while the read can still be answered from Zoho) and decoded later, a page at a time: the engine
/// stores a page and drops it before the next is decoded, so decoded rows die young instead of surviving (and being
/// copied by) every collection while the whole table is built up in memory.
/// </summary>
internal sealed class OpenedRows(bool[]? columnsRead)
{
    private readonly List<OpenedRowBlock?> blocks = [];

    public int Count { get; private set; }

    public void Add(OpenedRowBlock block)
    {
        if (block.Count == 0) return;
        blocks.Add(block);
        Count += block.Count;
    }

    /// <summary>
    /// The rows in pages of about <paramref name="rowsPerPage"/> (at least one page, maybe empty), each decoded when asked for,
    /// with whether it is the last. A block is let go once decoded: the enumeration can be done once.
    /// </summary>
    public IEnumerable<(object?[][] Rows, bool Last)> Pages(int rowsPerPage)
    {
        var next = 0;
        do
        {
            var first = next;
            var rows = 0;
            while (next < blocks.Count && (rows == 0 || rows + blocks[next]!.Count <= rowsPerPage)) rows += blocks[next++]!.Count;
            yield return (Decode(first, next, rows), next >= blocks.Count);
        }
        while (next < blocks.Count);
    }

    /// <summary>Every row, decoded at once.</summary>
    public object?[][] All() => Decode(0, blocks.Count, Count);

    private object?[][] Decode(int first, int end, int count)
    {
        var rows = new object?[count][];
        var offsets = new int[end - first];
        for (int b = first, offset = 0; b < end; b++)
        {
            offsets[b - first] = offset;
            offset += blocks[b]!.Count;
        }
        if (end - first <= 1 || Environment.ProcessorCount == 1)
        {
            for (var b = first; b < end; b++) blocks[b]!.DecodeInto(rows, offsets[b - first], columnsRead);
        }
        else
        {
            try
            {
                Parallel.For(first, end, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    b => blocks[b]!.DecodeInto(rows, offsets[b - first], columnsRead));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        for (var b = first; b < end; b++) blocks[b] = null;
        return rows;
    }
}
