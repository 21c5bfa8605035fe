using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>
/// An emulator hosted in this process on a free port, with helpers to get tokens and call the API as a client would.
/// Test classes take it as a class fixture, so each class has its own emulator and may change its state.
/// </summary>
public class EmulatorHost : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> tokens = new();

    /// <summary>201 contacts make "exactly 200 / 201 rows" pagination edges easy to reach.</summary>
    protected virtual EmulatorOptions Options => new() { Port = 0, Seed = 7, Contacts = 201, Invoices = 600 };

    public EmulatorServer Server { get; private set; } = null!;

    public HttpClient Http { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The first organization's records as generated (what the API serves until the control API changes them).</summary>
    public Dataset Data => Server.Directory.Primary.Generated;

    public string Url(DataCentre dataCentre) => Server.UrlOf(dataCentre);

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync(Options);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A fresh access token from a refresh token at a DC's accounts server.</summary>
    public async Task<string> NewTokenAsync(string refreshToken, DataCentre? dataCentre = null)
    {
        JsonElement body = (await PostFormAsync(Url(dataCentre ?? DataCentre.Us) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = refreshToken,
        })).Body;
        return body.TryGetProperty("access_token", out JsonElement token)
            ? token.GetString()!
            : throw new InvalidOperationException("No token: " + body);
    }

    /// <summary>A cached access token of the user that lives in <paramref name="dataCentre"/> (US: the single-organization user).</summary>
    public async Task<string> TokenAsync(DataCentre? dataCentre = null)
    {
        DataCentre dc = dataCentre ?? DataCentre.Us;
        if (!tokens.TryGetValue(dc.Code, out string? token))
        {
            token = await NewTokenAsync(EmulatorCredentials.RefreshTokenIn(dc), dc);
            tokens[dc.Code] = token;
        }

        return token;
    }

    /// <summary>GET an API path ("/books/v3/invoices?...") at a DC with the DC user's token.</summary>
    public async Task<Reply> GetAsync(string pathAndQuery, DataCentre? dataCentre = null, string? token = null, IDictionary<string, string>? headers = null)
    {
        DataCentre dc = dataCentre ?? DataCentre.Us;
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(dc) + pathAndQuery);
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + (token ?? await TokenAsync(dc)));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await SendAsync(request);
    }

    /// <summary>GET a Books list of the first organization.</summary>
    public Task<Reply> ListAsync(string collection, string query = "") =>
        GetAsync($"/books/v3/{collection}?organization_id={EmulatorCredentials.OrganizationId}{(query.Length > 0 ? "&" + query : "")}");

    /// <summary>Every row of a Books list of the first organization, page by page.</summary>
    public async Task<List<JsonElement>> AllRowsAsync(string collection, string listKey, string query = "")
    {
        var rows = new List<JsonElement>();
        for (int page = 1; ; page++)
        {
            Reply reply = await ListAsync(collection, $"page={page}&per_page=200{(query.Length > 0 ? "&" + query : "")}");
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            rows.AddRange(reply.Body.GetProperty(listKey).EnumerateArray());
            if (!reply.Body.GetProperty("page_context").GetProperty("has_more_page").GetBoolean())
            {
                return rows;
            }
        }
    }

    public async Task<Reply> PostFormAsync(string url, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request);
    }

    /// <summary>A control API call with an optional JSON body.</summary>
    public async Task<Reply> ControlAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, Server.BaseUrl + "/__emulator" + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await SendAsync(request);
    }

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using HttpResponseMessage response = await Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        JsonElement body = default;
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                // Left undefined: the test reads Text.
            }
        }

        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Reply(response.StatusCode, body, text, headers, response.Headers.Location);
    }
}

/// <summary>An HTTP answer: status, parsed JSON (undefined when the body is not JSON), raw text, headers, redirect target.</summary>
public sealed record Reply(HttpStatusCode Status, JsonElement Body, string Text, IReadOnlyDictionary<string, string> Headers, Uri? Location)
{
    public int Code => Body.GetProperty("code").GetInt32();

    public string Message => Body.GetProperty("message").GetString()!;
}
