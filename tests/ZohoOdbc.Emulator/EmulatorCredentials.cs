using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator;

/// <summary>
/// The fixed OAuth client, grants and organizations the emulator starts with. <see cref="RefreshToken"/> belongs to a
/// US user who sees exactly one organization (<see cref="OrganizationId"/>); every other grant is a different user.
/// </summary>
public static class EmulatorCredentials
{
    public const string ClientId = "1000.EMULATORCLIENT";
    public const string ClientSecret = "emulator-secret";
    public const string RefreshToken = "1000.emulator.refresh";

    public const string OrganizationId = "60001234567";
    public const string OrganizationName = "Emulated Trading Co";

    /// <summary>A US user who belongs to two organizations: <see cref="OrganizationId"/> and <see cref="SecondOrganizationId"/>.</summary>
    public const string MultiOrganizationRefreshToken = "1000.emulator.refresh.multiorg";

    /// <summary>The second US organization (Free plan), seen only by the multi-organization user.</summary>
    public const string SecondOrganizationId = "60001234568";

    /// <summary>Scope of every fixed grant.</summary>
    public const string FullAccessScope = "ZohoBooks.fullaccess.all,ZohoInvoice.fullaccess.all";

    /// <summary>
    /// The grant of the user who lives in <paramref name="dataCentre"/> and sees only that DC's organization
    /// (<see cref="OrganizationIdIn"/>); for US that is <see cref="RefreshToken"/>. Use it at that DC's accounts server.
    /// </summary>
    public static string RefreshTokenIn(DataCentre dataCentre) =>
        dataCentre == DataCentre.Us ? RefreshToken : "1000.emulator.refresh." + dataCentre.Location;

    /// <summary>The organization that lives in <paramref name="dataCentre"/> (for US: <see cref="OrganizationId"/>).</summary>
    public static string OrganizationIdIn(DataCentre dataCentre) => OrganizationProfiles.In(dataCentre).OrganizationId;
}
