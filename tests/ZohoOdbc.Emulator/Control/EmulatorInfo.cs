namespace ZohoOdbc.Emulator.Control;

/// <summary>GET /__emulator/info: what a test or a demo needs to connect.</summary>
public sealed record EmulatorInfo(
    string BaseUrl,
    string ClientId,
    string ClientSecret,
    IReadOnlyList<DataCentreInfo> DataCentres,
    IReadOnlyList<OrganizationInfo> Organizations,
    IReadOnlyList<UserInfo> Users);

public sealed record DataCentreInfo(string Code, string Location, string AccountsServer, string ApiDomain, string ZohoAccountsServer, string ZohoApiDomain);

public sealed record OrganizationInfo(string OrganizationId, string Name, string DataCentre, string PlanName, string CurrencyCode, string TimeZone,
    IReadOnlyDictionary<string, int> RecordCounts);

public sealed record UserInfo(string UserId, string Name, string Email, string DataCentre, IReadOnlyList<string> OrganizationIds, IReadOnlyList<string> RefreshTokens);
