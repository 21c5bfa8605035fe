using System.Diagnostics;
using System.Text.Json;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Benchmarks;

/// <summary>An in-process emulator whose first organization has a given size, with an authorized HTTP client.</summary>
public sealed class ServedOrganization : IAsyncDisposable
{
    private readonly EmulatorServer server;
    private readonly HttpClient http;
    private readonly Random random = new(1);

    private ServedOrganization(EmulatorServer server, HttpClient http, TimeSpan start)
    {
        this.server = server;
        this.http = http;
        Start = start;
    }

    /// <summary>Time from start to listening, generation of every organization included.</summary>
    public TimeSpan Start { get; }

    public int Invoices => server.Directory.Primary.Generated.Invoices.Count;

    public static async Task<ServedOrganization> StartAsync(int contacts, int invoices)
    {
        var watch = Stopwatch.StartNew();
        EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, Seed = 42, Contacts = contacts, Invoices = invoices });
        TimeSpan start = watch.Elapsed;
        var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + await TokenAsync(http));
        return new ServedOrganization(server, http, start);
    }

    /// <summary>One request of a page kind, timed in milliseconds (the body is read in full).</summary>
    public async Task<double> FetchAsync(PageKind kind)
    {
        Dataset data = server.Directory.Primary.Generated;
        string path = kind.Path.Replace("{id}", data.Invoices[random.Next(data.Invoices.Count)].InvoiceId, StringComparison.Ordinal);
        string query = kind.Query(Invoices);
        string url = $"{path}?organization_id={EmulatorCredentials.OrganizationId}{(query.Length > 0 ? "&" + query : "")}";
        long started = Stopwatch.GetTimestamp();
        using HttpResponseMessage response = await http.GetAsync(url);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode || body.Length == 0)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        }

        return elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using HttpResponseMessage response = await http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = EmulatorCredentials.RefreshToken,
        }));
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }
}
