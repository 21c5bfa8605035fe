using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Driver.Setup;

/// <summary>
/// ConfigDSN as the ODBC installer API specifies it. With a parent window (the ODBC Data Source Administrator, a GUI
/// tool) ADD and CONFIG open the setup page of <c>zoho-odbc</c> and wait for it. Without one (SQLConfigDataSource from
/// an installer script) they write the attributes silently: a ClientSecret and RefreshToken given there are checked
/// with Zoho and kept in the user's encrypted token store, never in the DSN. REMOVE deletes the DSN. The DSN goes to
/// the scope the caller's config mode names. Failures are posted with SQLPostInstallerError and answered FALSE.
/// </summary>
internal static class DsnSetup
{
    /// <summary>fRequest values of ConfigDSN.</summary>
    private const ushort AddDsn = 1, ConfigDsn = 2, RemoveDsn = 3;

    private const int True = 1, False = 0;

    /// <summary>Attributes never written to the DSN: DSN names the section, secrets go to the token store.</summary>
    private static readonly HashSet<string> NotWritten = new(StringComparer.OrdinalIgnoreCase) { "DSN", "Driver", "ClientSecret", "RefreshToken", "CacheKey" };

    public static int Configure(nint window, ushort request, Func<string?> readDriver, Func<IReadOnlyDictionary<string, string>> readAttributes)
    {
        try
        {
            var driver = readDriver();
            var attributes = readAttributes();
            if (string.IsNullOrWhiteSpace(driver)) return Fail(InstallerErrorCodes.InvalidName, "ConfigDSN needs the driver's name.");
            var dsn = attributes.TryGetValue("DSN", out var name) && name.Length > 0 ? name : null;
            return request switch
            {
                AddDsn or ConfigDsn when window != 0 => SetupPageLauncher.Run(driver, dsn, attributes),
                AddDsn => WriteSilently(driver, dsn, attributes, replace: true),
                ConfigDsn => WriteSilently(driver, dsn, attributes, replace: false),
                RemoveDsn => Remove(dsn),
                _ => Fail(InstallerErrorCodes.InvalidRequestType, $"ConfigDSN request {request} is not ODBC_ADD_DSN (1), ODBC_CONFIG_DSN (2) or ODBC_REMOVE_DSN (3)."),
            };
        }
        catch (Exception e)
        {
            // Reaching here is a bug or an environment failure (no installer library); it must not cross the export.
            try
            {
                return Fail(InstallerErrorCodes.GeneralError, $"ZohoOdbc could not configure the data source: {e.Message}");
            }
            catch (Exception)
            {
                return False;
            }
        }
    }

    private static int WriteSilently(string driver, string? dsn, IReadOnlyDictionary<string, string> attributes, bool replace)
    {
        if (dsn is null || !InstallerFunctions.ValidDsn(dsn))
            return Fail(InstallerErrorCodes.InvalidName, dsn is null ? "Give the data source name as DSN=name." : $"'{dsn}' is not a valid data source name.");
        var exists = InstallerFunctions.GetPrivateProfileString(dsn, "Driver", "odbc.ini") is not null;
        if (!replace && !exists) return Fail(InstallerErrorCodes.InvalidName, $"There is no data source named '{dsn}' to configure.");

        if (attributes.ContainsKey("ClientSecret") || attributes.ContainsKey("RefreshToken"))
        {
            try
            {
                OAuthSetup.StoreGrant(ConnectionSettings.Parse(attributes.Where(a => !a.Key.Equals("DSN", StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(a => a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase), out _));
            }
            catch (ZohoOdbcException e)
            {
                return Fail(InstallerErrorCodes.InvalidKeywordValue, e.Message);
            }
        }

        // SQLWriteDSNToIni replaces the section: an added DSN starts clean; a configured one keeps the keys not given.
        if ((replace || !exists) && !InstallerFunctions.WriteDsnToIni(dsn, driver))
            return Fail(InstallerErrorCodes.CreateDsnFailed, $"The data source '{dsn}' could not be written (a system DSN needs an administrator).");
        foreach (var (key, value) in attributes)
        {
            if (NotWritten.Contains(key)) continue;
            if (!InstallerFunctions.WritePrivateProfileString(dsn, key, value, "odbc.ini"))
                return Fail(InstallerErrorCodes.RequestFailed, $"{key} of the data source '{dsn}' could not be written.");
        }
        return True;
    }

    private static int Remove(string? dsn)
    {
        if (dsn is null) return Fail(InstallerErrorCodes.InvalidName, "Give the data source to remove as DSN=name.");
        return InstallerFunctions.RemoveDsnFromIni(dsn) ? True : Fail(InstallerErrorCodes.RemoveDsnFailed, $"The data source '{dsn}' could not be removed.");
    }

    public static int Fail(uint code, string message)
    {
        InstallerFunctions.PostError(code, message);
        return False;
    }
}
