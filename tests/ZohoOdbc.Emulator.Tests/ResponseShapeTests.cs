using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Envelopes, list rows versus detail records, ids, dates, timestamps and custom fields as Zoho writes them.</summary>
public sealed partial class ResponseShapeTests(EmulatorHost host) : IClassFixture<EmulatorHost>
{
    public static TheoryData<string, string, string, string, string> Entities() => new()
    {
        { "contacts", "contacts", "contact", "contact_id", "contact_persons" },
        { "invoices", "invoices", "invoice", "invoice_id", "line_items" },
        { "estimates", "estimates", "estimate", "estimate_id", "line_items" },
        { "salesorders", "salesorders", "salesorder", "salesorder_id", "line_items" },
        { "creditnotes", "creditnotes", "creditnote", "creditnote_id", "line_items" },
        { "customerpayments", "customerpayments", "payment", "payment_id", "invoices" },
        { "recurringinvoices", "recurring_invoices", "recurring_invoice", "recurring_invoice_id", "line_items" },
        { "bills", "bills", "bill", "bill_id", "line_items" },
        { "vendorcredits", "vendor_credits", "vendor_credit", "vendor_credit_id", "line_items" },
        { "purchaseorders", "purchaseorders", "purchaseorder", "purchaseorder_id", "line_items" },
        { "vendorpayments", "vendorpayments", "vendorpayment", "payment_id", "bills" },
        { "expenses", "expenses", "expense", "expense_id", "account_id" },
        { "items", "items", "item", "item_id", "hsn_or_sac" },
        { "chartofaccounts", "chartofaccounts", "chart_of_account", "account_id", "description" },
        { "journals", "journals", "journal", "journal_id", "line_items" },
        { "bankaccounts", "bankaccounts", "bankaccount", "account_id", "description" },
        { "banktransactions", "banktransactions", "banktransaction", "transaction_id", "bcy_total" },
        { "settings/taxes", "taxes", "tax", "tax_id", "country" },
        { "users", "users", "user", "user_id", "email_ids" },
        { "projects", "projects", "project", "project_id", "tasks" },
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public async Task List_rows_leave_out_detail_only_fields_that_the_detail_has(string collection, string listKey, string detailKey, string idField, string detailOnly)
    {
        Reply list = await host.ListAsync(collection, "per_page=3");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(0, list.Code);
        Assert.Equal("success", list.Message);
        Assert.True(list.Body.Has("page_context"));
        JsonElement row = list.Body.GetProperty(listKey)[0];
        Assert.False(row.Has(detailOnly), $"{collection} list row has {detailOnly}");
        Assert.Matches("^[0-9]{15,19}$", row.Str(idField));

        Reply detail = await host.GetAsync($"/books/v3/{collection}/{row.Str(idField)}?organization_id={EmulatorCredentials.OrganizationId}");
        JsonElement record = detail.Body.GetProperty(detailKey);
        Assert.True(record.Has(detailOnly), $"{collection} detail lacks {detailOnly}");
        foreach (JsonProperty field in row.EnumerateObject())
        {
            Assert.True(record.Has(field.Name) || field.Name is "updated_time" or "documents" or "exchange_rate" or "effective_date",
                $"{collection}: list field {field.Name} missing from the detail");
        }
    }

    [Fact]
    public async Task Dates_timestamps_amounts_and_custom_fields_look_like_zohos()
    {
        var rows = await host.AllRowsAsync("invoices", "invoices");
        foreach (JsonElement row in rows)
        {
            Assert.Matches(DateForm(), row.Str("date"));
            Assert.Matches(TimestampForm(), row.Str("created_time"));
            Assert.Equal(JsonValueKind.Number, row.GetProperty("total").ValueKind);
            Assert.True(row.Str("last_payment_date") is "" || DateForm().IsMatch(row.Str("last_payment_date")));
            Assert.Equal(JsonValueKind.Object, row.GetProperty("custom_field_hash").ValueKind);
            Assert.True(row.GetProperty("billing_address").Has("zipcode"));
        }

        JsonElement withField = rows.First(r => r.GetProperty("custom_fields").GetArrayLength() > 0);
        JsonElement field = withField.GetProperty("custom_fields")[0];
        Assert.True(withField.GetProperty("custom_field_hash").Has(field.Str("api_name") + "_unformatted"));
        Assert.True(field.Has("customfield_id") && field.Has("label") && field.Has("data_type") && field.Has("index"));

        Reply detail = await host.GetAsync($"/books/v3/invoices/{rows[0].Str("invoice_id")}?organization_id={EmulatorCredentials.OrganizationId}");
        Assert.True(detail.Body.GetProperty("invoice").GetProperty("billing_address").Has("zip"));
    }

    [Fact]
    public async Task Nested_lists_serve_contact_persons_tasks_and_exchange_rates()
    {
        string contactId = host.Data.Contacts.First(c => c.ContactPersons.Count > 1).ContactId;
        string org = "organization_id=" + EmulatorCredentials.OrganizationId;
        Reply persons = await host.GetAsync($"/books/v3/contacts/{contactId}/contactpersons?{org}");
        JsonElement person = persons.Body.GetProperty("contact_persons")[0];
        Reply personDetail = await host.GetAsync($"/books/v3/contacts/{contactId}/contactpersons/{person.Str("contact_person_id")}?{org}");
        Assert.Equal(contactId, personDetail.Body.GetProperty("contact_person").Str("contact_id"));

        string currencyId = host.Data.Currencies.First(c => !c.IsBaseCurrency).CurrencyId;
        Reply rates = await host.GetAsync($"/books/v3/settings/currencies/{currencyId}/exchangerates?{org}&is_current_date=true");
        JsonElement rate = Assert.Single(rates.Body.GetProperty("exchange_rates").EnumerateArray());
        Assert.Equal(host.Data.Currencies.Single(c => c.CurrencyId == currencyId).ExchangeRate, rate.Dec("rate"));

        string projectId = host.Data.Projects[0].ProjectId;
        Reply tasks = await host.GetAsync($"/books/v3/projects/{projectId}/tasks?{org}");
        Assert.Equal(host.Data.Projects[0].Tasks.Count, tasks.Body.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public async Task Non_latin_text_is_sent_as_raw_utf8()
    {
        DataCentre jp = DataCentre.Jp;
        Reply reply = await host.GetAsync($"/books/v3/contacts?organization_id={EmulatorCredentials.OrganizationIdIn(jp)}", jp);
        Assert.Matches("[\u3040-\u9fff]", reply.Text);
        Assert.DoesNotContain("\\u", reply.Text);
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DateForm();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$")]
    private static partial Regex TimestampForm();
}
