using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Auth;

/// <summary>A live access token: whose it is, in which DC it is valid, what it may read and until when.</summary>
public sealed record AccessGrant(string Token, string? RefreshToken, EmulatorUser User, ScopeSet Scopes, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public DataCentre DataCentre => User.DataCentre;
}
