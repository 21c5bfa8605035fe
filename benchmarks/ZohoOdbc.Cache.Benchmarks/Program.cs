using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZohoOdbc.Cache.Benchmarks;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Storage;
using ZohoOdbc.Emulator;

// A Power BI-style refresh — every row of invoices, then every row of invoice_line_items (one record call per invoice
// when nothing is cached) — against an in-process emulator, four times in one process: cold (empty cache), warm (within
// CacheTtl), after CacheTtl with nothing changed, and after a share of the invoices changed (their line items too).
// API calls come from the emulator's request log; ratios are to the cold run, so they mean the same on any machine.
RefreshSettings settings;
try
{
    settings = RefreshSettings.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(RefreshSettings.Usage);
    return 2;
}

// The key file, token store, governor and cache of this run only.
var root = Path.Combine(Path.GetTempPath(), "zohoodbc-cache-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
Environment.SetEnvironmentVariable(UserDirectories.ConfigVariable, Path.Combine(root, "config"));
Environment.SetEnvironmentVariable(UserDirectories.CacheVariable, Path.Combine(root, "cache"));
try
{
    Console.Error.WriteLine($"generating {settings.Invoices:N0} invoices");
    await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, Invoices = settings.Invoices, Contacts = Math.Max(100, settings.Invoices / 10) });
    // Edits are stamped with the emulator's now: past the newest generated record, as in Zoho.
    var newest = server.Data.Current.Invoices.Max(i => i.LastModifiedTime);
    var now = server.Control.Clock.GetUtcNow();
    if (newest > now - TimeSpan.FromDays(1)) server.Control.Clock.Advance(newest - now + TimeSpan.FromDays(2));
    server.Control.Slowdown.Settings = new ZohoOdbc.Emulator.Control.LatencySettings(settings.LatencyMilliseconds);

    var runs = new List<RefreshRun>
    {
        Refresh(server, "cold (empty cache)", ttlSeconds: 3600),
        Refresh(server, "warm (within CacheTtl)", ttlSeconds: 3600),
        Refresh(server, "after CacheTtl, nothing changed", ttlSeconds: 0),
    };
    await ChangeAsync(server, settings.Changed);
    runs.Add(Refresh(server, $"after {settings.ChangedPercent.ToString(CultureInfo.InvariantCulture)} % of invoices changed", ttlSeconds: 0));

    var report = new RefreshReport(settings, runs);
    report.Print(Console.Out);
    return report.MeetsExpectations(Console.Out) ? 0 : 1;
}
finally
{
    try
    {
        Directory.Delete(root, recursive: true);
    }
    catch (IOException)
    {
        // Left to the system's temp cleaner.
    }
}

static RefreshRun Refresh(EmulatorServer server, string name, int ttlSeconds)
{
    Console.Error.WriteLine("refresh: " + name);
    var settings = ConnectionSettings.Parse(new Dictionary<string, string>
    {
        ["ClientId"] = EmulatorCredentials.ClientId,
        ["ClientSecret"] = EmulatorCredentials.ClientSecret,
        ["RefreshToken"] = EmulatorCredentials.RefreshToken,
        ["AccountsUrl"] = server.BaseUrl,
        ["CacheMode"] = "Replica",
        ["CacheTtl"] = ttlSeconds.ToString(CultureInfo.InvariantCulture),
        // A BI refresh of every line item needs one call per invoice when nothing is cached; the emulator enforces no limit.
        ["MaxCallsPerQuery"] = "1000000",
        ["RequestsPerMinute"] = "1000000",
        ["DailyLimit"] = "1000000",
    }, out _);
    using var session = Session.Open(settings);
    server.Requests.Clear();
    var watch = Stopwatch.StartNew();
    var invoices = Drain(session, "SELECT * FROM invoices");
    var lines = Drain(session, "SELECT * FROM invoice_line_items");
    watch.Stop();
    var calls = server.Requests.Snapshot().Where(r => r.OrganizationId == EmulatorCredentials.OrganizationId && r.Path.Contains("/invoices", StringComparison.Ordinal)).ToList();
    return new RefreshRun(name, invoices, lines, calls.Count(r => r.Endpoint.EndsWith("/invoices", StringComparison.Ordinal)),
        calls.Count(r => r.Endpoint.EndsWith("/invoices/{id}", StringComparison.Ordinal)), watch.Elapsed);
}

// Every value read, as a client would.
static long Drain(Session session, string sql)
{
    using var reader = session.Prepare(sql).Execute();
    long rows = 0;
    while (reader.Read())
    {
        for (var i = 0; i < reader.Columns.Count; i++) _ = reader.GetValue(i);
        rows++;
    }
    return rows;
}

// Edits a share of the invoices, spread over the list, through the emulator's control API: a new reference number and a
// changed first line each, which moves their last_modified_time.
static async Task ChangeAsync(EmulatorServer server, int count)
{
    Console.Error.WriteLine($"changing {count:N0} invoices");
    using var http = new HttpClient();
    var invoices = server.Data.Current.Invoices;
    var step = invoices.Count / count;
    for (var k = 0; k < count; k++)
    {
        var invoice = invoices[k * step];
        var body = new StringBuilder("{\"reference_number\":\"BENCH-").Append(k.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        var response = await http.PatchAsync($"{server.BaseUrl}/__emulator/organizations/{EmulatorCredentials.OrganizationId}/records/invoices/{invoice.InvoiceId}",
            new StringContent(body.ToString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }
}
