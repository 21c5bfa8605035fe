using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Json;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Zoho Accounts, once per data centre (the DC comes from the path prefix): the token endpoint for the
/// refresh_token and authorization_code grants, and revocation. Errors mimic Zoho: HTTP 200 with {"error":"..."},
/// except the throttle (HTTP 400). The consent page is <see cref="AuthorizationPage"/>.
/// </summary>
internal static class OAuthEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, TokenStore tokens, EmulatorDirectory directory, ServerAddress server, RequestSlowdown slowdown)
    {
        routes.MapPost("/oauth/v2/token", async context =>
        {
            await slowdown.DelayAsync(context);
            var parameters = await OAuthParameters.ReadAsync(context.Request);
            await IssueToken(parameters, DataCentreRouting.Of(context), tokens, directory, server).ExecuteAsync(context);
        });

        // Both revocation paths Zoho documents: the classic one and the newer one (token_type is not needed to tell them apart).
        foreach (string path in (string[])["/oauth/v2/token/revoke", "/oauth/v2/revoke/token"])
        {
            routes.MapPost(path, async context =>
            {
                await slowdown.DelayAsync(context);
                var parameters = await OAuthParameters.ReadAsync(context.Request);
                string? token = parameters.Get("token");
                IResult result = !string.IsNullOrEmpty(token) && tokens.Revoke(token, DataCentreRouting.Of(context))
                    ? Envelope.Json(new RevokeResponse("success"), EmulatorJsonContext.Default.RevokeResponse)
                    : Envelope.Json(new RevokeResponse("failure", "invalid_token"), EmulatorJsonContext.Default.RevokeResponse, StatusCodes.Status400BadRequest);
                await result.ExecuteAsync(context);
            });
        }

        AuthorizationPage.Map(routes, tokens, directory, server);
    }

    private static IResult IssueToken(OAuthParameters parameters, DataCentre dataCentre, TokenStore tokens, EmulatorDirectory directory, ServerAddress server)
    {
        string? grantType = parameters.Get("grant_type");
        if (grantType is not ("refresh_token" or "authorization_code"))
        {
            return Error("unsupported_grant_type");
        }

        OAuthClient? client = directory.FindClient(parameters.Get("client_id") ?? "");
        if (client is null)
        {
            return Error("invalid_client");
        }

        if (parameters.Get("client_secret") != client.ClientSecret)
        {
            return Error("invalid_client_secret");
        }

        TokenOutcome outcome = grantType == "refresh_token"
            ? tokens.Refresh(parameters.Get("refresh_token") ?? "", client, dataCentre)
            : tokens.Exchange(parameters.Get("code") ?? "", client, parameters.Get("redirect_uri"), dataCentre);

        if (outcome.Error == TokenOutcome.Throttled)
        {
            return Envelope.Json(OAuthThrottleError.TooManyRequests, EmulatorJsonContext.Default.OAuthThrottleError, StatusCodes.Status400BadRequest);
        }

        if (outcome.Error is not null || outcome.AccessToken is null)
        {
            return Error(outcome.Error ?? "invalid_code");
        }

        var response = new TokenResponse
        {
            AccessToken = outcome.AccessToken,
            RefreshToken = outcome.RefreshToken,
            Scope = outcome.Scope,
            ApiDomain = dataCentre.UrlOn(server.BaseUrl),
            ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
        };
        return Envelope.Json(response, EmulatorJsonContext.Default.TokenResponse);
    }

    private static IResult Error(string error) =>
        Envelope.Json(new OAuthError(error), EmulatorJsonContext.Default.OAuthError);
}
