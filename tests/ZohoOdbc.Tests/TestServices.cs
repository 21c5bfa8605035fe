using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Tests;

/// <summary>Session services for tests: an in-process handler, short retry delays, and optional private directories.</summary>
internal static class TestServices
{
    /// <summary>Retries as in production, with delays of milliseconds (server-requested delays still apply).</summary>
    public static readonly RetrySettings Fast = RetrySettings.Default with { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) };

    public static SessionServices For(HttpMessageHandler handler, string? configDirectory = null, string? cacheDirectory = null,
        RetrySettings? retry = null, DataCentres? dataCentres = null, TimeSpan? attemptTimeout = null, CircuitBreakers? breakers = null) =>
        new(new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }, TimeProvider.System,
            dataCentres ?? DataCentres.Zoho, retry ?? Fast, configDirectory, cacheDirectory, ownsHttp: true)
        {
            AttemptTimeout = attemptTimeout,
            Breakers = breakers ?? new CircuitBreakers(),
        };
}

/// <summary>A directory under the system's temp directory, deleted with everything in it at the end of the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string? name = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zohoodbc-tests", (name ?? "t") + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Sub(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process of the test may still hold a file; the temp directory is cleaned by the system.
        }
    }
}
