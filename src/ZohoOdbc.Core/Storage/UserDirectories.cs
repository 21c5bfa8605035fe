namespace ZohoOdbc.Core.Storage;

/// <summary>
/// Where the driver keeps files of the user running it: a configuration directory (the key file) and a
/// cache directory (token store, governor, cache databases). Environment variables move them, for service
/// accounts such as a Power BI gateway and for tests: ZOHOODBC_CONFIG_DIR and ZOHOODBC_CACHE_DIR.
/// </summary>
public static class UserDirectories
{
    public const string ConfigVariable = "ZOHOODBC_CONFIG_DIR";
    public const string CacheVariable = "ZOHOODBC_CACHE_DIR";

    /// <summary>Linux ~/.config/zohoodbc, macOS ~/Library/Application Support/ZohoOdbc, Windows %LOCALAPPDATA%\ZohoOdbc; null without a home directory.</summary>
    public static string? Config =>
        FromEnvironment(ConfigVariable)
        ?? (OperatingSystem.IsWindows() ? Under(Environment.SpecialFolder.LocalApplicationData, "ZohoOdbc")
            : OperatingSystem.IsMacOS() ? Under(Environment.SpecialFolder.ApplicationData, "ZohoOdbc")
            : Xdg("XDG_CONFIG_HOME", ".config"));

    /// <summary>Linux ~/.cache/zohoodbc, macOS ~/Library/Caches/ZohoOdbc, Windows %LOCALAPPDATA%\ZohoOdbc\Cache; null without a home directory.</summary>
    public static string? Cache =>
        FromEnvironment(CacheVariable)
        ?? (OperatingSystem.IsWindows() ? Combine(Under(Environment.SpecialFolder.LocalApplicationData, "ZohoOdbc"), "Cache")
            : OperatingSystem.IsMacOS() ? Combine(Home, "Library", "Caches", "ZohoOdbc")
            : Xdg("XDG_CACHE_HOME", ".cache"));

    private static string? Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null;

    private static string? FromEnvironment(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path && Path.IsPathFullyQualified(path) ? path : null;

    private static string? Xdg(string variable, string fallbackUnderHome) =>
        FromEnvironment(variable) is { } root ? Path.Combine(root, "zohoodbc") : Combine(Home, fallbackUnderHome, "zohoodbc");

    private static string? Under(Environment.SpecialFolder folder, string name) =>
        Environment.GetFolderPath(folder) is { Length: > 0 } root ? Path.Combine(root, name) : null;

    private static string? Combine(string? root, params string[] parts) => root is null ? null : Path.Combine([root, .. parts]);
}
