using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Recording;

namespace ZohoOdbc.Emulator;

/// <summary>
/// A running emulator on 127.0.0.1. Program.cs runs one as a process; tests may also host one in-process.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatorServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT" with the port actually bound.</summary>
    public string BaseUrl { get; }

    public DataStore Data => app.Services.GetRequiredService<DataStore>();

    public RequestLog Requests => app.Services.GetRequiredService<RequestLog>();

    public IHostApplicationLifetime Lifetime => app.Lifetime;

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

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new DataStore(SampleData.Generate(options.Seed, options.Contacts, options.Invoices)));
        builder.Services.AddSingleton(services => new TokenStore(services.GetRequiredService<TimeProvider>(), options.TokenLifetime));
        builder.Services.AddSingleton<ApiGuard>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<ServerAddress>();

        WebApplication app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<ErrorTranslationMiddleware>();

        ControlEndpoints.Map(app, app.Services.GetRequiredService<RequestLog>());
        OAuthEndpoints.Map(app, app.Services.GetRequiredService<TokenStore>(), app.Services.GetRequiredService<ServerAddress>());
        ApiRoutes.Map(app, app.Services.GetRequiredService<ApiGuard>(), app.Services.GetRequiredService<DataStore>());

        await app.StartAsync(cancellationToken);

        string baseUrl = BoundAddress(app);
        app.Services.GetRequiredService<ServerAddress>().BaseUrl = baseUrl;
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
