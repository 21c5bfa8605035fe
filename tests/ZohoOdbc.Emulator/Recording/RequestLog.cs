namespace ZohoOdbc.Emulator.Recording;

/// <summary>Every request the emulator answered, except its own control endpoints, so tests can count API calls.</summary>
public sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private long sequence;

    public void Add(string method, string path, string queryString, int statusCode, DateTime timeUtc, string? organizationId,
        string endpoint, string dataCentre, string? fault)
    {
        lock (gate)
        {
            requests.Add(new RecordedRequest(++sequence, method, path, queryString, statusCode, timeUtc, organizationId, endpoint, dataCentre, fault));
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return requests.ToArray();
        }
    }

    /// <summary>Calls per method and endpoint, most called first.</summary>
    public IReadOnlyList<EndpointCount> CountsByEndpoint() =>
        Snapshot()
            .GroupBy(r => (r.Method, r.Endpoint))
            .Select(g => new EndpointCount(
                g.Key.Method,
                g.Key.Endpoint,
                g.Count(),
                g.GroupBy(r => r.StatusCode).OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Count())))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Endpoint, StringComparer.Ordinal)
            .ThenBy(c => c.Method, StringComparer.Ordinal)
            .ToList();

    public void Clear()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }
}
