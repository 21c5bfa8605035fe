using System.Net;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Each error code and body of reference §6 that does not need a limit or a fault.</summary>
public sealed class ErrorTests(EmulatorHost host) : IClassFixture<EmulatorHost>
{
    private static readonly string Org = "organization_id=" + EmulatorCredentials.OrganizationId;

    [Fact]
    public async Task Missing_authorization_is_code_14()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, host.Server.BaseUrl + "/books/v3/invoices?" + Org);
        Reply reply = await host.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal(14, reply.Code);
        Assert.Equal("The request could not be authenticated as the authentication value you entered is invalid. Enter a valid authentication value and try again.", reply.Message);
        Assert.StartsWith("application/json", reply.Headers["Content-Type"]);
    }

    [Fact]
    public async Task Unknown_token_is_code_57()
    {
        Reply reply = await host.GetAsync("/books/v3/invoices?" + Org, token: "1000.not.a.token");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal(57, reply.Code);
        Assert.Equal("You are not authorized to perform this operation", reply.Message);
    }

    [Fact]
    public async Task Organization_errors_are_code_2_when_missing_and_6041_when_not_the_users()
    {
        Reply missing = await host.GetAsync("/books/v3/invoices");
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal(2, missing.Code);

        Reply other = await host.GetAsync("/books/v3/invoices?organization_id=" + EmulatorCredentials.SecondOrganizationId);
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
        Assert.Equal(6041, other.Code);
        Assert.Equal($"This user is not associated with the CompanyID/CompanyName:{EmulatorCredentials.SecondOrganizationId}.", other.Message);
    }

    [Fact]
    public async Task Unknown_routes_are_code_5_and_missing_records_code_1002()
    {
        Reply route = await host.GetAsync("/books/v3/widgets?" + Org);
        Assert.Equal(HttpStatusCode.NotFound, route.Status);
        Assert.Equal(5, route.Code);
        Assert.Equal("Invalid URL Passed", route.Message);

        Reply record = await host.GetAsync("/books/v3/invoices/460000000999999?" + Org);
        Assert.Equal(HttpStatusCode.NotFound, record.Status);
        Assert.Equal(1002, record.Code);
        Assert.Equal("Invoice does not exist.", record.Message);

        Reply persons = await host.GetAsync("/books/v3/contacts/1/contactpersons?" + Org);
        Assert.Equal(1002, persons.Code);
        Assert.Equal("Contact does not exist.", persons.Message);
    }

    [Fact]
    public async Task Zoho_Invoice_has_no_purchase_side_and_takes_the_organization_header()
    {
        Reply bills = await host.GetAsync("/invoice/v3/bills?" + Org);
        Assert.Equal(HttpStatusCode.NotFound, bills.Status);
        Assert.Equal(5, bills.Code);

        Reply header = await host.GetAsync("/invoice/v3/invoices?per_page=1", headers: new Dictionary<string, string>
        {
            ["X-com-zoho-invoice-organizationid"] = EmulatorCredentials.OrganizationId,
        });
        Assert.Equal(HttpStatusCode.OK, header.Status);

        // Books takes the organization only as a query parameter.
        Reply books = await host.GetAsync("/books/v3/invoices?per_page=1", headers: new Dictionary<string, string>
        {
            ["X-com-zoho-invoice-organizationid"] = EmulatorCredentials.OrganizationId,
        });
        Assert.Equal(2, books.Code);
    }

    [Fact]
    public async Task A_scope_without_the_module_is_code_57()
    {
        string token = await new OAuthFlow(host).TokenWithScopeAsync("ZohoBooks.invoices.READ", DataCentre.Us);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/books/v3/invoices?per_page=1&" + Org, token: token)).Status);
        Reply contacts = await host.GetAsync("/books/v3/contacts?" + Org, token: token);
        Assert.Equal(HttpStatusCode.Unauthorized, contacts.Status);
        Assert.Equal(57, contacts.Code);
        Assert.Equal(57, (await host.GetAsync("/invoice/v3/invoices?" + Org, token: token)).Code);
    }
}
