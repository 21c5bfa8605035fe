namespace ZohoOdbc.Driver.Tests.Harness;

/// <summary>Where the published driver and the real clients are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The published NativeAOT driver: ZOHOODBC_DRIVER, else artifacts/driver/libzohoodbc.so.</summary>
    public static string Driver
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("ZOHOODBC_DRIVER") is { Length: > 0 } p
                ? Path.GetFullPath(p)
                : Path.Combine(Root, "artifacts", "driver", "libzohoodbc.so");
            if (!File.Exists(path))
                throw new InvalidOperationException($"The driver is not published at {path}: run ./build.sh publish first.");
            return path;
        }
    }

    public static string PyodbcClient => Path.Combine(Root, "tests", "clients", "pyodbc_client.py");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ZohoOdbc.sln"))) return dir.FullName;
        throw new InvalidOperationException("ZohoOdbc.sln not found above " + AppContext.BaseDirectory);
    }
}
