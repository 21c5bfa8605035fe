using System.Globalization;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// Typed cf_ columns: discovered from the organization's records once per session, typed by Zoho's data_type, valued
/// from custom_field_hash, listed by the catalog, filterable and aggregable, and described before execution as executed.
/// </summary>
public class CustomFieldTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string InvoiceFields =
        "cf_pallets, cf_weight_kg, cf_insured_amount, cf_commission, cf_rush_order, cf_dispatched_at, cf_ops_email, cf_project_code, cf_delivery_date";

    [Theory]
    [InlineData("number", SqlDataType.BigInt, 19, 0)]
    [InlineData("decimal", SqlDataType.Decimal, 28, 8)]
    [InlineData("amount", SqlDataType.Decimal, 18, 2)]
    [InlineData("percent", SqlDataType.Decimal, 18, 4)]
    [InlineData("date", SqlDataType.Date, 10, 0)]
    [InlineData("date_time", SqlDataType.Timestamp, 19, 0)]
    [InlineData("datetime", SqlDataType.Timestamp, 19, 0)]
    [InlineData("check_box", SqlDataType.Bit, 1, 0)]
    [InlineData("string", SqlDataType.VarChar, 255, 0)]
    [InlineData("email", SqlDataType.VarChar, 255, 0)]
    [InlineData("url", SqlDataType.VarChar, 255, 0)]
    [InlineData("phone", SqlDataType.VarChar, 255, 0)]
    [InlineData("dropdown", SqlDataType.VarChar, 255, 0)]
    [InlineData("autonumber", SqlDataType.VarChar, 255, 0)]
    [InlineData("multiselect", SqlDataType.VarChar, 4000, 0)]
    [InlineData("lookup", SqlDataType.VarChar, 4000, 0)]
    [InlineData("something_new", SqlDataType.VarChar, 255, 0)]
    public void Each_data_type_has_its_sql_type(string dataType, SqlDataType type, int size, short scale)
    {
        var sqlType = CustomFieldTypes.SqlType(dataType);
        Assert.Equal((type, size, scale, true), (sqlType.Type, sqlType.Size, sqlType.Scale, sqlType.Nullable));
    }

    [Fact]
    public void The_column_name_carries_the_cf_prefix_once()
    {
        Assert.Equal("cf_region", new CustomFieldDefinition("cf_region", "Region", "string").ColumnName);
        Assert.Equal("cf_region", new CustomFieldDefinition("region", "Region", "string").ColumnName);
    }

    [Fact]
    public void Invoice_custom_fields_are_described_with_their_types_before_execution()
    {
        var prepared = fixture.Session.Prepare($"SELECT {InvoiceFields} FROM invoices");
        var types = prepared.Columns.Select(c => (c.Name, c.Type, c.Size, c.Scale, c.Nullable)).ToArray();
        Assert.Equal(new (string, SqlDataType, int, short, bool)[]
        {
            ("cf_pallets", SqlDataType.BigInt, 19, 0, true),
            ("cf_weight_kg", SqlDataType.Decimal, 28, 8, true),
            ("cf_insured_amount", SqlDataType.Decimal, 18, 2, true),
            ("cf_commission", SqlDataType.Decimal, 18, 4, true),
            ("cf_rush_order", SqlDataType.Bit, 1, 0, true),
            ("cf_dispatched_at", SqlDataType.Timestamp, 19, 0, true),
            ("cf_ops_email", SqlDataType.VarChar, 255, 0, true),
            ("cf_project_code", SqlDataType.VarChar, 255, 0, true),
            ("cf_delivery_date", SqlDataType.Date, 10, 0, true),
        }, types);
        var (_, _, _, executed) = fixture.Execute(prepared, []);
        Assert.Equal(prepared.Columns, executed);
    }

    [Fact]
    public void Values_equal_the_emulators_data()
    {
        var (rows, calls, _) = fixture.Run($"SELECT invoice_id, {InvoiceFields} FROM invoices");
        Assert.Equal(Corpus.Pages(fixture.Data.Invoices), calls);
        var expected = fixture.Data.Invoices.Select(i => Show([
            i.InvoiceId,
            Raw(i, "cf_pallets", long.Parse),
            Raw(i, "cf_weight_kg", s => decimal.Parse(s, CultureInfo.InvariantCulture)),
            Raw(i, "cf_insured_amount", s => decimal.Parse(s, CultureInfo.InvariantCulture)),
            Raw(i, "cf_commission", s => decimal.Parse(s, CultureInfo.InvariantCulture)),
            Raw(i, "cf_rush_order", bool.Parse),
            Raw(i, "cf_dispatched_at", s => DateTimeOffset.ParseExact(s, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture).DateTime),
            Raw(i, "cf_ops_email", s => s),
            Raw(i, "cf_project_code", s => s),
            Raw(i, "cf_delivery_date", s => DateOnly.Parse(s, CultureInfo.InvariantCulture)),
        ])).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, rows.Select(Show).Order(StringComparer.Ordinal).ToArray());
        // The data set has values of every kind, so the comparison above is not vacuous.
        foreach (var field in InvoiceFields.Split(", "))
            Assert.Contains(fixture.Data.Invoices, i => i.CustomFieldHash.ContainsKey(field + "_unformatted"));
    }

    [Fact]
    public void A_numeric_custom_field_filters_groups_and_sums()
    {
        var (rows, _, _) = fixture.Run(
            "SELECT cf_rush_order, COUNT(*), SUM(cf_pallets), SUM(cf_insured_amount), MAX(cf_weight_kg), AVG(cf_commission) " +
            "FROM invoices WHERE cf_pallets >= 10 AND cf_weight_kg > 100.5 GROUP BY cf_rush_order");
        var expected = fixture.Data.Invoices
            .Where(i => Raw(i, "cf_pallets", long.Parse) is long p && p >= 10
                && Raw(i, "cf_weight_kg", s => decimal.Parse(s, CultureInfo.InvariantCulture)) is decimal w && w > 100.5m)
            .GroupBy(i => Raw(i, "cf_rush_order", bool.Parse))
            .Select(g => Show([
                g.Key, (long)g.Count(), g.Sum(i => (long)Raw(i, "cf_pallets", long.Parse)!),
                Corpus.Sum(g.Select(i => Raw(i, "cf_insured_amount", s => decimal.Parse(s, CultureInfo.InvariantCulture))).OfType<decimal>()),
                g.Max(i => (decimal)Raw(i, "cf_weight_kg", s => decimal.Parse(s, CultureInfo.InvariantCulture))!),
                Corpus.Average(g.Select(i => Raw(i, "cf_commission", s => decimal.Parse(s, CultureInfo.InvariantCulture))).OfType<decimal>(), 4),
            ])).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.Length >= 2, "both rush and non-rush invoices pass the filter");
        Assert.Equal(expected, rows.Select(Show).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Select_star_keeps_the_raw_json_and_leaves_custom_fields_to_be_named_so_it_costs_no_discovery()
    {
        using var session = fixture.Open();
        var before = fixture.Server.Requests.Snapshot().Count;
        var names = session.Prepare("SELECT * FROM invoices").Columns.Select(c => c.Name).ToArray();
        Assert.Contains("custom_fields", names);
        Assert.Contains("custom_field_hash", names);
        Assert.DoesNotContain(names, n => n.StartsWith("cf_", StringComparison.Ordinal));
        Assert.Empty(Requests(before));
        Assert.Equal(["invoice_id", "cf_pallets"], session.Prepare("SELECT invoice_id, i.cf_pallets FROM invoices i").Columns.Select(c => c.Name));
    }

    [Fact]
    public void The_catalog_lists_the_organizations_custom_fields()
    {
        var invoices = fixture.Session.Tables.Single(t => t.Name == "invoices");
        var pallets = Assert.Single(invoices.Columns, c => c.Name == "cf_pallets");
        Assert.Equal((SqlDataType.BigInt, true), (pallets.Type, pallets.Nullable));
        var contacts = fixture.Session.Tables.Single(t => t.Name == "contacts");
        Assert.Equal(SqlDataType.VarChar, Assert.Single(contacts.Columns, c => c.Name == "cf_segment").Type);
    }

    [Fact]
    public void Discovery_costs_one_list_call_per_table_once_per_session_and_a_detail_call_where_lists_carry_only_the_hash()
    {
        using var session = fixture.Open();
        var before = fixture.Server.Requests.Snapshot().Count;
        session.Prepare("SELECT cf_pallets FROM invoices");
        var invoices = Requests(before);
        Assert.Equal(["/books/v3/invoices"], invoices);

        before = fixture.Server.Requests.Snapshot().Count;
        session.Prepare("SELECT i.cf_pallets, c.cf_segment FROM invoices i JOIN contacts c ON c.contact_id = i.customer_id");
        var contacts = Requests(before);
        // contacts' list rows carry custom_field_hash only: one record's detail gives cf_segment its data_type.
        Assert.Equal("/books/v3/contacts", contacts[0]);
        Assert.InRange(contacts.Length, 2, 1 + CustomFieldDiscovery.MaxDetailCalls);
        Assert.All(contacts.Skip(1), r => Assert.StartsWith("/books/v3/contacts/", r));

        before = fixture.Server.Requests.Snapshot().Count;
        session.Prepare("SELECT cf_segment FROM contacts");
        Assert.Empty(Requests(before));
    }

    [Fact]
    public void A_contacts_dropdown_field_reads_its_values()
    {
        var (rows, _, _) = fixture.Run("SELECT cf_segment, COUNT(*) FROM contacts GROUP BY cf_segment");
        var expected = fixture.Data.Contacts.GroupBy(c => c.CustomFieldHash.GetValueOrDefault("cf_segment_unformatted"))
            .Select(g => Show([g.Key, (long)g.Count()])).Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows.Select(Show).Order(StringComparer.Ordinal));
    }

    private string[] Requests(int before)
    {
        Thread.Sleep(50);
        return fixture.Server.Requests.Snapshot().Skip(before).Where(r => !r.Path.Contains("/oauth/", StringComparison.Ordinal)).Select(r => r.Path).ToArray();
    }

    private static object? Raw<T>(Invoice invoice, string field, Func<string, T> parse) =>
        invoice.CustomFieldHash.TryGetValue(field + "_unformatted", out var raw) ? parse(raw) : null;

    private static string Show(object?[] row) => string.Join(" | ", row.Select(Corpus.Show));
}
