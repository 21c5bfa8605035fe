using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Tests;

public class ZohoLayerTests
{
    [Theory]
    [InlineData("2016-06-11T17:38:06-0700", "2016-06-11 17:38:06")]
    [InlineData("2024-03-31T02:30:00+05:30", "2024-03-31 02:30:00")]
    [InlineData("2024-03-31T02:30:00Z", "2024-03-31 02:30:00")]
    [InlineData("2024-03-31T02:30:00.250+0100", "2024-03-31 02:30:00.250")]
    [InlineData("2024-03-31 02:30:00", "2024-03-31 02:30:00")]
    public void Timestamps_keep_the_wall_clock_and_drop_the_offset(string text, string expected) =>
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EntityRowReader.ParseTimestamp(text));

    [Theory]
    [InlineData("\"\"", SqlDataType.Date, null)]
    [InlineData("\"\"", SqlDataType.Timestamp, null)]
    [InlineData("\"\"", SqlDataType.Decimal, null)]
    [InlineData("\"12.30\"", SqlDataType.Decimal, "12.30")]
    [InlineData("1e2", SqlDataType.Decimal, "100")]
    [InlineData("982000000567114", SqlDataType.VarChar, "982000000567114")]
    [InlineData("\"true\"", SqlDataType.Bit, "True")]
    [InlineData("0", SqlDataType.Bit, "False")]
    [InlineData("3.0", SqlDataType.Integer, "3")]
    [InlineData("null", SqlDataType.VarChar, null)]
    [InlineData("{\"a\":1}", SqlDataType.Date, null)]
    public void Json_values_convert_to_the_column_type(string json, SqlDataType type, string? expected)
    {
        using var document = JsonDocument.Parse(json);
        var value = EntityRowReader.Convert(document.RootElement, type);
        Assert.Equal(expected, value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("https://accounts.zoho.eu/", "https://accounts.zoho.eu")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("http://127.8.9.10", "http://127.8.9.10")]
    [InlineData("http://localhost:8080/zoho/", "http://localhost:8080/zoho")]
    [InlineData("http://[::1]:8080", "http://[::1]:8080")]
    public void Https_anywhere_and_http_only_to_this_machine(string url, string expected) =>
        Assert.Equal(expected, ServerUrlPolicy.Validate(url, "ApiUrl"));

    [Theory]
    [InlineData("http://192.168.1.10")]
    [InlineData("http://localhost.example.com")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("accounts.zoho.com")]
    public void Other_addresses_are_08001(string url) =>
        Assert.Equal(SqlStates.UnableToConnect, Assert.Throws<ZohoOdbcException>(() => ServerUrlPolicy.Validate(url, "AccountsUrl")).SqlState);

    [Fact]
    public void Retry_waits_as_long_as_Retry_After_says()
    {
        var zoho = new FakeZoho();
        var limited = false;
        zoho.Intercept = r =>
        {
            if (limited || !r.Uri.AbsolutePath.EndsWith("/organizations", StringComparison.Ordinal)) return null;
            limited = true;
            var answer = FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 44, ["message"] = "Too many requests" });
            answer.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return answer;
        };
        var clock = Stopwatch.StartNew();
        using var session = TestSql.Open(zoho);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, zoho.ListCalls("/organizations").Count());
    }

    [Fact]
    public void Server_errors_are_retried()
    {
        var zoho = new FakeZoho();
        var failures = 0;
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/oauth/v2/token", StringComparison.Ordinal) && failures++ < 3
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : null;
        using var session = TestSql.Open(zoho);
        Assert.Equal(4, zoho.TokenCalls);
    }

    [Fact]
    public void Sessions_sharing_services_reuse_the_access_token()
    {
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho);
        using (TestSql.Open(services))
        using (TestSql.Open(services))
        {
            Assert.Equal(1, zoho.TokenCalls);
        }
        using (TestSql.Open(services, ("RefreshToken", "1000.other.refresh")))
            Assert.Equal(2, zoho.TokenCalls);
    }
}
