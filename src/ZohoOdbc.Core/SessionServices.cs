using System.Collections.Concurrent;
using ZohoOdbc.Core.Security;
using ZohoOdbc.Core.Storage;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Auth;
using ZohoOdbc.Core.Zoho.Governor;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core;

/// <summary>
/// What the sessions of a process share: the HTTP client, circuit breakers, token brokers over the user's token
/// store, governor stores, the clock and the data centres. Production sessions use <see cref="Process"/>;
/// tests build their own (an in-process Zoho, temporary directories, short delays). A store that cannot be
/// opened (no home directory, a read-only disk, a key file others can read) is replaced by one in memory,
/// shared by this process only, and the reason is logged by every session: the driver keeps working.
/// </summary>
internal sealed class SessionServices : IDisposable
{
    private readonly Lazy<(TokenBrokers Brokers, string? Warning)> tokens;
    private readonly ConcurrentDictionary<string, Lazy<(GovernorStore Store, string? Warning)>> governors = new(StringComparer.Ordinal);
    private readonly Lazy<GovernorStore> memoryGovernor;
    private readonly HttpClient? ownedHttp;

    public SessionServices(HttpClient http, TimeProvider clock, DataCentres dataCentres, RetrySettings retry,
        string? configDirectory, string? cacheDirectory, bool ownsHttp = false)
    {
        Http = http;
        Clock = clock;
        DataCentres = dataCentres;
        Retry = retry;
        ConfigDirectory = configDirectory;
        CacheDirectory = cacheDirectory;
        ownedHttp = ownsHttp ? http : null;
        tokens = new(() => OpenTokenStore(configDirectory, clock));
        memoryGovernor = new(() => GovernorStore.OpenInMemory(clock));
    }

    /// <summary>The services of production sessions: the process-wide HTTP client, the user's directories, Zoho's data centres.</summary>
    public static SessionServices Process { get; } = new(SharedHttpClient.Instance, TimeProvider.System, DataCentres.Zoho, RetrySettings.Default,
        UserDirectories.Config, UserDirectories.Cache);

    public HttpClient Http { get; }
    public TimeProvider Clock { get; }
    public DataCentres DataCentres { get; }
    public RetrySettings Retry { get; }
    public CircuitBreakers Breakers { get; init; } = new();

    /// <summary>Where tokens.db and the key file live; null: tokens are shared within the process only.</summary>
    public string? ConfigDirectory { get; }

    /// <summary>Where governor.db lives unless CachePath says otherwise; null: the governor counts this process only.</summary>
    public string? CacheDirectory { get; }

    /// <summary>Replaces the Timeout setting (seconds) with a finer value, for tests that inject hanging answers.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>The token brokers and, when the user's token store could not be used, why.</summary>
    public (TokenBrokers Brokers, string? Warning) Tokens => tokens.Value;

    /// <summary>The governor store in <paramref name="cachePath"/> (CachePath) or the default cache directory.</summary>
    public (GovernorStore Store, string? Warning) Governor(string? cachePath)
    {
        var directory = cachePath ?? CacheDirectory;
        if (directory is null) return (memoryGovernor.Value, "no cache directory (no home directory): the governor counts the calls of this process only");
        var path = Path.GetFullPath(Path.Combine(directory, GovernorStore.FileName));
        var opened = governors.GetOrAdd(path, p => new(() =>
        {
            try
            {
                return (GovernorStore.OpenFile(p, Clock), null);
            }
            catch (Exception e) when (IsStorageFailure(e))
            {
                return (memoryGovernor.Value, $"cannot use {p} ({e.Message}): the governor counts the calls of this process only");
            }
        })).Value;
        return opened;
    }

    private static (TokenBrokers, string?) OpenTokenStore(string? directory, TimeProvider clock)
    {
        if (directory is null)
            return (new TokenBrokers(MachineTokenStore.OpenInMemory(clock), clock), "no configuration directory (no home directory): tokens are shared within this process only");
        var path = Path.Combine(directory, MachineTokenStore.FileName);
        try
        {
            var key = KeyFile.LoadOrCreate(Path.Combine(directory, KeyFile.FileName));
            return (new TokenBrokers(MachineTokenStore.OpenFile(path, key, clock), clock), null);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            return (new TokenBrokers(MachineTokenStore.OpenInMemory(clock), clock), $"cannot use the token store {path} ({e.Message}): tokens are shared within this process only");
        }
    }

    private static bool IsStorageFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or ZohoOdbcException
            or System.Security.Cryptography.CryptographicException or NotSupportedException or ArgumentException;

    /// <summary>Closes what these services opened (never called on <see cref="Process"/>).</summary>
    public void Dispose()
    {
        ownedHttp?.Dispose();
        if (tokens.IsValueCreated) tokens.Value.Brokers.Store.Dispose();
        foreach (var governor in governors.Values.Where(g => g.IsValueCreated)) governor.Value.Store.Dispose();
        if (memoryGovernor.IsValueCreated) memoryGovernor.Value.Dispose();
    }
}
