using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Setup;

namespace ZohoOdbc.Driver.Api;

/// <summary>
/// The driver's setup entry points, which the driver manager's installer calls for SQLConfigDataSource and the ODBC
/// Data Source Administrator: <c>BOOL ConfigDSN(HWND hwndParent, WORD fRequest, LPCSTR lpszDriver, LPCSTR lpszAttributes)</c>
/// and its W twin. The library is registered as both Driver and Setup of the driver. Nothing may escape an export, so
/// every failure is posted with SQLPostInstallerError and answered FALSE.
/// </summary>
internal static unsafe class SetupApi
{
    [UnmanagedCallersOnly(EntryPoint = "ConfigDSN")]
    public static int ConfigDsn(nint window, ushort request, byte* driver, byte* attributes) =>
        DsnSetup.Configure(window, request, () => SetupText.Narrow(driver), () => SetupAttributes.ParseNarrow(attributes));

    [UnmanagedCallersOnly(EntryPoint = "ConfigDSNW")]
    public static int ConfigDsnW(nint window, ushort request, char* driver, char* attributes) =>
        DsnSetup.Configure(window, request, () => SetupText.Wide(driver), () => SetupAttributes.ParseWide(attributes));
}
