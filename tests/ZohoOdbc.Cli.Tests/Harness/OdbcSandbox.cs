namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>
/// A private unixODBC configuration and home directory: the driver registered in sys/odbcinst.ini, empty user and
/// system odbc.ini files, and private configuration (token store, key file) and cache directories. Child processes get
/// it through <see cref="Environment"/>; the user's own files are never touched.
/// </summary>
public sealed class OdbcSandbox : IDisposable
{
    public const string DriverName = "ZohoOdbcTest";

    public OdbcSandbox()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("zohoodbc-cli-").FullName;
        foreach (var sub in new[] { "sys", "user", "home", "config", "cache" }) System.IO.Directory.CreateDirectory(Path.Combine(Directory, sub));
        var driver = RepoPaths.Driver;
        File.WriteAllText(Path.Combine(Directory, "sys", "odbcinst.ini"),
            $"[{DriverName}]\nDescription=ZohoOdbc under test\nDriver={driver}\nSetup={driver}\nThreading=0\nDontDLClose=1\n\n");
        File.WriteAllText(SystemOdbcIni, "");
        File.WriteAllText(UserOdbcIni, "");
        Environment = new Dictionary<string, string>
        {
            ["ODBCSYSINI"] = Path.Combine(Directory, "sys"),
            ["ODBCINI"] = UserOdbcIni,
            ["HOME"] = Path.Combine(Directory, "home"),
            ["ZOHOODBC_CONFIG_DIR"] = ConfigDirectory,
            ["ZOHOODBC_CACHE_DIR"] = Path.Combine(Directory, "cache"),
        };
    }

    public string Directory { get; }

    public string UserOdbcIni => Path.Combine(Directory, "user", "odbc.ini");

    public string SystemOdbcIni => Path.Combine(Directory, "sys", "odbc.ini");

    /// <summary>Where the key file and the encrypted token store are.</summary>
    public string ConfigDirectory => Path.Combine(Directory, "config");

    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
