using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace ZohoOdbc.Cli.Odbc;

/// <summary>
/// The driver manager's installer library: libodbcinst (unixODBC) on Linux, libiodbcinst (iODBC) on macOS,
/// odbccp32 on Windows. Every DSN the tool writes goes through it, so it lands where the driver manager
/// reads it (odbc.ini, or the registry) and in the scope the config mode names. Narrow strings are UTF-8
/// off Windows; Windows gets the W functions.
/// </summary>
internal static unsafe partial class OdbcInstallerLibrary
{
    private const string Library = "odbcinst";

    /// <summary>ODBC_BOTH_DSN, ODBC_USER_DSN, ODBC_SYSTEM_DSN of odbcinst.h.</summary>
    public const ushort BothDsn = 0, UserDsn = 1, SystemDsn = 2;

    static OdbcInstallerLibrary() => NativeLibrary.SetDllImportResolver(typeof(OdbcInstallerLibrary).Assembly, Resolve);

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library) return 0;
        string[] candidates = OperatingSystem.IsWindows() ? ["odbccp32.dll"]
            : OperatingSystem.IsMacOS() ? ["libiodbcinst.2.dylib", "libodbcinst.2.dylib"]
            : ["libodbcinst.so.2", "libodbcinst.so.1", "libodbcinst.so"];
        foreach (var candidate in candidates)
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle)) return handle;
        throw new DllNotFoundException(OperatingSystem.IsWindows()
            ? "odbccp32.dll (the ODBC installer library) was not found."
            : "The ODBC installer library (libodbcinst.so.2) was not found: install unixODBC (apt-get install unixodbc odbcinst).");
    }

    public static bool SetConfigMode(ushort mode) => SQLSetConfigMode(mode) != 0;

    public static bool WriteDsnToIni(string dsn, string driver) =>
        OperatingSystem.IsWindows() ? SQLWriteDSNToIniW(dsn, driver) != 0 : SQLWriteDSNToIni(dsn, driver) != 0;

    public static bool RemoveDsnFromIni(string dsn) =>
        OperatingSystem.IsWindows() ? SQLRemoveDSNFromIniW(dsn) != 0 : SQLRemoveDSNFromIni(dsn) != 0;

    public static bool WritePrivateProfileString(string section, string key, string? value, string file) =>
        OperatingSystem.IsWindows() ? SQLWritePrivateProfileStringW(section, key, value, file) != 0 : SQLWritePrivateProfileString(section, key, value, file) != 0;

    /// <summary>The value, or "" when the key (or section) is absent.</summary>
    public static string GetPrivateProfileString(string section, string? key, string file)
    {
        const int capacity = 32 * 1024;
        if (OperatingSystem.IsWindows())
        {
            var wide = new char[capacity];
            fixed (char* buffer = wide)
            {
                var length = SQLGetPrivateProfileStringW(section, key, "", buffer, capacity, file);
                return new string(buffer, 0, Math.Clamp(length, 0, capacity - 1));
            }
        }
        var narrow = new byte[capacity];
        fixed (byte* buffer = narrow)
        {
            var length = SQLGetPrivateProfileString(section, key, "", buffer, capacity, file);
            // With a null key the answer is a list of NUL-separated names; keep the separators.
            return Encoding.UTF8.GetString(buffer, Math.Clamp(length, 0, capacity - 1));
        }
    }

    /// <summary>The names of the registered drivers.</summary>
    public static IReadOnlyList<string> InstalledDrivers()
    {
        const int capacity = 32 * 1024;
        ushort length;
        string list;
        if (OperatingSystem.IsWindows())
        {
            var wide = new char[capacity];
            fixed (char* buffer = wide)
            {
                if (SQLGetInstalledDriversW(buffer, capacity - 1, &length) == 0) return [];
                list = new string(buffer, 0, Math.Min((int)length, capacity - 1));
            }
        }
        else
        {
            var narrow = new byte[capacity];
            fixed (byte* buffer = narrow)
            {
                if (SQLGetInstalledDrivers(buffer, capacity - 1, &length) == 0) return [];
                list = Encoding.UTF8.GetString(buffer, Math.Min((int)length, capacity - 1));
            }
        }
        return list.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The installer's error messages since the last call (SQLInstallerError records 1..8).</summary>
    public static IReadOnlyList<string> Errors()
    {
        const int capacity = 512;
        var messages = new List<string>();
        var wide = stackalloc char[capacity];
        var narrow = stackalloc byte[capacity];
        for (ushort record = 1; record <= 8; record++)
        {
            uint code;
            ushort length;
            var result = OperatingSystem.IsWindows()
                ? SQLInstallerErrorW(record, &code, wide, capacity - 1, &length)
                : SQLInstallerError(record, &code, narrow, capacity - 1, &length);
            if (result is not (0 or 1)) break;
            var message = OperatingSystem.IsWindows()
                ? new string(wide, 0, Math.Min((int)length, capacity - 1))
                : Encoding.UTF8.GetString(narrow, Math.Min((int)length, capacity - 1));
            messages.Add(message.Length > 0 ? message : $"installer error {code}");
        }
        return messages;
    }

    [LibraryImport(Library)]
    private static partial int SQLSetConfigMode(ushort mode);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SQLWriteDSNToIni(string dsn, string driver);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf16)]
    private static partial int SQLWriteDSNToIniW(string dsn, string driver);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SQLRemoveDSNFromIni(string dsn);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf16)]
    private static partial int SQLRemoveDSNFromIniW(string dsn);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SQLWritePrivateProfileString(string section, string key, string? value, string file);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf16)]
    private static partial int SQLWritePrivateProfileStringW(string section, string key, string? value, string file);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SQLGetPrivateProfileString(string section, string? key, string defaultValue, byte* buffer, int capacity, string file);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf16)]
    private static partial int SQLGetPrivateProfileStringW(string section, string? key, string defaultValue, char* buffer, int capacity, string file);

    [LibraryImport(Library)]
    private static partial int SQLGetInstalledDrivers(byte* buffer, ushort capacity, ushort* length);

    [LibraryImport(Library)]
    private static partial int SQLGetInstalledDriversW(char* buffer, ushort capacity, ushort* length);

    [LibraryImport(Library)]
    private static partial short SQLInstallerError(ushort record, uint* code, byte* message, ushort capacity, ushort* length);

    [LibraryImport(Library)]
    private static partial short SQLInstallerErrorW(ushort record, uint* code, char* message, ushort capacity, ushort* length);
}
