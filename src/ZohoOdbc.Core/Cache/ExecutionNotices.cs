namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The cache notices of one execution: what <see cref="CacheNotices"/> is told while the execution runs, on its own async
/// flow (and the tasks it starts), whatever else runs on the session at the same time. The execution hands them out with
/// its result, so the driver posts them on the statement that ran it; a failed execution's are dropped with it (the log
/// keeps them).
/// </summary>
internal sealed class ExecutionNotices
{
    /// <summary>A runaway execution (a notice per nested list read offline) keeps this many.</summary>
    private const int Kept = 20;

    private static readonly AsyncLocal<ExecutionNotices?> current = new();

    private readonly List<string> notices = [];

    /// <summary>The execution running on this async flow, if any.</summary>
    public static ExecutionNotices? Current => current.Value;

    /// <summary>
    /// Starts collecting for the execution on this async flow. Call it from the execution's async method: the flow's
    /// previous collector comes back when the method returns.
    /// </summary>
    public static ExecutionNotices Begin()
    {
        var notices = new ExecutionNotices();
        current.Value = notices;
        return notices;
    }

    public void Add(string notice)
    {
        lock (notices)
        {
            // The same answer read twice (a table in a join and a subquery) says so once.
            if (notices.Count < Kept && !notices.Contains(notice)) notices.Add(notice);
        }
    }

    /// <summary>What was collected, oldest first.</summary>
    public IReadOnlyList<string> ToList()
    {
        lock (notices) return notices.ToArray();
    }
}
