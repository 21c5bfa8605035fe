namespace ZohoOdbc.Driver.Handles;

/// <summary>What the driver says about itself in messages and SQLGetInfo.</summary>
internal static class DriverIdentity
{
    public const string Vendor = "[ZohoOdbc]";
    public const string OdbcVersion = "03.80";
    public const string Version = "00.01.0000";

    public static string FileName =>
        OperatingSystem.IsWindows() ? "libzohoodbc.dll" : OperatingSystem.IsMacOS() ? "libzohoodbc.dylib" : "libzohoodbc.so";
}
