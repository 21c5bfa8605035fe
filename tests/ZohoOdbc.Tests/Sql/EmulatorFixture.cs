using ZohoOdbc.Core;
using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// An emulator hosted in-process with a small data set, one session on it, and the same data generated independently
/// (<see cref="SampleData.Generate(int, int, int)"/>) for computing expected answers with LINQ.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const int Seed = 7;
    public const int ContactCount = 60;
    public const int InvoiceCount = 450;

    public EmulatorServer Server { get; private set; } = null!;

    internal Session Session { get; private set; } = null!;

    public Dataset Data { get; } = SampleData.Generate(Seed, ContactCount, InvoiceCount);

    public async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, Seed = Seed, Contacts = ContactCount, Invoices = InvoiceCount });
        Session = Open();
    }

    /// <summary>A new session on the emulator, with extra connection keywords.</summary>
    internal Session Open(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ClientId"] = EmulatorCredentials.ClientId,
            ["ClientSecret"] = EmulatorCredentials.ClientSecret,
            ["RefreshToken"] = EmulatorCredentials.RefreshToken,
            ["AccountsUrl"] = Server.BaseUrl,
            ["ApiUrl"] = Server.BaseUrl,
            // The governor's pacing would make the corpus take minutes; the emulator does not limit unless asked.
            ["RequestsPerMinute"] = "1000000",
            ["MaxConcurrency"] = "8",
            // The corpus counts the calls the pushdown rules need: no cache may answer in Zoho's place.
            ["CacheMode"] = "Off",
        };
        foreach (var (key, value) in extra) values[key] = value;
        var settings = ConnectionSettings.Parse(values, out _);
        return Session.Open(settings, TestServices.For(handler), ownsServices: true, CancellationToken.None);
    }

    /// <summary>Every session's requests go through it, so the test knows how many requests the emulator must have recorded.</summary>
    private readonly CountingHandler handler = new();

    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int sent;

        public int Sent => Volatile.Read(ref sent);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Increment(ref sent);
            }
        }
    }

    /// <summary>Runs a statement and returns its API calls (the emulator's log) and rows.</summary>
    internal (List<object?[]> Rows, int Calls, IReadOnlyList<string> Requests) Run(string sql, params object?[] parameters) => Run(Session, sql, parameters);

    internal (List<object?[]> Rows, int Calls, IReadOnlyList<string> Requests) Run(Session session, string sql, params object?[] parameters)
    {
        var (rows, calls, requests, _) = Execute(session.Prepare(sql), parameters);
        return (rows, calls, requests);
    }

    /// <summary>Executes a prepared statement: its rows, the API calls it made (the emulator's log), and the columns the reader reported.</summary>
    internal (List<object?[]> Rows, int Calls, IReadOnlyList<string> Requests, ZohoOdbc.Core.Engine.ResultColumn[] Columns) Execute(PreparedQuery prepared, object?[] parameters)
    {
        var before = Settled();
        var rows = new List<object?[]>();
        ZohoOdbc.Core.Engine.ResultColumn[] columns;
        using (var reader = prepared.Execute(parameters))
        {
            columns = reader.Columns.ToArray();
            while (reader.Read()) rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(reader.GetValue).ToArray());
        }
        var requests = Settled().Skip(before.Count).Where(r => !r.Path.Contains("/oauth/", StringComparison.Ordinal))
            .Select(r => r.Path + "?" + r.QueryString).ToList();
        return (rows, requests.Count, requests, columns);
    }

    /// <summary>The request log once it holds every request sent: the emulator records a call just after answering it.</summary>
    private IReadOnlyList<ZohoOdbc.Emulator.Recording.RecordedRequest> Settled()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var snapshot = Server.Requests.Snapshot();
        while (snapshot.Count < handler.Sent && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(1);
            snapshot = Server.Requests.Snapshot();
        }
        return snapshot;
    }

    public async Task DisposeAsync()
    {
        Session?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        handler.Dispose();
    }
}
