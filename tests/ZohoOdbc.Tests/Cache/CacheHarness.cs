using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// One emulator for the cache tests (a class fixture), sessions against it through the real HTTP client, each test with its
/// own cache directory, key directory and driver clock. The emulator's clock is moved past the newest generated record, so
/// that an edit made by a test is the newest change, as it is in Zoho.
/// </summary>
public sealed class CacheEmulator : IAsyncLifetime
{
    public const int Invoices = 1_000;

    public EmulatorServer Server { get; private set; } = null!;

    internal DataCentres DataCentres { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, Invoices = Invoices, Contacts = 400 });
        DataCentres = new DataCentres(DataCentre.All.ToDictionary(dc => dc.Code, dc => (Server.UrlOf(dc), Server.UrlOf(dc))));
        var data = Server.Data.Current;
        var newest = data.Invoices.Select(i => i.LastModifiedTime).Concat(data.Contacts.Select(c => c.LastModifiedTime)).Max();
        var now = Server.Control.Clock.GetUtcNow();
        if (newest > now - TimeSpan.FromDays(1)) Server.Control.Clock.Advance(newest - now + TimeSpan.FromDays(2));
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>A driver clock that tests move forward (CacheTtl, ReconcileInterval) without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}

/// <summary>
/// What this process's sessions send: every API call as it completes on the client (the emulator logs a call only after
/// answering it, a moment later), and every access token Zoho Accounts hands out, to look for it in the cache file later.
/// </summary>
internal sealed class ClientRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<string> calls = [];

    public List<string> Tokens { get; } = [];

    /// <summary>The paths of the API calls answered so far (the organization list of connecting excluded).</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (calls) return calls.ToArray();
        }
    }

    public void Clear()
    {
        lock (calls) calls.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (path.Contains("/books/v3/", StringComparison.Ordinal) && !path.EndsWith("/organizations", StringComparison.Ordinal))
            lock (calls) calls.Add(path + request.RequestUri.Query);
        if (!path.EndsWith("/oauth/v2/token", StringComparison.Ordinal)) return response;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using (var json = JsonDocument.Parse(body))
            if (json.RootElement.TryGetProperty("access_token", out var token)) lock (Tokens) Tokens.Add(token.GetString()!);
        var replaced = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers) replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = replaced;
        return response;
    }
}

/// <summary>A network that can be cut: while <see cref="Down"/>, every request fails as an unreachable host does; <see cref="Requests"/> counts them all.</summary>
internal sealed class CuttableNetwork(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int requests;

    public volatile bool Down;

    public int Requests => Volatile.Read(ref requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        if (Down) throw new HttpRequestException($"Connection refused ({request.RequestUri!.Authority})");
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>One test's view: its directories, clock, services and sessions; API calls counted from the emulator's log.</summary>
internal sealed class CacheHarness : IDisposable
{
    private readonly TempDirectory root;
    private readonly List<SessionServices> services = [];

    public CacheHarness(CacheEmulator emulator, string name)
    {
        Emulator = emulator;
        root = new TempDirectory("cache-" + name);
        CacheDirectory = root.Sub("cache");
        ConfigDirectory = root.Sub("config");
        LogFile = root.File("driver.log");
        emulator.Server.Control.Reset();
        // Reset puts the clock back: keep it past the newest generated record.
        var data = emulator.Server.Data.Current;
        var newest = data.Invoices.Select(i => i.LastModifiedTime).Concat(data.Contacts.Select(c => c.LastModifiedTime)).Max();
        var now = emulator.Server.Control.Clock.GetUtcNow();
        if (newest > now - TimeSpan.FromDays(1)) emulator.Server.Control.Clock.Advance(newest - now + TimeSpan.FromDays(2));
    }

    public CacheEmulator Emulator { get; }
    public EmulatorServer Server => Emulator.Server;
    public string CacheDirectory { get; }
    public string ConfigDirectory { get; }
    public string LogFile { get; }
    public ManualClock Clock { get; } = new();
    public ClientRecorder Client { get; } = new(SharedHttpClient.CreateHandler());

    /// <summary>The circuit breakers of <see cref="OpenThrough"/>'s sessions (a test that fails many walks on purpose keeps them closed).</summary>
    public CircuitBreakers? Breakers { get; init; }

    public string Directory(string name) => root.Sub(name);

    /// <summary>Keywords of every session: the emulator's grant, this test's cache, a debug log, room for detail calls.</summary>
    public Dictionary<string, string> Keywords(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ClientId"] = EmulatorCredentials.ClientId,
            ["ClientSecret"] = EmulatorCredentials.ClientSecret,
            ["RefreshToken"] = EmulatorCredentials.RefreshToken,
            ["Region"] = "US",
            ["CachePath"] = CacheDirectory,
            ["MaxCallsPerQuery"] = "5000",
            ["RequestsPerMinute"] = "100000",
            ["LogFile"] = LogFile,
            ["LogLevel"] = "Debug",
        };
        foreach (var (key, value) in extra) values[key] = value;
        return values;
    }

    /// <summary>A session through the real HTTP client (sockets to the emulator), with this test's clock and key directory.</summary>
    public Session Open(params (string Key, string Value)[] extra)
    {
        var settings = ConnectionSettings.Parse(Keywords(extra), out _);
        var http = new HttpClient(Client, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var opened = new SessionServices(http, Clock, Emulator.DataCentres, TestServices.Fast, ConfigDirectory, CacheDirectory, ownsHttp: true);
        services.Add(opened);
        return Session.Open(settings, opened, ownsServices: false, CancellationToken.None);
    }

    /// <summary>A session whose every HTTP request goes through <paramref name="handler"/> (a network that fails, or none at all).</summary>
    public Session OpenThrough(HttpMessageHandler handler, params (string Key, string Value)[] extra)
    {
        var settings = ConnectionSettings.Parse(Keywords(extra), out _);
        var http = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var opened = new SessionServices(http, Clock, Emulator.DataCentres, TestServices.Fast, ConfigDirectory, CacheDirectory, ownsHttp: true)
        {
            Breakers = Breakers ?? new CircuitBreakers(),
        };
        services.Add(opened);
        return Session.Open(settings, opened, ownsServices: false, CancellationToken.None);
    }

    /// <summary>The API calls of this process's sessions since the last <see cref="ClearCalls"/> (path and query).</summary>
    public IReadOnlyList<string> ApiCalls() => Client.Calls;

    public int ListCalls(string collection) => ApiCalls().Count(c => Path(c).EndsWith("/" + collection, StringComparison.Ordinal));

    public int DetailCalls(string collection) =>
        ApiCalls().Count(c => Path(c) is var path && path.LastIndexOf('/') is var slash and > 0 && path[..slash].EndsWith("/" + collection, StringComparison.Ordinal)
            && path[(slash + 1)..].All(char.IsAsciiDigit));

    /// <summary>List calls the emulator answered, from any process (its log lags the client by a moment: see <see cref="QuietAsync"/>).</summary>
    public int ServerListCalls(string collection) =>
        Server.Requests.Snapshot().Count(r => r.OrganizationId == EmulatorCredentials.OrganizationId && r.Endpoint.EndsWith("/" + collection, StringComparison.Ordinal));

    /// <summary>Waits until the emulator has logged no call for a second (calls of other processes still in flight land first).</summary>
    public async Task QuietAsync()
    {
        var count = -1;
        while (Server.Requests.Snapshot().Count is var now && now != count)
        {
            count = now;
            await Task.Delay(1000);
        }
    }

    public void ClearCalls()
    {
        Client.Clear();
        Server.Requests.Clear();
    }

    /// <summary>The calls as text, for assertion messages.</summary>
    public string Describe() => string.Join("; ", ApiCalls());

    private static string Path(string call) => call.Split('?')[0];

    /// <summary>Every row as a tab-separated line of invariant text.</summary>
    public static List<string> Lines(Session session, string sql) => Run(session, sql).Lines;

    /// <summary>Every row as <see cref="Lines"/> gives it, with the cache notices of this execution.</summary>
    public static (List<string> Lines, IReadOnlyList<string> Notices) Run(Session session, string sql)
    {
        var result = session.Prepare(sql).Run([]);
        using var reader = result.Rows;
        var lines = new List<string>();
        var line = new StringBuilder();
        while (reader.Read())
        {
            line.Clear();
            for (var i = 0; i < reader.Columns.Count; i++) line.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\t');
            lines.Add(line.ToString());
        }
        return (lines, result.CacheNotices);
    }

    /// <summary>PATCH through the emulator's control API: sets the fields and moves last_modified_time to the emulator's now.</summary>
    public async Task EditAsync(string collection, string id, JsonObject fields)
    {
        using var http = new HttpClient();
        var response = await http.PatchAsync($"{Server.BaseUrl}/__emulator/organizations/{EmulatorCredentials.OrganizationId}/records/{collection}/{id}",
            new StringContent(fields.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> CreateAsync(string collection, string copyOf, JsonObject fields)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync($"{Server.BaseUrl}/__emulator/organizations/{EmulatorCredentials.OrganizationId}/records/{collection}?copy_of={copyOf}",
            new StringContent(fields.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task DeleteAsync(string collection, string id)
    {
        using var http = new HttpClient();
        var response = await http.DeleteAsync($"{Server.BaseUrl}/__emulator/organizations/{EmulatorCredentials.OrganizationId}/records/{collection}/{id}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        foreach (var opened in services) opened.Dispose();
        Client.Dispose();
        Core.Cache.CacheStore.Forget(CacheDirectory);
        root.Dispose();
    }
}
