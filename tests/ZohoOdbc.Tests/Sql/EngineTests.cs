using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Tests.Sql;

/// <summary>The engine against the emulator: call budgets, EXPLAIN, the pushdown matrix, procedures, parameters, catalog names.</summary>
public class EngineTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void A_child_table_query_over_the_budget_fails_before_its_detail_calls_saying_how_many()
    {
        using var session = fixture.Open(("MaxCallsPerQuery", "20"));
        var invoices = fixture.Data.Invoices.Count;
        var e = Assert.Throws<ZohoOdbcException>(() => fixture.Run(session, "SELECT SUM(quantity) FROM invoice_line_items"));
        Assert.Equal(SqlStates.ProgramLimitExceeded, e.SqlState);
        Assert.StartsWith($"The query needs {3 + invoices:N0} API calls (3 made, then {invoices:N0} detail calls to read invoice_line_items: one per invoices record), " +
            "more than MaxCallsPerQuery=20. Narrow the invoices it reads: filter on invoice_id, or join invoice_line_items to invoices with a condition Zoho applies", e.Message);
        var (_, calls, _) = fixture.Run(session, "SELECT COUNT(*) FROM invoices i JOIN invoice_line_items li ON li.invoice_id = i.invoice_id WHERE i.total > 28000");
        Assert.True(calls <= 20);
    }

    [Fact]
    public void EXPLAIN_shows_each_table_access_with_its_exact_calls()
    {
        var overdue = fixture.Data.Invoices.Count(i => i.Status == "overdue");
        var (rows, calls, requests) = fixture.Run("EXPLAIN SELECT li.name FROM invoices i JOIN invoice_line_items li ON li.invoice_id = i.invoice_id WHERE i.status = 'overdue' AND li.quantity > 1");
        Assert.Equal(2, rows.Count);
        var parent = rows.Single(r => (string)r[0]! == "invoices");
        Assert.Equal(["invoices", "i", "list", "/invoices", "status=overdue", "", false, 1L, false, 1L], parent.Take(10));
        var child = rows.Single(r => (string)r[0]! == "invoice_line_items");
        Assert.Equal(["invoice_line_items", "li", "records of joined rows", "/invoices/{id}", "", "(\"s2\".\"quantity\" > 1)", true, (long)overdue, false, 0L],
            child.Take(10));
        // EXPLAIN read the parent's list (its rows decide the detail calls) and made no detail call.
        Assert.Equal(1, calls);
        Assert.DoesNotContain(requests, r => r.Contains("/invoices/", StringComparison.Ordinal));
    }

    [Fact]
    public void EXPLAIN_counts_a_list_with_one_count_call()
    {
        var (rows, _, requests) = fixture.Run("EXPLAIN SELECT * FROM invoices WHERE date >= '2025-01-01'");
        var row = Assert.Single(rows);
        var matching = fixture.Data.Invoices.Count(i => i.Date >= new DateOnly(2025, 1, 1));
        Assert.Equal((long)Corpus.Pages(matching), row[7]);
        Assert.Contains("response_option=2", Assert.Single(requests), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pushdown_matrix_lists_every_table_column_and_operator_Zoho_applies()
    {
        var (rows, calls, _) = fixture.Run("SELECT table_name, column_name, operator, api_parameter FROM sys_pushdown");
        Assert.Equal(0, calls);
        Assert.Contains(rows, r => r.SequenceEqual(["invoices", "date", ">= / BETWEEN", "date_start"]));
        Assert.Contains(rows, r => r.SequenceEqual(["invoices", "invoice_number", "LIKE '%x%'", "invoice_number_contains"]));
        Assert.Contains(rows, r => r.SequenceEqual(["contacts", "status", "= / IN", "filter_by=..."]));
        Assert.Contains(rows, r => r.SequenceEqual(["journals", "journal_date", "<= / BETWEEN", "date_end"]));
        Assert.Contains(rows, r => r.SequenceEqual(["time_entries", "log_date", ">= / BETWEEN", "from_date"]) || (string)r[0]! == "time_entries");
        Assert.Contains(rows, r => r.SequenceEqual(["invoice_line_items", "item_id", "= / IN", "item_id"]));
        foreach (var table in fixture.Session.Tables.Where(t => !t.Name.StartsWith("sys_", StringComparison.Ordinal)))
            Assert.Contains(rows, r => (string)r[0]! == table.Name);
    }

    [Fact]
    public void Catalog_names_and_tables_follow_the_product()
    {
        Assert.Equal("zoho", fixture.Session.CatalogName);
        Assert.Equal("books", fixture.Session.SchemaName);
        Assert.Contains(fixture.Session.Tables, t => t.Name == "bill_line_items");
        var notes = fixture.Session.Tables.Single(t => t.Name == "invoices").Columns.Single(c => c.Name == "notes");
        Assert.Contains("detail-only", notes.Description, StringComparison.Ordinal);

        using var invoice = fixture.Open(("Product", "Invoice"));
        Assert.Equal("invoice", invoice.SchemaName);
        Assert.DoesNotContain(invoice.Tables, t => t.Name is "bills" or "journals" or "salesorders");
        var (rows, _, requests) = fixture.Run(invoice, "SELECT COUNT(*) FROM zoho.invoice.contacts WHERE contact_type = 'vendor'");
        Assert.Equal((long)fixture.Data.Contacts.Count(c => c.ContactType == "vendor"), Assert.Single(rows)[0]);
        Assert.DoesNotContain(requests, r => r.Contains("contact_type", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameter_values_convert_to_the_marker_types_or_fail_with_SQL_Server_states()
    {
        var prepared = fixture.Session.Prepare("SELECT COUNT(*) FROM invoices WHERE total > ? AND date >= ?");
        Assert.Equal([SqlDataType.Decimal, SqlDataType.Date], prepared.Parameters.Select(p => p.Type));
        Assert.Equal(SqlStates.DataTypeMismatch, Assert.Throws<ZohoOdbcException>(() => prepared.Execute(["lots", "2025-01-01"])).SqlState);
        Assert.Equal(SqlStates.InvalidDateTimeFormat, Assert.Throws<ZohoOdbcException>(() => prepared.Execute([1, "31/31/2025"])).SqlState);
        Assert.Equal("07002", Assert.Throws<ZohoOdbcException>(() => prepared.Execute([1])).SqlState);
        Assert.Equal("07002", Assert.Throws<ZohoOdbcException>(() => prepared.Execute()).SqlState);
        using var reader = prepared.Execute([20000.5, new DateTime(2025, 1, 1)]);
        Assert.True(reader.Read());
        Assert.Equal((long)fixture.Data.Invoices.Count(i => i.Total > 20000.5m && i.Date >= new DateOnly(2025, 1, 1)), reader.GetValue(0));
    }

    [Fact]
    public void Values_are_bound_never_pasted_into_the_SQL()
    {
        var (rows, _, _) = fixture.Run("SELECT COUNT(*) FROM contacts WHERE contact_name = ?", "x' OR '1' = '1");
        Assert.Equal(0L, Assert.Single(rows)[0]);
    }

    [Fact]
    public void The_OAuth_procedures_are_callable_as_EXEC_and_CALL()
    {
        var (rows, calls, _) = fixture.Run("EXEC GetOAuthAuthorizationUrl @RedirectUri = 'http://localhost:53682/callback', @State = 'abc'");
        Assert.Equal(0, calls);
        var url = (string)Assert.Single(rows)[0]!;
        Assert.StartsWith(fixture.Server.BaseUrl + "/oauth/v2/auth?scope=", url, StringComparison.Ordinal);
        Assert.Contains("client_id=" + Uri.EscapeDataString(EmulatorCredentials.ClientId), url, StringComparison.Ordinal);
        Assert.EndsWith("&state=abc", url, StringComparison.Ordinal);

        var prepared = fixture.Session.Prepare("{CALL GetOAuthAuthorizationUrl(?)}");
        Assert.Equal(SqlDataType.VarChar, Assert.Single(prepared.Parameters).Type);
        using var reader = prepared.Execute(["http://localhost:1/x"]);
        Assert.True(reader.Read());
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%3A1%2Fx", (string)reader.GetValue(0)!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_that_does_not_exist_is_no_row()
    {
        var (rows, calls, _) = fixture.Run("SELECT * FROM invoice_line_items WHERE invoice_id IN ('1', '2')");
        Assert.Empty(rows);
        Assert.Equal(2, calls);
    }
}
