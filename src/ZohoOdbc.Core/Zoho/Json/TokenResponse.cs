namespace ZohoOdbc.Core.Zoho.Json;

/// <summary>
/// Answer of <c>POST {accounts}/oauth/v2/token</c>: a token, or (often with HTTP 200) an <c>error</c>.
/// </summary>
internal sealed class TokenResponse
{
    public string? AccessToken { get; set; }
    public string? ApiDomain { get; set; }
    public string? TokenType { get; set; }
    public long? ExpiresIn { get; set; }
    public string? Error { get; set; }
    public string? ErrorDescription { get; set; }
}
