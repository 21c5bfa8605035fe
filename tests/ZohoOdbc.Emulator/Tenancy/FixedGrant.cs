namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>A refresh token that exists when the emulator starts (and again after a reset), like one made in the Self Client page.</summary>
public sealed record FixedGrant(string RefreshToken, string ClientId, string UserId, string Scope);
