namespace ZohoOdbc.Core.Zoho.Json;

/// <summary>
/// Answer of <c>POST {accounts}/oauth/v2/token</c>: a token (with a refresh token for a code exchange), or
/// (often with HTTP 200) an <c>error</c>.
/// </summary>
internal sealed class TokenResponse
{
    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
    public string? Scope { get; set; }
    public string? ApiDomain { get; set; }
    public string? TokenType { get; set; }
    public long? ExpiresIn { get; set; }
    public string? Error { get; set; }
    public string? ErrorDescription { get; set; }
}
