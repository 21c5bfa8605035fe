using System.Net;
using System.Text.Json;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Records created, edited and deleted through the control API; reset; the request log and its counts.</summary>
public sealed class ControlApiTests(EmulatorHost host) : IClassFixture<EmulatorHost>, IAsyncLifetime
{
    private const string Records = "/organizations/" + EmulatorCredentials.OrganizationId + "/records/";

    public Task InitializeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Edit_changes_fields_and_moves_last_modified_time()
    {
        Invoice invoice = host.Data.Invoices[5];
        Reply edit = await host.ControlAsync(HttpMethod.Patch, Records + "invoices/" + invoice.InvoiceId, """{"reference_number":"EDITED-1"}""");
        Assert.Equal(HttpStatusCode.NoContent, edit.Status);

        Reply detail = await host.GetAsync($"/books/v3/invoices/{invoice.InvoiceId}?organization_id={EmulatorCredentials.OrganizationId}");
        JsonElement row = detail.Body.GetProperty("invoice");
        Assert.Equal("EDITED-1", row.Str("reference_number"));
        Assert.NotEqual(Format(invoice.LastModifiedTime), row.Str("last_modified_time"));
        Assert.EndsWith("-0500", row.Str("last_modified_time"));

        // A last_modified_time filter from just before the edit finds it.
        var changed = await host.AllRowsAsync("invoices", "invoices", "last_modified_time=" + Uri.EscapeDataString(row.Str("last_modified_time")));
        Assert.Contains(invoice.InvoiceId, changed.Strs("invoice_id"));
    }

    [Fact]
    public async Task Create_copies_the_newest_record_with_the_given_fields_and_a_new_id()
    {
        Reply created = await host.ControlAsync(HttpMethod.Post, Records + "contacts", """{"contact_name":"Nouveau Client SARL","email":"new@client.example"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        string id = created.Body.Str("id");

        Reply list = await host.ListAsync("contacts", "contact_name=" + Uri.EscapeDataString("Nouveau Client SARL"));
        JsonElement row = Assert.Single(list.Body.GetProperty("contacts").EnumerateArray());
        Assert.Equal(id, row.Str("contact_id"));
        Assert.Equal("new@client.example", row.Str("email"));

        // The newest record comes first in the default order (created_time, descending).
        Reply first = await host.ListAsync("contacts", "per_page=1");
        Assert.Equal(id, first.Body.GetProperty("contacts")[0].Str("contact_id"));
    }

    [Fact]
    public async Task Delete_removes_a_record_and_exactly_200_rows_fit_one_page()
    {
        string id = host.Data.Contacts[17].ContactId;
        Assert.Equal(HttpStatusCode.NoContent, (await host.ControlAsync(HttpMethod.Delete, Records + "contacts/" + id)).Status);

        Reply detail = await host.GetAsync($"/books/v3/contacts/{id}?organization_id={EmulatorCredentials.OrganizationId}");
        Assert.Equal(HttpStatusCode.NotFound, detail.Status);
        Assert.Equal(1002, detail.Code);
        Assert.Equal("Contact does not exist.", detail.Message);

        Reply page = await host.ListAsync("contacts", "per_page=200");
        Assert.Equal(200, page.Body.GetProperty("contacts").GetArrayLength());
        Assert.False(page.Body.GetProperty("page_context").GetProperty("has_more_page").GetBoolean());
        Reply next = await host.ListAsync("contacts", "per_page=200&page=2");
        Assert.Equal(0, next.Body.GetProperty("contacts").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await host.ControlAsync(HttpMethod.Delete, Records + "contacts/" + id)).Status);
    }

    [Fact]
    public async Task Bad_edits_are_refused()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.ControlAsync(HttpMethod.Patch, Records + "invoices/1", "{}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await host.ControlAsync(HttpMethod.Patch, "/organizations/1/records/invoices/1", "{}")).Status);
        Reply wrongType = await host.ControlAsync(HttpMethod.Patch, Records + "invoices/" + host.Data.Invoices[0].InvoiceId, """{"total":"lots"}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.ControlAsync(HttpMethod.Post, Records + "bills", "[1,2]")).Status);
    }

    [Fact]
    public async Task Reset_restores_data_log_faults_and_limits()
    {
        await host.ControlAsync(HttpMethod.Delete, Records + "invoices/" + host.Data.Invoices[0].InvoiceId);
        await host.ControlAsync(HttpMethod.Post, "/faults", """{"kind":"500","count":5}""");
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"per_minute_enabled":true,"per_minute_limit":1}""");
        await host.ControlAsync(HttpMethod.Put, "/latency", """{"milliseconds":300}""");

        Assert.Equal(HttpStatusCode.NoContent, (await host.ControlAsync(HttpMethod.Post, "/reset")).Status);

        Reply list = await host.ListAsync("invoices", "response_option=1&per_page=1");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(host.Data.Invoices.Count, list.Body.GetProperty("page_context").GetProperty("total").GetInt32());
        Assert.Equal(0, (await host.ControlAsync(HttpMethod.Get, "/faults")).Body.GetArrayLength());
        Assert.False((await host.ControlAsync(HttpMethod.Get, "/limits")).Body.GetProperty("settings").GetProperty("per_minute_enabled").GetBoolean());
        Assert.Equal(0, (await host.ControlAsync(HttpMethod.Get, "/latency")).Body.GetProperty("milliseconds").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await host.ListAsync("invoices", "per_page=1")).Status);
    }

    [Fact]
    public async Task Request_log_records_api_calls_with_counts_per_endpoint_and_never_control_calls()
    {
        await host.ControlAsync(HttpMethod.Delete, "/requests");
        string token = await host.TokenAsync();
        await host.ListAsync("invoices", "per_page=1");
        await host.ListAsync("invoices", "per_page=2");
        await host.GetAsync($"/books/v3/invoices/{host.Data.Invoices[0].InvoiceId}?organization_id={EmulatorCredentials.OrganizationId}", token: token);
        await host.GetAsync("/books/v3/nothing-here", token: token);
        await host.ControlAsync(HttpMethod.Get, "/health");

        JsonElement log = (await host.ControlAsync(HttpMethod.Get, "/requests")).Body;
        Assert.Equal(4, log.GetArrayLength());
        JsonElement first = log[0];
        foreach (string field in new[] { "sequence", "method", "path", "query_string", "status_code", "time_utc", "organization_id", "endpoint", "data_centre" })
        {
            Assert.True(first.Has(field), field);
        }

        Assert.Equal("/books/v3/invoices", first.Str("path"));
        Assert.Equal("organization_id=" + EmulatorCredentials.OrganizationId + "&per_page=1", first.Str("query_string"));

        JsonElement counts = (await host.ControlAsync(HttpMethod.Get, "/requests/counts")).Body;
        JsonElement lists = counts.EnumerateArray().Single(c => c.Str("endpoint") == "/books/v3/invoices");
        Assert.Equal(2, lists.GetProperty("count").GetInt32());
        Assert.Equal(2, lists.GetProperty("status_codes").GetProperty("200").GetInt32());
        Assert.Contains(counts.EnumerateArray(), c => c.Str("endpoint") == "/books/v3/invoices/{id}");
        Assert.Contains(counts.EnumerateArray(), c => c.Str("endpoint") == "/books/v3/nothing-here"
            && c.GetProperty("status_codes").GetProperty("404").GetInt32() == 1);
    }

    [Fact]
    public async Task Info_describes_data_centres_organizations_and_users()
    {
        JsonElement info = (await host.ControlAsync(HttpMethod.Get, "/info")).Body;
        Assert.Equal(8, info.GetProperty("data_centres").GetArrayLength());
        Assert.Equal(host.Server.BaseUrl + "/eu", info.GetProperty("data_centres").EnumerateArray().Single(d => d.Str("code") == "EU").Str("api_domain"));
        Assert.Contains(info.GetProperty("organizations").EnumerateArray(), o => o.Str("organization_id") == EmulatorCredentials.OrganizationId
            && o.GetProperty("record_counts").GetProperty("invoices").GetInt32() == host.Data.Invoices.Count);
    }

    private static string Format(DateTimeOffset value) => JsonRows.FormatTimestamp(value);
}
