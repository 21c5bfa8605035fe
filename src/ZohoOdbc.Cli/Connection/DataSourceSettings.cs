using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Cli.Setup;
using ZohoOdbc.Core;

namespace ZohoOdbc.Cli.Connection;

/// <summary>Reads a DSN through the driver manager and turns it into connection settings, as the driver does on SQLConnect.</summary>
internal static class DataSourceSettings
{
    /// <summary>Every keyword the driver reads from a DSN: the connection's and the cache's.</summary>
    public static IReadOnlyList<string> Keywords { get; } = ConnectionSettings.Keywords.Union(Core.Cache.CacheSettings.Keywords, StringComparer.OrdinalIgnoreCase).ToArray();

    public static (StoredDataSource DataSource, ConnectionSettings Settings) Load(string name)
    {
        var found = DataSources.Find(name, Keywords)
            ?? throw new SetupProblemException(new($"There is no data source named '{name}'",
                $"Neither the user data sources ({DsnScope.User.Location()}) nor the system ones ({DsnScope.System.Location()}) have it.",
                $"Create it with: zoho-odbc setup --dsn {name}"));

        var driver = found.Driver ?? "";
        if (!DataSources.InstalledDrivers().Contains(driver, StringComparer.OrdinalIgnoreCase))
            throw new SetupProblemException(new($"The data source '{name}' names the driver '{driver}', which is not registered",
                "ODBC programs could not load it.", "Register the driver (installer/linux/install.sh), or run zoho-odbc setup again with --driver."));
        if (DataSources.DriverLibrary(driver) is { } library && !OperatingSystem.IsWindows() && Path.IsPathRooted(library) && !File.Exists(library))
            throw new SetupProblemException(new($"The driver '{driver}' points at {library}, which does not exist",
                "The driver was moved or uninstalled after it was registered.", "Install it again with installer/linux/install.sh."));

        var values = found.Values.Where(v => ConnectionSettings.Keywords.Contains(v.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        try
        {
            return (found, ConnectionSettings.Parse(values, out _));
        }
        catch (ZohoOdbcException e)
        {
            throw new SetupProblemException(new($"The data source '{name}' has a setting that is not valid", e.Message,
                $"Run zoho-odbc setup --dsn {name} to write it again."), e);
        }
    }
}
