namespace ZohoOdbc.Cli.Odbc;

/// <summary>
/// Reads, writes and removes DSNs through the driver manager's installer library (SQLWriteDSNToIni,
/// SQLWritePrivateProfileString under SQLSetConfigMode), so they land where every ODBC program looks.
/// Writing a DSN replaces it whole: keys of an earlier version (a secret in clear, say) do not survive.
/// </summary>
internal static class DataSources
{
    private const string OdbcIni = "odbc.ini";
    private const string OdbcInstIni = "odbcinst.ini";
    private static readonly Lock Gate = new();

    /// <summary>The DSN's own keys besides the driver keywords that the tool reads back.</summary>
    public static readonly IReadOnlyList<string> DescriptiveKeys = ["Driver", "Description"];

    public static void Write(DataSourceDefinition dataSource, DsnScope scope)
    {
        if (DataSourceDefinition.NameProblem(dataSource.Name) is { } problem) throw new OdbcInstallerException(problem);
        if (dataSource.Values.FirstOrDefault(v => DataSourceDefinition.SecretKeywords.Contains(v.Key)) is { Key: { } secret })
            throw new InvalidOperationException($"{secret} is a secret and must not be written to a DSN.");

        InScope(scope, () =>
        {
            // SQLWriteDSNToIni removes an existing section of that name first, then writes Driver=.
            if (!OdbcInstallerLibrary.WriteDsnToIni(dataSource.Name, dataSource.Driver)) throw Failure($"write the DSN '{dataSource.Name}'", scope);
            foreach (var (key, value) in dataSource.Values)
            {
                if (!OdbcInstallerLibrary.WritePrivateProfileString(dataSource.Name, key, value, OdbcIni))
                    throw Failure($"write {key} of the DSN '{dataSource.Name}'", scope);
            }
            return 0;
        });
    }

    /// <summary>True when the DSN existed in <paramref name="scope"/> and was removed.</summary>
    public static bool Remove(string name, DsnScope scope) => InScope(scope, () =>
    {
        if (!Exists(name)) return false;
        if (!OdbcInstallerLibrary.RemoveDsnFromIni(name)) throw Failure($"remove the DSN '{name}'", scope);
        return true;
    });

    /// <summary>The DSN's scope (user first, as the driver manager looks) and its values; null when no scope has it.</summary>
    public static StoredDataSource? Find(string name, IEnumerable<string> keys)
    {
        foreach (var scope in new[] { DsnScope.User, DsnScope.System })
        {
            var found = InScope(scope, () =>
            {
                if (!Exists(name)) return null;
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var key in DescriptiveKeys.Concat(keys))
                {
                    var value = OdbcInstallerLibrary.GetPrivateProfileString(name, key, OdbcIni);
                    if (value.Length > 0) values[key] = value;
                }
                return new StoredDataSource(name, scope, values);
            });
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>The names of the drivers registered with the driver manager.</summary>
    public static IReadOnlyList<string> InstalledDrivers() => OdbcInstallerLibrary.InstalledDrivers();

    /// <summary>The library a registered driver points at (its Driver= value in odbcinst.ini), or null.</summary>
    public static string? DriverLibrary(string driver) =>
        OdbcInstallerLibrary.GetPrivateProfileString(driver, "Driver", OdbcInstIni) is { Length: > 0 } path ? path : null;

    private static bool Exists(string name) => OdbcInstallerLibrary.GetPrivateProfileString(name, "Driver", OdbcIni).Length > 0;

    /// <summary>Runs <paramref name="work"/> with the installer's config mode set to the scope (a process-wide setting, so serialized).</summary>
    private static T InScope<T>(DsnScope scope, Func<T> work)
    {
        lock (Gate)
        {
            OdbcInstallerLibrary.Errors(); // Drops stale records so a failure reports its own.
            if (!OdbcInstallerLibrary.SetConfigMode(scope.ConfigMode())) throw Failure($"select the {scope.Label()} scope", scope);
            try
            {
                return work();
            }
            finally
            {
                OdbcInstallerLibrary.SetConfigMode(OdbcInstallerLibrary.BothDsn);
            }
        }
    }

    private static OdbcInstallerException Failure(string action, DsnScope scope)
    {
        var reasons = OdbcInstallerLibrary.Errors();
        var why = reasons.Count > 0 ? string.Join("; ", reasons) : "the installer library gave no reason";
        var hint = scope == DsnScope.System && !Environment.IsPrivilegedProcess
            ? OperatingSystem.IsWindows()
                ? " A system DSN needs an administrator: run zoho-odbc elevated, or save a user DSN."
                : $" A system DSN is written to {scope.Location()}, which needs root: run the command with sudo, or save a user DSN."
            : $" Check that {scope.Location()} can be written.";
        return new OdbcInstallerException($"Could not {action} ({why}).{hint}");
    }
}

/// <summary>A DSN found by <see cref="DataSources.Find"/>: where it lives and its values (Driver, Description and keywords).</summary>
internal sealed record StoredDataSource(string Name, DsnScope Scope, IReadOnlyDictionary<string, string> Values)
{
    public string? Driver => Values.GetValueOrDefault("Driver");
}
