using System.Net;
using System.Text.RegularExpressions;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>
/// A grant code from the emulator's consent page without a browser, as an administrator gets one from a Self Client
/// or from a redirect: the code and the accounts-server the redirect names.
/// </summary>
public static partial class EmulatorConsent
{
    public static (string Code, string AccountsServer) Code(string emulatorUrl, string redirectUri, string userText)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorize = $"{emulatorUrl}/oauth/v2/auth?scope=ZohoBooks.fullaccess.all&client_id={Uri.EscapeDataString(EmulatorCredentials.ClientId)}" +
            $"&response_type=code&redirect_uri={Uri.EscapeDataString(redirectUri)}&access_type=offline&prompt=consent&state=script";
        var page = http.Send(new HttpRequestMessage(HttpMethod.Get, authorize)).Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var form = Forms().Matches(page).Select(m => m.Value).First(f => f.Contains(userText, StringComparison.Ordinal));
        var action = new Uri(new Uri(authorize), WebUtility.HtmlDecode(Action().Match(form).Groups[1].Value));
        var fields = HiddenInputs().Matches(form).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Append(new("decision", "accept"));
        using var answer = http.Send(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) });
        var query = System.Web.HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        return (query["code"]!, query["accounts-server"]!);
    }

    [GeneratedRegex("<form.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex Action();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInputs();
}
