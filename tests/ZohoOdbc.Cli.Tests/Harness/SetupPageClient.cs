using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>
/// Plays the browser against a running setup page and the emulator's consent page over plain HTTP (cookies on,
/// redirects followed by hand), for the error paths that need no rendering.
/// </summary>
public sealed partial class SetupPageClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri origin;

    public SetupPageClient(string pageUrl)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        origin = new Uri(new Uri(pageUrl).GetLeftPart(UriPartial.Authority));
        using var login = http.GetAsync(pageUrl).GetAwaiter().GetResult();
        if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"The one-time address answered {login.StatusCode}");
    }

    public HttpClient Http => http;

    public JsonNode State() => Api(HttpMethod.Get, "/api/state", null).Json!;

    /// <summary>Posts the form; the consent URL, or null with the problem in the returned state.</summary>
    public (string? AuthorizationUrl, JsonNode? State) Authorize(object form)
    {
        var (status, json) = Api(HttpMethod.Post, "/api/authorize", JsonContent.Create(form));
        return status == HttpStatusCode.OK ? (json!["authorizationUrl"]!.GetValue<string>(), null) : (null, json);
    }

    public (HttpStatusCode Status, JsonNode? Json) Finish(string organizationId) =>
        Api(HttpMethod.Post, "/api/finish", JsonContent.Create(new { organizationId }));

    /// <summary>
    /// On the emulator's consent page, presses Accept or Deny in the form of the user whose line contains
    /// <paramref name="userText"/>, then follows Zoho's redirect back to the setup page's callback.
    /// </summary>
    public void Consent(string authorizationUrl, string userText, bool accept)
    {
        var page = http.GetStringAsync(authorizationUrl).GetAwaiter().GetResult();
        var form = Forms().Matches(page).Select(m => m.Value).FirstOrDefault(f => f.Contains(userText, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No consent form for '{userText}' on {authorizationUrl}");
        var action = new Uri(new Uri(authorizationUrl), WebUtility.HtmlDecode(Action().Match(form).Groups[1].Value));
        var fields = HiddenInputs().Matches(form).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Append(new("decision", accept ? "accept" : "deny"));
        using var answer = http.PostAsync(action, new FormUrlEncodedContent(fields)).GetAwaiter().GetResult();
        var callback = answer.Headers.Location ?? throw new InvalidOperationException($"The consent page answered {answer.StatusCode} without a redirect");
        using var back = http.GetAsync(callback).GetAwaiter().GetResult();
        if (back.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"The callback answered {back.StatusCode}");
    }

    public (HttpStatusCode Status, JsonNode? Json) Api(HttpMethod method, string path, HttpContent? body, bool withHeader = true)
    {
        using var request = new HttpRequestMessage(method, new Uri(origin, path)) { Content = body };
        if (withHeader) request.Headers.Add("X-ZohoOdbc-Setup", "1");
        using var response = http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null);
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<form.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex Action();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInputs();
}
