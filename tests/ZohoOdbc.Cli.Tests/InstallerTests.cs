using System.Text.RegularExpressions;
using ZohoOdbc.Cli.Tests.Harness;

namespace ZohoOdbc.Cli.Tests;

/// <summary>
/// installer/linux: install.sh registers the driver with unixODBC once however often it runs (user scope and system
/// scope through the DRIVERS file), uninstall.sh removes it, and the release tarball installs from where it is unpacked.
/// </summary>
public sealed partial class InstallerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("zohoodbc-install-").FullName;
    private readonly string payload;
    private readonly Dictionary<string, string> environment;

    public InstallerTests()
    {
        payload = Path.Combine(root, "payload");
        Directory.CreateDirectory(payload);
        var driver = RepoPaths.Driver;
        File.Copy(driver, Path.Combine(payload, "libzohoodbc.so"));
        File.Copy(Path.Combine(Path.GetDirectoryName(driver)!, "libe_sqlite3.so"), Path.Combine(payload, "libe_sqlite3.so"));
        File.Copy(RepoPaths.Cli, Path.Combine(payload, "zoho-odbc"));
        foreach (var sub in new[] { "home", "sys" }) Directory.CreateDirectory(Path.Combine(root, sub));
        environment = new()
        {
            ["HOME"] = Path.Combine(root, "home"),
            ["ODBCSYSINI"] = Path.Combine(root, "sys"),
            ["ODBCINI"] = Path.Combine(root, "home", ".odbc.ini"),
        };
    }

    private ProcessResult Script(string script, params string[] args)
    {
        var result = ChildProcess.Run(Path.Combine(RepoPaths.Installer, script), args, environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static int Sections(string file, string name) =>
        File.Exists(file) ? File.ReadAllLines(file).Count(l => l.Trim().Equals($"[{name}]", StringComparison.OrdinalIgnoreCase)) : 0;

    /// <summary>The drivers unixODBC itself lists.</summary>
    private string[] RegisteredDrivers() =>
        ChildProcess.Run("odbcinst", ["-q", "-d"], environment).StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void User_install_twice_leaves_one_registration_and_uninstall_removes_it()
    {
        var userIni = Path.Combine(root, "home", ".odbcinst.ini");
        Script("install.sh", "--from", payload);
        Script("install.sh", "--from", payload);
        Assert.Equal(1, Sections(userIni, "ZohoOdbc"));
        Assert.Single(RegisteredDrivers(), "[ZohoOdbc]");
        var libdir = Path.Combine(root, "home", ".local", "lib", "zohoodbc");
        Assert.Contains($"Driver={libdir}/libzohoodbc.so", File.ReadAllText(userIni));
        Assert.Contains($"Setup={libdir}/libzohoodbc.so", File.ReadAllText(userIni));

        // The command is linked into ~/.local/bin and runs from there (SQLite found beside its real path).
        var command = Path.Combine(root, "home", ".local", "bin", "zoho-odbc");
        var version = ChildProcess.Run(command, ["version"], environment);
        Assert.True(version.ExitCode == 0, version.ToString());

        Script("uninstall.sh");
        Assert.Equal(0, Sections(userIni, "ZohoOdbc"));
        Assert.DoesNotContain("[ZohoOdbc]", RegisteredDrivers());
        Assert.False(Directory.Exists(libdir));
        Assert.False(File.Exists(command));
    }

    [Fact]
    public void System_install_registers_in_the_drivers_file_odbcinst_names()
    {
        var drivers = ChildProcess.Run("odbcinst", ["-j"], environment).StdOut;
        var driversFile = DriversLine().Match(drivers).Groups[1].Value.Trim();
        Assert.Equal(Path.Combine(root, "sys", "odbcinst.ini"), driversFile);

        var prefix = Path.Combine(root, "usr-local");
        Script("install.sh", "--from", payload, "--system", "--prefix", prefix, "--name", "ZohoOdbcSystem");
        Script("install.sh", "--from", payload, "--system", "--prefix", prefix, "--name", "ZohoOdbcSystem");
        Assert.Equal(1, Sections(driversFile, "ZohoOdbcSystem"));
        Assert.Single(RegisteredDrivers(), "[ZohoOdbcSystem]");
        Assert.True(File.Exists(Path.Combine(prefix, "lib", "zohoodbc", "libzohoodbc.so")));

        Script("uninstall.sh", "--system", "--prefix", prefix, "--name", "ZohoOdbcSystem");
        Assert.Equal(0, Sections(driversFile, "ZohoOdbcSystem"));
        Assert.False(Directory.Exists(Path.Combine(prefix, "lib", "zohoodbc")));
    }

    [Fact]
    public void The_tarball_unpacks_into_one_folder_that_installs_itself()
    {
        var output = Path.Combine(root, "dist");
        var made = Script("make-tarball.sh", "--from", payload, "--out", output, "--version", "9.9.9");
        var tarball = made.StdOut.Trim().Split('\n')[^1];
        Assert.Equal(Path.Combine(output, "zohoodbc-9.9.9-linux-x64.tar.gz"), tarball);

        var listing = ChildProcess.Run("tar", ["-tzf", tarball], environment).StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var entry in new[] { "install.sh", "uninstall.sh", "ini-section.sh", "odbcinst.ini.sample", "SETUP.md",
                     "driver/libzohoodbc.so", "driver/libe_sqlite3.so", "driver/zoho-odbc" })
            Assert.Contains($"zohoodbc-9.9.9-linux-x64/{entry}", listing);

        var unpacked = Path.Combine(root, "unpacked");
        Directory.CreateDirectory(unpacked);
        Assert.Equal(0, ChildProcess.Run("tar", ["-xzf", tarball, "-C", unpacked], environment).ExitCode);
        var folder = Path.Combine(unpacked, "zohoodbc-9.9.9-linux-x64");
        var install = ChildProcess.Run(Path.Combine(folder, "install.sh"), [], environment);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Single(RegisteredDrivers(), "[ZohoOdbc]");
        Assert.Equal(0, ChildProcess.Run(Path.Combine(folder, "uninstall.sh"), [], environment).ExitCode);
        Assert.DoesNotContain("[ZohoOdbc]", RegisteredDrivers());
    }

    [Fact]
    public void The_sample_registration_matches_what_install_writes()
    {
        Script("install.sh", "--from", payload);
        static IEnumerable<string> Keys(IEnumerable<string> lines) =>
            lines.Select(l => l.Trim()).TakeWhile(l => l.Length > 0).Where(l => l.Contains('=') && !l.StartsWith(';')).Select(l => l[..l.IndexOf('=')]);
        var written = Keys(File.ReadAllLines(Path.Combine(root, "home", ".odbcinst.ini")).Skip(1));
        var sample = Keys(File.ReadAllLines(Path.Combine(RepoPaths.Root, "odbcinst.ini.sample"))
            .SkipWhile(l => l.Trim() != "[ZohoOdbc]").Skip(1).Where(l => !l.TrimStart().StartsWith(';')));
        Assert.Equal(written, sample);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"DRIVERS\.*:\s*(.+)")]
    private static partial Regex DriversLine();
}
