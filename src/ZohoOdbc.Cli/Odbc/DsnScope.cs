namespace ZohoOdbc.Cli.Odbc;

/// <summary>Where a DSN lives: the user's data sources, or the machine's (shared by every user; needs root or an administrator).</summary>
internal enum DsnScope { User, System }

internal static class DsnScopes
{
    public static ushort ConfigMode(this DsnScope scope) => scope == DsnScope.System ? OdbcInstallerLibrary.SystemDsn : OdbcInstallerLibrary.UserDsn;

    public static string Label(this DsnScope scope) => scope == DsnScope.System ? "system DSN" : "user DSN";

    /// <summary>Where the driver manager keeps DSNs of the scope, for messages (unixODBC honours ODBCINI and ODBCSYSINI).</summary>
    public static string Location(this DsnScope scope)
    {
        if (OperatingSystem.IsWindows())
            return scope == DsnScope.System ? @"HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI" : @"HKEY_CURRENT_USER\Software\ODBC\ODBC.INI";
        if (scope == DsnScope.System)
            return Path.Combine(Environment.GetEnvironmentVariable("ODBCSYSINI") is { Length: > 0 } sys ? sys : "/etc", "odbc.ini");
        return Environment.GetEnvironmentVariable("ODBCINI") is { Length: > 0 } user
            ? user
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".odbc.ini");
    }

    public static bool TryParse(string? text, out DsnScope scope)
    {
        scope = DsnScope.User;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "user":
                return true;
            case "system":
                scope = DsnScope.System;
                return true;
            default:
                return false;
        }
    }
}
