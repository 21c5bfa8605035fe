using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Tests.Sql;

public class PushdownTests
{
    [Theory]
    [InlineData("WHERE status = 'paid'", "status=paid")]
    [InlineData("WHERE status = 'Paid'", "status=paid")]
    [InlineData("WHERE status = 'unpaid'", "")]
    [InlineData("WHERE customer_id = '982000000100001'", "customer_id=982000000100001")]
    [InlineData("WHERE '982000000100001' = customer_id", "customer_id=982000000100001")]
    [InlineData("WHERE date >= '2024-02-01' AND date <= '2024-02-29'", "date_start=2024-02-01&date_end=2024-02-29")]
    [InlineData("WHERE date > {d '2024-02-01'} AND '2024-03-01' > date", "date_after=2024-02-01&date_before=2024-03-01")]
    [InlineData("WHERE date BETWEEN '2024-02-01' AND '2024-02-29'", "date_start=2024-02-01&date_end=2024-02-29")]
    [InlineData("WHERE date NOT BETWEEN '2024-02-01' AND '2024-02-29'", "")]
    [InlineData("WHERE due_date = '2024-02-01'", "due_date=2024-02-01")]
    [InlineData("WHERE total > 100 AND balance <= 50.5", "total_greater_than=100&balance_less_equals=50.5")]
    [InlineData("WHERE total < -1 AND total >= '10'", "total_less_than=-1&total_greater_equals=10")]
    [InlineData("WHERE invoice_number LIKE 'INV-001%'", "invoice_number_startswith=INV-001")]
    [InlineData("WHERE invoice_number LIKE '%001%'", "invoice_number_contains=001")]
    [InlineData("WHERE invoice_number LIKE 'INV_001%'", "")]
    [InlineData("WHERE invoice_number LIKE '%001'", "")]
    [InlineData("WHERE invoice_number LIKE 'INV[0-9]%'", "")]
    [InlineData("WHERE invoice_number LIKE 'INV!%%' ESCAPE '!'", "")]
    [InlineData("WHERE customer_name LIKE 'acme%'", "")]
    [InlineData("WHERE customer_name = 'acme '", "")]
    [InlineData("WHERE status IN ('paid')", "status=paid")]
    [InlineData("WHERE status IN ('paid', 'void')", "status=paid | status=void")]
    [InlineData("WHERE status IN ('paid', 'unpaid')", "")]
    [InlineData("WHERE status NOT IN ('paid')", "")]
    [InlineData("WHERE status = 'paid' OR total > 5", "")]
    [InlineData("WHERE NOT status = 'paid'", "")]
    [InlineData("WHERE status <> 'paid'", "")]
    [InlineData("WHERE UPPER(status) = 'PAID'", "")]
    [InlineData("WHERE total > 1e2", "")]
    [InlineData("WHERE status = 'paid' AND status = 'void'", "status=paid")]
    [InlineData("WHERE created_time >= '2024-01-01'", "")]
    [InlineData("WHERE last_modified_time > '2024-01-01 10:00:00'", "last_modified_time=2024-01-01T10:00:00+1400")]
    [InlineData("WHERE last_modified_time < '2024-01-01'", "")]
    [InlineData("WHERE is_emailed = 1", "")]
    [InlineData("WHERE total > NULL", "")]
    [InlineData("WHERE invoice_number = ''", "")]
    public void Conditions_Zoho_applies_become_list_parameters(string where, string expected) =>
        Assert.Equal(expected, SqlTest.Parameters($"SELECT invoice_id FROM invoices {where}"));

    [Fact]
    public void Contacts_status_goes_through_filter_by_and_Invoice_has_no_contact_type_filter()
    {
        Assert.Equal("filter_by=Status.Active&contact_type=customer",
            SqlTest.Parameters("SELECT contact_id FROM contacts WHERE status = 'active' AND contact_type = 'customer'"));
        var access = Assert.Single(PushdownPlanner.Plan(
            new QueryBinder(new BindContext(Core.Zoho.EntityCatalog.For(Core.ZohoProduct.Invoice), 0))
                .BindStatement(StatementParser.RequireSelect(StatementParser.Parse(StatementText.Read("SELECT * FROM contacts WHERE contact_type = 'customer'"))), null), []));
        Assert.Empty(access.ParameterSets.Single());
    }

    [Fact]
    public void Parameters_push_like_constants()
    {
        Assert.Equal("status=void&total_greater_than=12.5",
            SqlTest.Parameters("SELECT invoice_id FROM invoices WHERE status = ? AND total > ?", "void", 12.5m));
        Assert.Equal("date_start=2025-01-01&date_end=2025-01-31",
            SqlTest.Parameters("SELECT invoice_id FROM invoices WHERE date BETWEEN ? AND ?", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)));
        Assert.Equal("", SqlTest.Parameters("SELECT invoice_id FROM invoices WHERE status = ?", [null]));
    }

    [Theory]
    [InlineData("ORDER BY date DESC", "sort_column=date&sort_order=D")]
    [InlineData("ORDER BY total", "sort_column=total&sort_order=A")]
    [InlineData("ORDER BY 2 DESC", "sort_column=total&sort_order=D")]
    [InlineData("ORDER BY amount", "sort_column=total&sort_order=A")]
    [InlineData("ORDER BY customer_name", "sort_column=customer_name&sort_order=A")]
    [InlineData("ORDER BY date, total", "")]
    [InlineData("ORDER BY status", "")]
    [InlineData("ORDER BY total * 2", "")]
    public void One_sortable_order_column_becomes_the_API_sort(string orderBy, string expected) =>
        Assert.Equal(expected, SqlTest.Parameters($"SELECT invoice_id, total AS amount FROM invoices {orderBy}"));

    [Theory]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY date DESC", 5L)]
    [InlineData("SELECT invoice_id FROM invoices ORDER BY total OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY", 15L)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices", 5L)]
    [InlineData("SELECT invoice_id FROM invoices ORDER BY total LIMIT 5 OFFSET 5", 10L)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices WHERE customer_name LIKE '%a%' ORDER BY balance", 5L)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY due_date", null)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY customer_name", null)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY created_time", null)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices WHERE notes = 'x'", null)]
    [InlineData("SELECT TOP 5 status, COUNT(*) FROM invoices GROUP BY status", null)]
    [InlineData("SELECT TOP 5 invoice_id, ROW_NUMBER() OVER (ORDER BY total) FROM invoices", null)]
    [InlineData("SELECT invoice_id FROM invoices ORDER BY date", null)]
    public void Paging_stops_early_only_when_Zoho_order_is_the_query_order(string sql, long? goal) =>
        Assert.Equal(goal, TestSql.Plan(sql).Single().Goal?.Rows);

    [Fact]
    public void A_key_lookup_is_one_detail_call_per_id()
    {
        var access = TestSql.Plan("SELECT notes FROM invoices WHERE invoice_id IN ('1', '2', '2') AND total > 5").Single();
        Assert.Equal(AccessKind.KeyLookup, access.Kind);
        Assert.Equal(["1", "2"], access.Keys);
        Assert.Equal(["(\"s1\".\"total\" > 5)"], access.Local);
    }

    [Fact]
    public void A_child_table_joined_to_its_parent_reads_the_parents_records_only()
    {
        var plan = TestSql.Plan("SELECT li.name FROM invoices i JOIN invoice_line_items li ON li.invoice_id = i.invoice_id WHERE i.status = 'paid' AND i.total > 100");
        var child = plan.Single(a => a.Instance.Table.Name == "invoice_line_items");
        Assert.Equal(AccessKind.ChildOfJoinedParent, child.Kind);
        Assert.Equal(2, child.ParentConditions.Count);
        var parent = plan.Single(a => a.Instance.Table.Name == "invoices");
        Assert.Equal("status=paid&total_greater_than=100", string.Join("&", parent.ParameterSets.Single().Select(p => $"{p.Key}={p.Value}")));
    }

    [Theory]
    [InlineData("SELECT * FROM invoice_line_items WHERE item_id = '42'", "item_id=42")]
    [InlineData("SELECT * FROM invoice_line_items WHERE name LIKE 'Desk%'", "item_name_startswith=Desk")]
    [InlineData("SELECT * FROM customer_payment_invoices WHERE invoice_id = '7'", "invoice_id=7")]
    [InlineData("SELECT * FROM invoice_line_items", "")]
    public void A_child_table_alone_reads_the_parents_its_conditions_find(string sql, string expected)
    {
        var access = TestSql.Plan(sql).Single();
        Assert.Equal(AccessKind.ChildOfParentList, access.Kind);
        Assert.Equal(expected, string.Join("&", access.ParameterSets.Single().Select(p => $"{p.Key}={p.Value}")));
    }

    [Theory]
    [InlineData("SELECT i.invoice_id FROM contacts c LEFT JOIN invoices i ON i.customer_id = c.contact_id AND i.status = 'void'", "status=void")]
    [InlineData("SELECT i.invoice_id FROM contacts c LEFT JOIN invoices i ON i.customer_id = c.contact_id WHERE i.status = 'void'", "status=void")]
    [InlineData("SELECT i.invoice_id FROM invoices i LEFT JOIN contacts c ON i.customer_id = c.contact_id AND i.status = 'void'", "")]
    [InlineData("SELECT i.invoice_id FROM invoices i FULL JOIN contacts c ON i.customer_id = c.contact_id AND i.status = 'void'", "")]
    [InlineData("SELECT i.invoice_id FROM contacts c LEFT JOIN invoices i ON i.customer_id = c.contact_id WHERE i.status IS NULL", "")]
    public void Outer_joins_push_only_conditions_that_cannot_change_the_answer(string sql, string expected)
    {
        var access = TestSql.Plan(sql).Single(a => a.Instance.Table.Name == "invoices");
        Assert.Equal(expected, string.Join("&", access.ParameterSets.Single().Select(p => $"{p.Key}={p.Value}")));
    }
}
