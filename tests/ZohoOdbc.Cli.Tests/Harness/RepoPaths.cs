namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>Where the published command, the driver and the installer are, and where test artifacts go.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The published NativeAOT command: ZOHOODBC_CLI, else artifacts/driver/zoho-odbc.</summary>
    public static string Cli => Published("ZOHOODBC_CLI", "zoho-odbc");

    /// <summary>The published NativeAOT driver: ZOHOODBC_DRIVER, else artifacts/driver/libzohoodbc.so.</summary>
    public static string Driver => Published("ZOHOODBC_DRIVER", "libzohoodbc.so");

    public static string Installer => Path.Combine(Root, "installer", "linux");

    /// <summary>artifacts/test-results, where the screenshot of the setup page is kept.</summary>
    public static string TestResults
    {
        get
        {
            var path = Path.Combine(Root, "artifacts", "test-results");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string Published(string variable, string file)
    {
        var path = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : Path.Combine(Root, "artifacts", "driver", file);
        if (!File.Exists(path)) throw new InvalidOperationException($"{file} is not published at {path}: run ./build.sh publish first (or set {variable}).");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ZohoOdbc.sln"))) return dir.FullName;
        throw new InvalidOperationException("ZohoOdbc.sln not found above " + AppContext.BaseDirectory);
    }
}
