using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// An emulator hosted in this process, and sessions against it as production makes them: real sockets, Zoho's
/// eight data centres mapped to the emulator's path prefixes (so Region, probing and api_domain run unchanged),
/// the token store and governor in the acceptance directory, and a Debug log per test.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(EmulatorServer server, string name)
    {
        Server = server;
        Name = name;
        DataCentres = new DataCentres(DataCentre.All.ToDictionary(dc => dc.Code, dc => (server.UrlOf(dc), server.UrlOf(dc))));
        AcceptanceFiles.Saw(EmulatorCredentials.ClientSecret);
        foreach (var grant in server.Directory.FixedGrants) AcceptanceFiles.Saw(grant.RefreshToken);
    }

    public EmulatorServer Server { get; }

    /// <summary>The test's name: its log file is logs/{Name}.log.</summary>
    public string Name { get; }

    public DataCentres DataCentres { get; }

    public static async Task<EmulatorHarness> StartAsync(string name, EmulatorOptions options) =>
        new(await EmulatorServer.StartAsync(options with { Port = 0 }), name);

    /// <summary>The primary organization's grant, Region=US, no server addresses (they come from the data centres), no cache.</summary>
    public ConnectionSettings Settings(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ClientId"] = EmulatorCredentials.ClientId,
            ["ClientSecret"] = EmulatorCredentials.ClientSecret,
            ["RefreshToken"] = EmulatorCredentials.RefreshToken,
            ["Region"] = "US",
            ["LogFile"] = AcceptanceFiles.LogFile(Name),
            ["LogLevel"] = "Debug",
            // These tests are about the calls Zoho sees: no answer from the cache (the secret search turns it on).
            ["CacheMode"] = "Off",
        };
        foreach (var (key, value) in extra) values[key] = value;
        return ConnectionSettings.Parse(values, out _);
    }

    /// <summary>
    /// Session services of one "process" of this test; <paramref name="machine"/> names a separate token store and governor
    /// (another machine). Each test has its own: the organizations of every emulator have the same ids.
    /// </summary>
    public SessionServices Services(TimeSpan? attemptTimeout = null, string machine = "machine")
    {
        var http = new HttpClient(new SecretRecordingHandler(SharedHttpClient.CreateHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        return new SessionServices(http, TimeProvider.System, DataCentres, TestServices.Fast with { BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(500) },
            AcceptanceFiles.Directory(Path.Combine(Name, machine, "config")), AcceptanceFiles.Directory(Path.Combine(Name, machine, "cache")), ownsHttp: true)
        {
            AttemptTimeout = attemptTimeout,
        };
    }

    public Session Open(SessionServices services, params (string Key, string Value)[] extra) =>
        Session.Open(Settings(extra), services, ownsServices: false, CancellationToken.None);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
