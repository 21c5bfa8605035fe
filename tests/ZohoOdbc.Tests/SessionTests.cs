using System.Net;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests;

/// <summary>Session end to end, in-process, against <see cref="FakeZoho"/>.</summary>
public class SessionTests
{
    private static readonly HttpResponseMessage Unused = new();

    [Fact]
    public void Open_refreshes_the_token_and_picks_the_only_organization()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);

        Assert.Equal(new OrganizationInfo("700000001", "Acme Traders", "USD"), session.Organization);
        Assert.Contains("invoices", session.Tables.Select(t => t.Name));
        Assert.Contains("contacts", session.Tables.Select(t => t.Name));
        var token = zoho.Requests[0];
        Assert.Equal(HttpMethod.Post, token.Method);
        Assert.Equal("http://127.0.0.1:9/accounts/oauth/v2/token", token.Uri.ToString());
        Assert.Equal("refresh_token", token.Form["grant_type"]);
        Assert.Equal("1000.TESTCLIENT", token.Form["client_id"]);
        Assert.Equal("test-secret", token.Form["client_secret"]);
        Assert.Equal("1000.test.refresh", token.Form["refresh_token"]);
        var organizations = zoho.Requests[1];
        Assert.Equal("http://127.0.0.1:9/books/v3/organizations", organizations.Uri.ToString());
        Assert.Equal("Zoho-oauthtoken 1000.access.1", organizations.Headers["Authorization"]);
        Assert.Equal(2, zoho.Requests.Count);
    }

    [Fact]
    public void Explicit_ApiUrl_wins_over_api_domain()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho, ("ApiUrl", "http://localhost:9/"));
        Assert.Equal("http://localhost:9/books/v3/organizations", zoho.Requests[1].Uri.ToString());
    }

    [Fact]
    public void Region_api_domain_is_used_when_the_token_answer_has_none()
    {
        var zoho = new FakeZoho { ApiDomainInTokenAnswer = null };
        using var session = TestSql.Open(zoho, ("Region", "EU"));
        Assert.Equal("https://www.zohoapis.eu/books/v3/organizations", zoho.Requests[1].Uri.ToString());
    }

    [Fact]
    public void Books_sends_organization_id_as_a_parameter()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices");
        var call = zoho.ListCalls("/invoices").Single();
        Assert.Equal("/books/v3/invoices", call.Uri.AbsolutePath);
        Assert.Equal("700000001", call.Query["organization_id"]);
        Assert.False(call.Headers.ContainsKey("X-com-zoho-invoice-organizationid"));
    }

    [Fact]
    public void Invoice_sends_organization_id_as_a_header()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho, ("Product", "Invoice"));
        TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices");
        var call = zoho.ListCalls("/invoices").Single();
        Assert.Equal("/invoice/v3/invoices", call.Uri.AbsolutePath);
        Assert.Equal("700000001", call.Headers["X-com-zoho-invoice-organizationid"]);
        Assert.False(call.Query.ContainsKey("organization_id"));
    }

    [Fact]
    public void Several_organizations_without_OrganizationId_is_08001_listing_them()
    {
        var zoho = new FakeZoho { Organizations = [("111", "Acme Ltd"), ("222", "Beta GmbH")] };
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(zoho));
        Assert.Equal(SqlStates.UnableToConnect, e.SqlState);
        Assert.Equal("This grant sees 2 Zoho Books organizations: 111 (Acme Ltd), 222 (Beta GmbH). Set OrganizationId to the one to query.", e.Message);

        using var session = TestSql.Open(zoho, ("OrganizationId", "222"));
        Assert.Equal("Beta GmbH", session.Organization.Name);

        var wrong = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(zoho, ("OrganizationId", "333")));
        Assert.Equal(SqlStates.UnableToConnect, wrong.SqlState);
        Assert.Contains("Available: 111 (Acme Ltd), 222 (Beta GmbH)", wrong.Message);
    }

    [Fact]
    public void Missing_credentials_are_28000_naming_the_keyword_before_any_call()
    {
        var zoho = new FakeZoho();
        var settings = ConnectionSettings.Parse(new Dictionary<string, string> { ["ClientId"] = "x", ["AccountsUrl"] = FakeZoho.AccountsUrl }, out _);
        var e = Assert.Throws<ZohoOdbcException>(() => Session.Open(settings, zoho));
        Assert.Equal(SqlStates.InvalidAuthorization, e.SqlState);
        Assert.StartsWith("ClientSecret, RefreshToken are missing", e.Message);
        Assert.Empty(zoho.Requests);
    }

    [Theory]
    [InlineData("AccountsUrl", "http://accounts.example.com")]
    [InlineData("ApiUrl", "http://10.0.0.5:8080")]
    public void Plain_http_to_another_machine_is_refused_before_any_call(string key, string url)
    {
        var zoho = new FakeZoho();
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(zoho, (key, url)));
        Assert.Equal(SqlStates.UnableToConnect, e.SqlState);
        Assert.Contains(key, e.Message);
        Assert.Empty(zoho.Requests);
    }

    [Theory]
    [InlineData("invalid_code", "Zoho refused the refresh token (invalid_code): it was revoked, expired, or issued in another data centre than http://127.0.0.1:9/accounts.")]
    [InlineData("invalid_client", "Zoho Accounts at http://127.0.0.1:9/accounts does not know ClientId '1000.TESTCLIENT' (invalid_client)")]
    [InlineData("invalid_client_secret", "Zoho refused the client secret of ClientId '1000.TESTCLIENT' (invalid_client_secret)")]
    public void Token_errors_in_a_200_answer_are_28000(string error, string message)
    {
        var zoho = new FakeZoho { TokenAnswer = () => FakeZoho.Json(HttpStatusCode.OK, new JsonObject { ["error"] = error }) };
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(zoho));
        Assert.Equal(SqlStates.InvalidAuthorization, e.SqlState);
        Assert.StartsWith(message, e.Message);
        Assert.DoesNotContain("test-secret", e.Message);
        Assert.Equal(1, zoho.TokenCalls);
    }

    [Fact]
    public void Network_failure_is_08001_naming_the_server_after_retries()
    {
        var refused = new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused);
        var zoho = new FakeZoho { Intercept = _ => throw new HttpRequestException("Connection refused (127.0.0.1:9)", refused) };
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(zoho));
        Assert.Equal(SqlStates.UnableToConnect, e.SqlState);
        Assert.StartsWith("Cannot reach http://127.0.0.1:9: Connection refused", e.Message);
        // A server that refuses connections gets two retries, not eight: a wrong address fails fast.
        Assert.Equal(3, zoho.TokenCalls);
    }

    [Fact]
    public void Slow_server_is_HYT00()
    {
        var zoho = new FakeZoho
        {
            Latency = r => r.Uri.AbsolutePath.EndsWith("/organizations", StringComparison.Ordinal) ? TimeSpan.FromSeconds(3) : TimeSpan.Zero,
        };
        var services = TestServices.For(zoho, retry: TestServices.Fast with { MaxRetries = 1 });
        var e = Assert.Throws<ZohoOdbcException>(() => Session.Open(FakeZoho.Settings(("Timeout", "1")), services, ownsServices: true, CancellationToken.None));
        Assert.Equal(SqlStates.Timeout, e.SqlState);
        Assert.Contains("did not answer within 1 seconds (Timeout=1), also after 1 retry.", e.Message);
        Assert.Equal(2, zoho.ListCalls("/organizations").Count());
    }

    [Fact]
    public void Rows_come_page_by_page_with_exact_decimals_and_typed_dates()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        var query = session.Prepare("SELECT invoice_number, total, date, due_date, created_time, is_viewed_by_client, reminders_sent, client_viewed_time, exchange_rate FROM invoices");
        Assert.Empty(zoho.ListCalls("/invoices"));
        Assert.Equal(SqlDataType.Decimal, query.Columns[1].Type);

        var rows = new List<object?[]>();
        using (var reader = query.Execute())
            while (reader.Read()) rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(reader.GetValue).ToArray());

        Assert.Equal(450, rows.Count);
        var calls = zoho.ListCalls("/invoices").ToList();
        // Page 1 brings the count; pages 2 and 3 are then fetched in parallel.
        Assert.Equal("1", calls[0].Query["page"]);
        Assert.Equal("1", calls[0].Query["response_option"]);
        Assert.Equal(["1", "2", "3"], calls.Select(c => c.Query["page"]).Order());
        Assert.All(calls, c => Assert.Equal("200", c.Query["per_page"]));

        var third = rows.Single(r => (string)r[0]! == "INV-00003");
        Assert.Equal(30.13m, Assert.IsType<decimal>(third[1]));
        Assert.Equal(new DateOnly(2024, 1, 3), Assert.IsType<DateOnly>(third[2]));
        Assert.Equal(new DateOnly(2024, 1, 17), third[3]);
        Assert.Equal(new DateTime(2024, 1, 3, 10, 3, 6), Assert.IsType<DateTime>(third[4]));
        Assert.Equal(DateTimeKind.Unspecified, ((DateTime)third[4]!).Kind);
        Assert.Equal(false, third[5]);
        Assert.Equal(0L, third[6]);
        Assert.Null(third[7]);
        Assert.Equal("1.000000", ((decimal)third[8]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("4504.60", rows.Single(r => (string)r[0]! == "INV-00450")[1]!.ToString());
        Assert.Null(rows.Single(r => (string)r[0]! == "INV-00004")[3]);

        var expectedSum = Enumerable.Range(1, 450).Sum(i => i * 10.01m + 0.1m);
        Assert.Equal(expectedSum, rows.Sum(r => (decimal)r[1]!));
        Assert.All(rows, r => Assert.Equal(decimal.Round((decimal)r[1]!, 2), (decimal)r[1]!));
    }

    [Fact]
    public void Top_with_a_pushed_sort_stops_paging_early_and_is_right()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        var rows = TestSql.Rows(session, "SELECT TOP 3 invoice_number, total FROM invoices ORDER BY total DESC");
        Assert.Equal(["INV-00450", "INV-00449", "INV-00448"], rows.Select(r => (string)r[0]!));
        Assert.Equal(4504.60m, rows[0][1]);
        var call = Assert.Single(zoho.ListCalls("/invoices"));
        Assert.Equal("total", call.Query["sort_column"]);
        Assert.Equal("D", call.Query["sort_order"]);
    }

    [Fact]
    public void Top_with_a_local_filter_pages_until_enough_rows_match()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        // 119 of the first 200 invoice numbers hold a '1', 157 of the first 400: two pages give 150 matches.
        var rows = TestSql.Rows(session, "SELECT TOP 150 invoice_number FROM invoices WHERE invoice_number LIKE '%1%' ORDER BY date");
        var expected = Enumerable.Range(1, 450).Select(i => $"INV-{i:D5}").Where(n => n.AsSpan(4).Contains('1')).Take(150);
        Assert.Equal(expected, rows.Select(r => (string)r[0]!));
        Assert.Equal(["1", "2"], zoho.ListCalls("/invoices").Select(c => c.Query["page"]));
    }

    [Fact]
    public void Top_with_an_unpushable_order_reads_every_page()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        var rows = TestSql.Rows(session, "SELECT TOP 2 invoice_number FROM invoices WHERE due_date IS NOT NULL ORDER BY due_date DESC");
        Assert.Equal(["INV-00450", "INV-00449"], rows.Select(r => (string)r[0]!));
        Assert.Equal(3, zoho.ListCalls("/invoices").Count());
    }

    [Fact]
    public void Where_order_by_and_offset_fetch_give_SQL_answers()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        var rows = TestSql.Rows(session,
            "SELECT invoice_number, customer_name FROM invoices WHERE status = 'paid' AND date >= '2024-03-01' AND customer_name = 'ACME CORP' " +
            "ORDER BY date OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY");
        // paid: i % 5 == 0; acme: i % 3 == 1; from 2024-03-01 (i >= 61): 70, 85, 100, ...
        Assert.Equal(["INV-00085", "INV-00100"], rows.Select(r => (string)r[0]!));
        var call = zoho.ListCalls("/invoices").First();
        Assert.Equal("paid", call.Query["status"]);
        Assert.Equal("2024-03-01", call.Query["date_start"]);
        Assert.Equal("ACME CORP", call.Query["customer_name"]);
    }

    [Fact]
    public void Constant_false_where_and_top_0_make_no_list_call()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        using (var reader = session.Prepare("SELECT * FROM invoices WHERE 1 = 0").Execute())
        {
            Assert.NotEmpty(reader.Columns);
            Assert.False(reader.Read());
        }
        Assert.Empty(TestSql.Rows(session, "SELECT TOP 0 invoice_id FROM invoices"));
        Assert.Empty(zoho.ListCalls("/invoices"));
    }

    [Fact]
    public void Rejected_access_token_is_replaced_once_and_the_call_retried()
    {
        var zoho = new FakeZoho();
        var rejected = false;
        zoho.Intercept = r =>
        {
            if (!rejected && r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal))
            {
                rejected = true;
                return FakeZoho.Json(HttpStatusCode.Unauthorized, new JsonObject { ["code"] = 57, ["message"] = "You are not authorized to perform this operation" });
            }
            return null;
        };
        using var session = TestSql.Open(zoho);
        Assert.Equal(9L, TestSql.Scalar(session, "SELECT TOP 1 LEN(invoice_number) FROM invoices"));
        Assert.Equal(2, zoho.TokenCalls);
        var calls = zoho.ListCalls("/invoices").ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal("Zoho-oauthtoken 1000.access.2", calls[1].Headers["Authorization"]);
    }

    [Fact]
    public void Access_token_rejected_twice_is_28000_naming_the_scope()
    {
        var zoho = new FakeZoho
        {
            Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal)
                ? FakeZoho.Json(HttpStatusCode.Unauthorized, new JsonObject { ["code"] = 57, ["message"] = "You are not authorized to perform this operation" })
                : null,
        };
        using var session = TestSql.Open(zoho);
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute());
        Assert.Equal(SqlStates.InvalidAuthorization, e.SqlState);
        Assert.Equal(57, e.NativeError);
        Assert.Contains("ZohoBooks.invoices.READ", e.Message);
        Assert.Equal(2, zoho.ListCalls("/invoices").Count());
    }

    [Fact]
    public void Rate_limited_call_is_retried()
    {
        var zoho = new FakeZoho();
        var limited = 0;
        zoho.Intercept = r =>
        {
            if (r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && limited++ < 2)
            {
                var answer = FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 44, ["message"] = "Too many requests" });
                answer.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
                return answer;
            }
            return null;
        };
        using var session = TestSql.Open(zoho);
        Assert.Equal(5, TestSql.Rows(session, "SELECT TOP 5 invoice_id FROM invoices").Count);
        Assert.Equal(3, zoho.ListCalls("/invoices").Count());
    }

    [Fact]
    public void Daily_quota_is_HY000_with_the_Zoho_code_and_no_retry()
    {
        var zoho = new FakeZoho
        {
            Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal)
                ? FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 45, ["message"] = "The API call for this organization has exceeded the maximum call rate limit of 1000." })
                : null,
        };
        using var session = TestSql.Open(zoho);
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute());
        Assert.Equal(SqlStates.GeneralError, e.SqlState);
        Assert.Equal(45, e.NativeError);
        Assert.StartsWith("Zoho refused the call: The API call for this organization has exceeded the maximum call rate limit of 1000 (code 45).", e.Message);
        Assert.Single(zoho.ListCalls("/invoices"));
    }

    [Fact]
    public void Error_code_in_a_200_answer_is_a_failure()
    {
        var zoho = new FakeZoho
        {
            Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal)
                ? FakeZoho.Json(HttpStatusCode.OK, new JsonObject { ["code"] = 2, ["message"] = "Invalid value passed for filter_by" })
                : null,
        };
        using var session = TestSql.Open(zoho);
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute());
        Assert.Equal((SqlStates.GeneralError, 2), (e.SqlState, e.NativeError));
        Assert.Contains("Invalid value passed for filter_by", e.Message);
    }

    [Fact]
    public void MaxCallsPerQuery_refuses_a_scan_before_its_second_call()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho, ("MaxCallsPerQuery", "2"));
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute());
        Assert.Equal(SqlStates.ProgramLimitExceeded, e.SqlState);
        Assert.StartsWith("The query needs 3 API calls to read invoices (450 rows match the conditions Zoho can apply, 200 per call), " +
            "more than MaxCallsPerQuery=2. Narrow it with a condition Zoho applies itself, on ", e.Message);
        Assert.Contains("customer_name", e.Message);
        Assert.Contains("customer_id", e.Message);
        Assert.EndsWith(", or raise MaxCallsPerQuery.", e.Message);
        Assert.Single(zoho.ListCalls("/invoices"));
    }

    [Fact]
    public void MaxCallsPerQuery_bounds_the_paging_when_Zoho_gives_no_count()
    {
        var zoho = new FakeZoho();
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && r.Query.ContainsKey("response_option")
            ? FakeZoho.Json(HttpStatusCode.OK, new JsonObject
            {
                ["code"] = 0,
                ["invoices"] = new JsonArray(FakeZoho.MakeInvoices(200).Select(i => (JsonNode)i).ToArray()),
                ["page_context"] = new JsonObject { ["page"] = 1, ["has_more_page"] = true },
            })
            : null;
        using var session = TestSql.Open(zoho, ("MaxCallsPerQuery", "2"));
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute());
        Assert.Equal(SqlStates.ProgramLimitExceeded, e.SqlState);
        Assert.StartsWith("The query needs more than 2 API calls to read invoices (more than 400 rows match", e.Message);
        Assert.Equal(2, zoho.ListCalls("/invoices").Count());
    }

    [Fact]
    public void Cancelled_query_is_HY008()
    {
        var zoho = new FakeZoho();
        using var session = TestSql.Open(zoho);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var e = Assert.Throws<ZohoOdbcException>(() => session.Prepare("SELECT * FROM invoices").Execute(cancel.Token));
        Assert.Equal(SqlStates.Cancelled, e.SqlState);
    }

    [Fact]
    public void Empty_list_gives_no_rows_and_missing_fields_are_null()
    {
        var zoho = new FakeZoho
        {
            Contacts = [new JsonObject { ["contact_id"] = "1", ["contact_name"] = "Solo", ["created_time"] = "2024-05-01T08:00:00-0700", ["last_modified_time"] = "" }],
        };
        using var session = TestSql.Open(zoho);
        var row = Assert.Single(TestSql.Rows(session, "SELECT contact_name, email, created_time, last_modified_time, outstanding_receivable_amount FROM contacts"));
        Assert.Equal(["Solo", null, new DateTime(2024, 5, 1, 8, 0, 0), null, null], row);
        zoho.Contacts = [];
        Assert.Empty(TestSql.Rows(session, "SELECT * FROM contacts"));
    }
}
