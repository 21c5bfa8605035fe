using System.Runtime.InteropServices;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Driver.Tests.Harness;

/// <summary>
/// One emulator and one private unixODBC configuration (odbcinst.ini + odbc.ini in a temp folder,
/// selected with ODBCSYSINI/ODBCINI) shared by all end-to-end tests. The user's own ini files are untouched.
/// </summary>
public sealed partial class OdbcFixture : IDisposable
{
    public const string DriverName = "ZohoOdbcTest";
    public const string Dsn = "ZohoTest";
    public const string RefusedGrantDsn = "ZohoRefusedGrant";

    private readonly string _dir;

    public OdbcFixture()
    {
        DriverPath = RepoPaths.Driver;
        Emulator = EmulatorProcess.Start();
        _dir = Directory.CreateTempSubdirectory("zohoodbc-e2e-").FullName;

        File.WriteAllText(Path.Combine(_dir, "odbcinst.ini"),
            $"[{DriverName}]\nDescription=ZohoOdbc under test\nDriver={DriverPath}\nThreading=0\nDontDLClose=1\n");
        File.WriteAllText(Path.Combine(_dir, "odbc.ini"),
            DsnSection(Dsn, EmulatorCredentials.RefreshToken) +
            DsnSection(RefusedGrantDsn, "1000.this-grant-was-revoked"));

        Environment = new Dictionary<string, string>
        {
            ["ODBCSYSINI"] = _dir,
            ["ODBCINI"] = Path.Combine(_dir, "odbc.ini"),
        };
        // The in-process P/Invoke client reads the native environment, which Environment.SetEnvironmentVariable does not change.
        foreach (var (k, v) in Environment) _ = setenv(k, v, 1);
    }

    public string DriverPath { get; }
    public EmulatorProcess Emulator { get; }

    /// <summary>Variables that point a child client at this fixture's ini files.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>
    /// The request budget and the governor's state folder of every test connection: the tests are not
    /// about rate limits, so the budget does not throttle them, and they share no state with the user's.
    /// </summary>
    public string GovernorSettings => $"RequestsPerMinute=100000;CachePath={Path.Combine(_dir, "cache")}";

    /// <summary>A DSN-less connection string to the emulator with the emulator's grant.</summary>
    public string ConnectionString(string? refreshToken = null) =>
        $"DRIVER={{{DriverName}}};AccountsUrl={Emulator.Url};ClientId={EmulatorCredentials.ClientId};" +
        $"ClientSecret={EmulatorCredentials.ClientSecret};RefreshToken={refreshToken ?? EmulatorCredentials.RefreshToken};{GovernorSettings}";

    private string DsnSection(string name, string refreshToken) =>
        $"[{name}]\nDriver={DriverName}\nProduct=Books\nAccountsUrl={Emulator.Url}\n" +
        $"ClientId={EmulatorCredentials.ClientId}\nClientSecret={EmulatorCredentials.ClientSecret}\nRefreshToken={refreshToken}\n" +
        $"RequestsPerMinute=100000\nCachePath={Path.Combine(_dir, "cache")}\n\n";

    public void Dispose()
    {
        Emulator.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}

[CollectionDefinition("odbc")]
public sealed class OdbcCollection : ICollectionFixture<OdbcFixture>;
