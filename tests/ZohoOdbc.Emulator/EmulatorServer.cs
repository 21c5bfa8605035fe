using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Limits;
using ZohoOdbc.Emulator.Recording;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator;

/// <summary>
/// A running emulator on 127.0.0.1. Program.cs runs one as a process; tests host one in-process with
/// <see cref="StartAsync"/> and reach its state (data, log, faults, limits, clock) through the properties.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatorServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Control = app.Services.GetRequiredService<ControlPlane>();
    }

    /// <summary>"http://127.0.0.1:PORT" with the port actually bound: the US accounts server and API domain.</summary>
    public string BaseUrl { get; }

    /// <summary>Everything the control API reads and changes.</summary>
    public ControlPlane Control { get; }

    public EmulatorDirectory Directory => Control.Directory;

    /// <summary>The first organization's records (<see cref="EmulatorCredentials.OrganizationId"/>).</summary>
    public DataStore Data => Directory.Primary.Data;

    public RequestLog Requests => Control.Log;

    public IHostApplicationLifetime Lifetime => app.Lifetime;

    /// <summary>The accounts server and API domain of a data centre on this emulator ("http://127.0.0.1:PORT/eu").</summary>
    public string UrlOf(DataCentre dataCentre) => dataCentre.UrlOn(BaseUrl);

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Only 127.0.0.1: ListenLocalhost would add [::1] as well.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        // Nothing may reach stdout before the "listening" line: warnings and errors go to stderr only.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);

        var clock = new EmulatorClock();
        EmulatorDirectory directory = EmulatorDirectory.Create(options);
        var tokens = new TokenStore(clock, options.TokenLifetime, directory, options.TokenLimit);
        var limits = new LimitEnforcer(clock, new LimitSettings
        {
            PerMinuteEnabled = options.RateLimit,
            DailyEnabled = options.DailyLimit,
            ConcurrencyEnabled = options.ConcurrencyLimit,
        });
        var server = new ServerAddress();
        var slowdown = new RequestSlowdown();
        var plane = new ControlPlane(directory, tokens, new RequestLog(), new FaultInjector(options.Seed), slowdown, limits, clock, server);

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(plane);
        builder.Services.AddSingleton(plane.Log);
        builder.Services.AddSingleton(plane.Faults);
        builder.Services.AddSingleton(tokens);

        WebApplication app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<ErrorTranslationMiddleware>();
        app.UseMiddleware<DataCentreRouting>();
        app.UseRouting();

        ControlEndpoints.Map(app, plane);
        OAuthEndpoints.Map(app, tokens, directory, server, slowdown);
        ApiRoutes.Map(app, new ApiPipeline(new ApiGuard(tokens, directory), limits, slowdown), directory);

        await app.StartAsync(cancellationToken);

        string baseUrl = BoundAddress(app);
        server.BaseUrl = baseUrl;
        return new EmulatorServer(app, baseUrl);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Kestrel rewrites the address with the real port once bound (port 0 picks a free one).</summary>
    private static string BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server reports no addresses.");
        var uri = new Uri(addresses.First());
        return $"http://127.0.0.1:{uri.Port}";
    }
}
