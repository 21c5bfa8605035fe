using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;

namespace ZohoOdbc.Tests;

/// <summary>
/// An in-process Zoho: token endpoint, /organizations and paged /invoices and /contacts lists that honour
/// page, per_page, sort_column and sort_order (filters are ignored: Core re-applies every condition).
/// Records every request; <see cref="Intercept"/> lets a test answer a given call differently.
/// </summary>
internal sealed class FakeZoho : HttpMessageHandler
{
    public const string AccountsUrl = "http://127.0.0.1:9/accounts";
    public const string ApiDomain = "http://127.0.0.1:9";

    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private int tokensIssued;
    private int cancelledInFlight;

    /// <summary>Requests whose caller gave up while the server was still working on them.</summary>
    public int CancelledInFlight => Volatile.Read(ref cancelledInFlight);

    /// <summary>Every request so far, in arrival order (a snapshot: pages may be fetched in parallel).</summary>
    public List<RecordedRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Access tokens issued so far (to check that none reaches a file).</summary>
    public List<string> IssuedAccessTokens { get; } = [];

    /// <summary>Lifetime of issued access tokens.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    public List<JsonObject> Invoices { get; set; } = MakeInvoices(450);

    public List<JsonObject> Contacts { get; set; } = [];

    public List<(string Id, string Name)> Organizations { get; set; } = [("700000001", "Acme Traders")];

    /// <summary>plan_name of every organization (sets the governor's daily quota); null leaves it out.</summary>
    public string? PlanName { get; set; }

    /// <summary>The token endpoint's answer: by default a fresh token per call.</summary>
    public Func<HttpResponseMessage>? TokenAnswer { get; set; }

    /// <summary>Return a response to replace the normal answer to a request, or null to answer normally.</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>How long the server takes to answer a request (cancellable, like a real network wait).</summary>
    public Func<RecordedRequest, TimeSpan>? Latency { get; set; }

    public string? ApiDomainInTokenAnswer { get; set; } = ApiDomain;

    /// <summary>The refresh token an authorization_code exchange returns.</summary>
    public const string GrantedRefreshToken = "1000.granted.refresh";

    public IEnumerable<RecordedRequest> ListCalls(string path) => Requests.Where(r => r.Uri.AbsolutePath.EndsWith(path, StringComparison.Ordinal));

    public int TokenCalls => Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/oauth/v2/token", StringComparison.Ordinal));

    public static Core.ConnectionSettings Settings(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string>
        {
            ["ClientId"] = "1000.TESTCLIENT",
            ["ClientSecret"] = "test-secret",
            ["RefreshToken"] = "1000.test.refresh",
            ["AccountsUrl"] = AccountsUrl,
        };
        foreach (var (key, value) in extra) values[key] = value;
        return Core.ConnectionSettings.Parse(values, out _);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), body);
        lock (gate) requests.Add(recorded);
        if (Latency?.Invoke(recorded) is { } latency && latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(latency, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelledInFlight);
                throw;
            }
        }
        if (Intercept?.Invoke(recorded) is { } replaced) return replaced;

        var path = recorded.Uri.AbsolutePath;
        if (path.EndsWith("/oauth/v2/token", StringComparison.Ordinal))
        {
            if (TokenAnswer is not null) return TokenAnswer();
            var n = Interlocked.Increment(ref tokensIssued);
            lock (gate) IssuedAccessTokens.Add($"1000.access.{n}");
            var token = new JsonObject
            {
                ["access_token"] = $"1000.access.{n}",
                ["api_domain"] = ApiDomainInTokenAnswer,
                ["token_type"] = "Bearer",
                ["expires_in"] = TokenLifetimeSeconds,
            };
            if (recorded.Form.GetValueOrDefault("grant_type") == "authorization_code")
            {
                token["refresh_token"] = GrantedRefreshToken;
                token["scope"] = "ZohoBooks.invoices.READ";
            }
            return Json(HttpStatusCode.OK, token);
        }

        if (!recorded.Headers.TryGetValue("Authorization", out var authorization) || !authorization.StartsWith("Zoho-oauthtoken 1000.access.", StringComparison.Ordinal))
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["code"] = 14, ["message"] = "Invalid authentication." });

        if (path.EndsWith("/organizations", StringComparison.Ordinal))
        {
            var list = new JsonArray(Organizations.Select(o => (JsonNode)new JsonObject
            {
                ["organization_id"] = o.Id,
                ["name"] = o.Name,
                ["currency_code"] = "USD",
                ["plan_name"] = PlanName,
            }).ToArray());
            return Json(HttpStatusCode.OK, new JsonObject { ["code"] = 0, ["message"] = "success", ["organizations"] = list });
        }
        if (path.EndsWith("/invoices", StringComparison.Ordinal)) return Page("invoices", Invoices, recorded.Query);
        if (path.EndsWith("/contacts", StringComparison.Ordinal)) return Page("contacts", Contacts, recorded.Query);
        return Json(HttpStatusCode.NotFound, new JsonObject { ["code"] = 5, ["message"] = "Invalid URL Passed" });
    }

    private static HttpResponseMessage Page(string key, List<JsonObject> rows, IReadOnlyDictionary<string, string> query)
    {
        var page = int.Parse(query.GetValueOrDefault("page", "1"), CultureInfo.InvariantCulture);
        var perPage = int.Parse(query.GetValueOrDefault("per_page", "200"), CultureInfo.InvariantCulture);
        // JsonNode is not safe for concurrent reads, and pages may be requested in parallel.
        JsonNode[] slice;
        lock (rows)
        {
            IEnumerable<JsonObject> ordered = rows;
            if (query.TryGetValue("sort_column", out var column))
            {
                Comparison<JsonObject> compare = (a, b) => CompareField(a[column], b[column]);
                var sorted = rows.ToList();
                sorted.Sort(compare);
                if (query.GetValueOrDefault("sort_order") == "D") sorted.Reverse();
                ordered = sorted;
            }
            slice = ordered.Skip((page - 1) * perPage).Take(perPage).Select(r => (JsonNode)r.DeepClone()).ToArray();
        }
        var sortColumn = query.GetValueOrDefault("sort_column");
        var context = new JsonObject
        {
            ["page"] = page,
            ["per_page"] = perPage,
            ["has_more_page"] = page * perPage < rows.Count,
            ["sort_column"] = sortColumn ?? "created_time",
            ["sort_order"] = query.GetValueOrDefault("sort_order", "D"),
        };
        // response_option 1 (rows and count) and 2 (count only), as Zoho answers them.
        if (query.GetValueOrDefault("response_option") is "1" or "2")
        {
            context["total"] = rows.Count;
            context["total_pages"] = (rows.Count + perPage - 1) / perPage;
        }
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["code"] = 0,
            ["message"] = "success",
            [key] = new JsonArray(query.GetValueOrDefault("response_option") == "2" ? [] : slice),
            ["page_context"] = context,
        });
    }

    private static int CompareField(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue va && b is JsonValue vb && va.TryGetValue<decimal>(out var da) && vb.TryGetValue<decimal>(out var db)) return da.CompareTo(db);
        return string.CompareOrdinal(a?.ToString(), b?.ToString());
    }

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    /// <summary>
    /// Invoices numbered 1..count: amounts with two decimals that binary doubles cannot hold exactly,
    /// one date per day from 2024-01-01, times with a +0530 offset, every fourth due date empty.
    /// </summary>
    public static List<JsonObject> MakeInvoices(int count) => Enumerable.Range(1, count).Select(i =>
    {
        var date = new DateOnly(2024, 1, 1).AddDays(i - 1);
        var total = i * 10.01m + 0.1m;
        return new JsonObject
        {
            ["invoice_id"] = (982000000000000L + i).ToString(CultureInfo.InvariantCulture),
            ["ach_payment_initiated"] = false,
            ["customer_name"] = i % 3 == 0 ? "Zeta Ltd" : i % 3 == 1 ? "acme corp" : "Bravo GmbH",
            ["customer_id"] = (982000000100000L + i % 3).ToString(CultureInfo.InvariantCulture),
            ["status"] = i % 5 == 0 ? "paid" : i % 5 == 1 ? "overdue" : "sent",
            ["invoice_number"] = $"INV-{i:D5}",
            ["reference_number"] = "",
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["due_date"] = i % 4 == 0 ? "" : date.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["due_days"] = "Due in 14 day(s)",
            ["currency_id"] = "982000000000099",
            ["currency_code"] = "USD",
            ["is_viewed_by_client"] = i % 2 == 0,
            ["client_viewed_time"] = "",
            ["total"] = total,
            ["balance"] = i % 5 == 0 ? 0m : total,
            ["created_time"] = $"{date:yyyy-MM-dd}T10:{i % 60:D2}:06+0530",
            ["last_modified_time"] = $"{date:yyyy-MM-dd}T11:00:00+0530",
            ["is_emailed"] = true,
            ["reminders_sent"] = i % 3,
            ["exchange_rate"] = 1.0,
            ["shipping_charge"] = 0.0,
            ["adjustment"] = 0.0,
            ["write_off_amount"] = 0.0,
            ["custom_fields"] = new JsonArray(),
            ["billing_address"] = new JsonObject { ["city"] = "Pune" },
        };
    }).ToList();
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public IReadOnlyDictionary<string, string> Query { get; } = ParseQuery(Uri.Query);

    public IReadOnlyDictionary<string, string> Form { get; } = ParseQuery(Body);

    private static Dictionary<string, string> ParseQuery(string text)
    {
        var values = HttpUtility.ParseQueryString(text);
        return values.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => values[k]!, StringComparer.Ordinal);
    }
}
