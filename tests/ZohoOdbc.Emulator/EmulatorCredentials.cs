namespace ZohoOdbc.Emulator;

/// <summary>The fixed OAuth client, grant and organization the emulator accepts.</summary>
public static class EmulatorCredentials
{
    public const string ClientId = "1000.EMULATORCLIENT";
    public const string ClientSecret = "emulator-secret";
    public const string RefreshToken = "1000.emulator.refresh";

    public const string OrganizationId = "60001234567";
    public const string OrganizationName = "Emulated Trading Co";
}
