using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Connection;

/// <summary>
/// Reads DSN values through the driver manager's installer library (odbc.ini on unixODBC and
/// iODBC, the registry on Windows), as every ODBC driver does.
/// </summary>
internal static unsafe partial class OdbcInstaller
{
    private const int ValueCapacity = 4096;

    /// <summary>The value of <paramref name="key"/> in DSN <paramref name="dataSource"/>, or null when it is not set.</summary>
    public static string? ReadValue(string dataSource, string key)
    {
        string value;
        if (OperatingSystem.IsWindows())
        {
            var buffer = stackalloc char[ValueCapacity];
            var length = GetPrivateProfileStringWindows(dataSource, key, "", buffer, ValueCapacity, "odbc.ini");
            value = new string(buffer, 0, Math.Clamp(length, 0, ValueCapacity - 1));
        }
        else
        {
            var buffer = stackalloc byte[ValueCapacity];
            var length = OperatingSystem.IsMacOS()
                ? GetPrivateProfileStringIodbc(dataSource, key, "", buffer, ValueCapacity, "odbc.ini")
                : GetPrivateProfileStringUnixOdbc(dataSource, key, "", buffer, ValueCapacity, "odbc.ini");
            value = System.Text.Encoding.UTF8.GetString(buffer, Math.Clamp(length, 0, ValueCapacity - 1));
        }
        return value.Length == 0 ? null : value;
    }

    [LibraryImport("libodbcinst.so.2", EntryPoint = "SQLGetPrivateProfileString", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int GetPrivateProfileStringUnixOdbc(string section, string entry, string defaultValue, byte* buffer, int bufferSize, string fileName);

    [LibraryImport("libiodbcinst.2.dylib", EntryPoint = "SQLGetPrivateProfileString", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int GetPrivateProfileStringIodbc(string section, string entry, string defaultValue, byte* buffer, int bufferSize, string fileName);

    [LibraryImport("odbccp32.dll", EntryPoint = "SQLGetPrivateProfileStringW", StringMarshalling = StringMarshalling.Utf16)]
    private static partial int GetPrivateProfileStringWindows(string section, string entry, string defaultValue, char* buffer, int bufferSize, string fileName);
}
