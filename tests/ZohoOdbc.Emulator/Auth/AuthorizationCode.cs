using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Auth;

/// <summary>A grant code from the consent page: single use, valid two minutes, redeemable only at the user's DC.</summary>
internal sealed record AuthorizationCode(
    string Code, string ClientId, EmulatorUser User, ScopeSet Scopes, string RedirectUri, bool Offline, DateTimeOffset ExpiresAt);
