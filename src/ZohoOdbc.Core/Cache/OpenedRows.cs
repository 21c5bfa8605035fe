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
    /// The rows in pages of about <paramref name="rowsPerPage"/> (at least one page, maybe empty), with whether it is the last.
    /// Each page after the first is decoded on another thread while the caller stores the one before it. A block is let
    /// go once decoded: the enumeration can be done once.
    /// </summary>
    public IEnumerable<(object?[][] Rows, bool Last)> Pages(int rowsPerPage)
    {
        var pages = new List<(int First, int End, int Rows)>();
        var next = 0;
        do
        {
            var first = next;
            var rows = 0;
            while (next < blocks.Count && (rows == 0 || rows + blocks[next]!.Count <= rowsPerPage)) rows += blocks[next++]!.Count;
            pages.Add((first, next, rows));
        }
        while (next < blocks.Count);

        Task<object?[][]>? ahead = null;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = ahead is null ? Decode(pages[p], parallel: true) : ahead.GetAwaiter().GetResult();
            ahead = null;
            if (p + 1 < pages.Count && Environment.ProcessorCount > 1)
            {
                var following = pages[p + 1];
                ahead = Task.Run(() => Decode(following, parallel: false));
            }
            yield return (page, p == pages.Count - 1);
        }
    }

    /// <summary>Every row, decoded at once.</summary>
    public object?[][] All() => Decode((0, blocks.Count, Count), parallel: true);

    private object?[][] Decode((int First, int End, int Rows) page, bool parallel)
    {
        var (first, end, count) = page;
        var rows = new object?[count][];
        var offsets = new int[end - first];
        for (int b = first, offset = 0; b < end; b++)
        {
            offsets[b - first] = offset;
            offset += blocks[b]!.Count;
        }
        if (!parallel || end - first <= 1 || Environment.ProcessorCount == 1)
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
