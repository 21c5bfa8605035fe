namespace ZohoOdbc.Emulator.Recording;

/// <summary>Every request the emulator answered, except its own control endpoints, so tests can count API calls.</summary>
public sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private long sequence;

    public void Add(string method, string path, string queryString, int statusCode, DateTime timeUtc, string? organizationId)
    {
        lock (gate)
        {
            requests.Add(new RecordedRequest(++sequence, method, path, queryString, statusCode, timeUtc, organizationId));
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return requests.ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }
}
