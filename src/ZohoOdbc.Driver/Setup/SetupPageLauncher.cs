using System.Diagnostics;

namespace ZohoOdbc.Driver.Setup;

/// <summary>
/// ConfigDSN with a window: runs <c>zoho-odbc setup</c> (installed beside the driver library) and waits for it, so
/// the administrator's dialog stays modal while the user works in the setup page. The DSN name, the scope of the
/// caller's config mode and the non-secret attributes prefill the page.
/// </summary>
internal static class SetupPageLauncher
{
    private static readonly (string Attribute, string Option)[] Prefill =
    [
        ("Description", "--description"), ("Product", "--product"), ("Region", "--region"), ("ClientId", "--client-id"),
        ("AccountsUrl", "--accounts-url"), ("ApiUrl", "--api-url"), ("CacheMode", "--cache-mode"), ("CacheTtl", "--cache-ttl"),
        ("CachePath", "--cache-path"),
    ];

    public static int Run(string driver, string? dsn, IReadOnlyDictionary<string, string> attributes)
    {
        if (FindTool(driver) is not { } tool)
            return DsnSetup.Fail(InstallerErrorCodes.RequestFailed,
                $"zoho-odbc was not found beside the driver '{driver}': reinstall ZohoOdbc, or run zoho-odbc setup yourself.");

        var start = new ProcessStartInfo(tool) { UseShellExecute = false, CreateNoWindow = true };
        start.ArgumentList.Add("setup");
        start.ArgumentList.Add("--driver");
        start.ArgumentList.Add(driver);
        if (dsn is not null)
        {
            start.ArgumentList.Add("--dsn");
            start.ArgumentList.Add(dsn);
        }
        start.ArgumentList.Add(InstallerFunctions.ConfigMode() == InstallerFunctions.SystemDsn ? "--system" : "--user");
        foreach (var (attribute, option) in Prefill)
        {
            if (!attributes.TryGetValue(attribute, out var value) || value.Length == 0) continue;
            start.ArgumentList.Add(option);
            start.ArgumentList.Add(value);
        }

        using var process = Process.Start(start);
        if (process is null) return DsnSetup.Fail(InstallerErrorCodes.RequestFailed, $"{tool} could not be started.");
        process.WaitForExit();
        return process.ExitCode == 0 ? 1 : DsnSetup.Fail(InstallerErrorCodes.UserCanceled, "The setup page ended without saving the data source.");
    }

    /// <summary>zoho-odbc(.exe) in the folder of the library registered as the driver's Setup (or Driver).</summary>
    private static string? FindTool(string driver)
    {
        var library = InstallerFunctions.GetPrivateProfileString(driver, "Setup", "odbcinst.ini")
            ?? InstallerFunctions.GetPrivateProfileString(driver, "Driver", "odbcinst.ini");
        if (library is null || Path.GetDirectoryName(library) is not { Length: > 0 } folder) return null;
        var tool = Path.Combine(folder, OperatingSystem.IsWindows() ? "zoho-odbc.exe" : "zoho-odbc");
        return File.Exists(tool) ? tool : null;
    }
}
