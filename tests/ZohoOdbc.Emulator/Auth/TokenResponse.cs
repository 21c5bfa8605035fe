namespace ZohoOdbc.Emulator.Auth;

/// <summary>Body of a successful refresh: {"access_token","api_domain","token_type":"Bearer","expires_in"}.</summary>
public sealed record TokenResponse(string AccessToken, string ApiDomain, string TokenType, int ExpiresIn);
