using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Tests;

public class ResilienceTests
{
    [Theory]
    [InlineData("{\"code\"=0,\"invoices\":[]}")]
    [InlineData("{\"code\":0,\"invoices\":[{\"invoice_id\":\"1\"")]
    [InlineData("")]
    public void A_body_that_is_not_JSON_is_retried(string body)
    {
        var zoho = new FakeZoho();
        var broken = 0;
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && r.Query["page"] == "2" && broken++ < 2
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : null;
        using var session = TestSql.Open(zoho);
        Assert.Equal(450, TestSql.Rows(session, "SELECT invoice_id FROM invoices").Count);
        Assert.Equal(3, zoho.ListCalls("/invoices").Count(c => c.Query["page"] == "2"));
    }

    [Fact]
    public void Gateway_errors_with_HTML_are_retried()
    {
        var zoho = new FakeZoho();
        var failures = 0;
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && failures++ < 3
            ? new HttpResponseMessage(failures % 2 == 0 ? HttpStatusCode.BadGateway : HttpStatusCode.ServiceUnavailable)
            { Content = new StringContent("<html><body><h1>Bad Gateway</h1></body></html>", Encoding.UTF8, "text/html") }
            : null;
        using var session = TestSql.Open(zoho);
        Assert.Equal(450, TestSql.Rows(session, "SELECT invoice_id FROM invoices").Count);
    }

    [Fact]
    public void An_attempt_that_times_out_is_retried()
    {
        var zoho = new FakeZoho();
        var slow = 0;
        zoho.Latency = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && Interlocked.Increment(ref slow) == 1
            ? TimeSpan.FromSeconds(10)
            : TimeSpan.Zero;
        using var services = TestServices.For(zoho, attemptTimeout: TimeSpan.FromMilliseconds(300));
        using var session = TestSql.Open(services);
        var clock = Stopwatch.StartNew();
        Assert.Equal(450, TestSql.Rows(session, "SELECT invoice_id FROM invoices").Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(1, zoho.CancelledInFlight);
    }

    [Fact]
    public void X_Rate_Limit_Reset_is_honoured_when_there_is_no_Retry_After()
    {
        var zoho = new FakeZoho();
        var limited = 0;
        zoho.Intercept = r =>
        {
            if (!r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) || limited++ > 0) return null;
            var answer = FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 44, ["message"] = "Too many requests" });
            answer.Headers.Add("X-Rate-Limit-Limit", "100");
            answer.Headers.Add("X-Rate-Limit-Remaining", "0");
            answer.Headers.Add("X-Rate-Limit-Reset", "1");
            return answer;
        };
        using var session = TestSql.Open(zoho);
        var clock = Stopwatch.StartNew();
        Assert.Single(TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices"));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"answered after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_failing_server_opens_the_circuit_and_calls_stop()
    {
        var zoho = new FakeZoho();
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/organizations", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<html>down</html>") }
            : null;
        var breakers = new CircuitBreakers(failureRatio: 0.5, minimumThroughput: 4, breakDuration: TimeSpan.FromMilliseconds(500));
        using var services = TestServices.For(zoho, breakers: breakers);
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(services));
        Assert.Equal(SqlStates.UnableToConnect, e.SqlState);
        // Nine attempts were allowed, but the open circuit answered some of them without a call: it opens after three
        // failures (with the token call to the same server, four calls, 75 % failed). The last attempt meets either the
        // open circuit or its half-open trial call, so the message is one of two.
        Assert.InRange(zoho.ListCalls("/organizations").Count(), 3, 8);
        Assert.True(e.Message.StartsWith("Calls to http://127.0.0.1:9 are paused: most recent calls failed", StringComparison.Ordinal)
            || e.Message.StartsWith("127.0.0.1:9 answered /organizations with HTTP 503", StringComparison.Ordinal), e.Message);
    }

    [Fact]
    public void Cancelling_stops_a_request_in_flight()
    {
        var zoho = new FakeZoho { Latency = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) ? TimeSpan.FromSeconds(20) : TimeSpan.Zero };
        using var session = TestSql.Open(zoho);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute(cancel.Token));
        Assert.Equal(SqlStates.Cancelled, e.SqlState);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"cancelled after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1, zoho.CancelledInFlight);
    }

    [Fact]
    public void Cancelling_stops_a_wait_for_the_governor()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho, ("RequestsPerMinute", "1"));
        Assert.Single(TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT TOP 1 invoice_id FROM invoices").Execute(cancel.Token));
        Assert.Equal(SqlStates.Cancelled, e.SqlState);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3));
        Assert.Single(zoho.ListCalls("/invoices"));
    }
}
