using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// The Zoho Accounts server on the same port: POST /oauth/v2/token (parameters in the query string or a form body)
/// and token revocation. Errors mimic Zoho: HTTP 200 with {"error":"..."}.
/// </summary>
internal static class OAuthEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, TokenStore tokens, ServerAddress server)
    {
        routes.MapPost("/oauth/v2/token", async context =>
        {
            var parameters = await OAuthParameters.ReadAsync(context.Request);
            await IssueToken(parameters, tokens, server).ExecuteAsync(context);
        });

        // Both revocation paths Zoho documents: the classic one and the newer one (token_type is not needed to tell them apart).
        foreach (string path in (string[])["/oauth/v2/token/revoke", "/oauth/v2/revoke/token"])
        {
            routes.MapPost(path, async context =>
            {
                var parameters = await OAuthParameters.ReadAsync(context.Request);
                string? token = parameters.Get("token");
                IResult result = !string.IsNullOrEmpty(token) && tokens.Revoke(token)
                    ? Envelope.Json(new RevokeResponse("success"), EmulatorJsonContext.Default.RevokeResponse)
                    : Envelope.Json(new RevokeResponse("failure", "invalid_token"), EmulatorJsonContext.Default.RevokeResponse, StatusCodes.Status400BadRequest);
                await result.ExecuteAsync(context);
            });
        }
    }

    private static IResult IssueToken(OAuthParameters parameters, TokenStore tokens, ServerAddress server)
    {
        string? grantType = parameters.Get("grant_type");
        if (grantType is not ("refresh_token" or "authorization_code"))
        {
            return Error("unsupported_grant_type");
        }

        if (parameters.Get("client_id") != EmulatorCredentials.ClientId)
        {
            return Error("invalid_client");
        }

        if (parameters.Get("client_secret") != EmulatorCredentials.ClientSecret)
        {
            return Error("invalid_client_secret");
        }

        // The emulator issues no grant codes, so an authorization_code grant always names an unknown code.
        string? refreshToken = grantType == "refresh_token" ? parameters.Get("refresh_token") : null;
        string? accessToken = refreshToken is null ? null : tokens.IssueAccessToken(refreshToken);
        if (accessToken is null)
        {
            return Error("invalid_code");
        }

        var response = new TokenResponse(accessToken, server.BaseUrl, "Bearer", (int)tokens.Lifetime.TotalSeconds);
        return Envelope.Json(response, EmulatorJsonContext.Default.TokenResponse);
    }

    private static IResult Error(string error) =>
        Envelope.Json(new OAuthError(error), EmulatorJsonContext.Default.OAuthError);
}
