namespace ZohoOdbc.Emulator.Control;

/// <summary>The faults in force. Rules are tried in the order they were added; the first that fires wins.</summary>
public sealed class FaultInjector(int defaultSeed)
{
    private readonly Lock gate = new();
    private readonly List<Entry> entries = [];
    private int nextId = 1;

    /// <summary>Adds a rule; throws <see cref="ArgumentException"/> when it is not well formed.</summary>
    public ActiveFault Add(FaultRule rule)
    {
        if (!FaultKinds.All.Contains(rule.Kind))
        {
            throw new ArgumentException($"kind must be one of {string.Join(", ", FaultKinds.All)}");
        }

        if ((rule.Count is null) == (rule.Probability is null))
        {
            throw new ArgumentException("give exactly one of count or probability");
        }

        if (rule.Count is <= 0 || rule.Probability is <= 0 or > 1 || rule.HangMilliseconds < 0 || rule.RetryAfterSeconds < 0)
        {
            throw new ArgumentException("count must be positive, probability in (0, 1], times not negative");
        }

        lock (gate)
        {
            var entry = new Entry(nextId++, rule, new Random(rule.Seed ?? defaultSeed)) { Remaining = rule.Count };
            entries.Add(entry);
            return entry.Describe();
        }
    }

    public IReadOnlyList<ActiveFault> List()
    {
        lock (gate)
        {
            return entries.Select(e => e.Describe()).ToList();
        }
    }

    public bool Remove(int id)
    {
        lock (gate)
        {
            return entries.RemoveAll(e => e.Id == id) > 0;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    /// <summary>The fault to inject into this request, if any (consumes one use of a counted rule).</summary>
    public FaultRule? Take(HttpRequest request)
    {
        lock (gate)
        {
            foreach (Entry entry in entries)
            {
                if (!PathMatch.Matches(request, entry.Rule.PathPrefix))
                {
                    continue;
                }

                if (entry.Remaining is { } remaining)
                {
                    entry.Remaining = remaining - 1;
                    entry.Injected++;
                    if (entry.Remaining == 0)
                    {
                        entries.Remove(entry);
                    }

                    return entry.Rule;
                }

                if (entry.Random.NextDouble() < entry.Rule.Probability)
                {
                    entry.Injected++;
                    return entry.Rule;
                }
            }

            return null;
        }
    }

    private sealed class Entry(int id, FaultRule rule, Random random)
    {
        public int Id { get; } = id;
        public FaultRule Rule { get; } = rule;
        public Random Random { get; } = random;
        public int? Remaining { get; set; }
        public int Injected { get; set; }

        public ActiveFault Describe() => new(Id, Rule, Remaining, Injected);
    }
}
