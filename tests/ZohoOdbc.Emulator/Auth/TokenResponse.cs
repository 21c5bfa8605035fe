using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Auth;

/// <summary>
/// A successful token response: {"access_token","refresh_token"?,"scope"?,"api_domain","token_type":"Bearer","expires_in"}.
/// refresh_token and scope come only from an authorization_code grant.
/// </summary>
public sealed record TokenResponse
{
    public required string AccessToken { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RefreshToken { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Scope { get; init; }

    public required string ApiDomain { get; init; }

    public string TokenType { get; init; } = "Bearer";

    public required int ExpiresIn { get; init; }
}
