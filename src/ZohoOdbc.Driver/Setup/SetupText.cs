using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Setup;

/// <summary>
/// NUL-terminated strings of the installer API: narrow ones are UTF-8 off Windows (unixODBC, iODBC) and the ANSI code
/// page on Windows (Marshal's "ANSI" is exactly that split); wide ones UTF-16.
/// </summary>
internal static unsafe class SetupText
{
    public static string? Narrow(byte* text) => text == null ? null : Marshal.PtrToStringAnsi((nint)text);

    public static string? Wide(char* text) => text == null ? null : new string(text);
}
