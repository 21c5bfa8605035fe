namespace ZohoOdbc.Tests;

public class PushdownTests
{
    private static string Parameters(string sql) =>
        string.Join("&", TestSql.Plan(sql).ApiParameters.Select(p => $"{p.Key}={p.Value}"));

    [Theory]
    [InlineData("WHERE status = 'paid'", "status=paid")]
    [InlineData("WHERE status = 'Paid'", "status=paid")]
    [InlineData("WHERE status = 'unpaid'", "")]
    [InlineData("WHERE customer_id = '982000000100001'", "customer_id=982000000100001")]
    [InlineData("WHERE '982000000100001' = customer_id", "customer_id=982000000100001")]
    [InlineData("WHERE date >= '2024-02-01' AND date <= '2024-02-29'", "date_start=2024-02-01&date_end=2024-02-29")]
    [InlineData("WHERE date > {d '2024-02-01'} AND '2024-03-01' > date", "date_after=2024-02-01&date_before=2024-03-01")]
    [InlineData("WHERE date BETWEEN '2024-02-01' AND '2024-02-29'", "date_start=2024-02-01&date_end=2024-02-29")]
    [InlineData("WHERE due_date = '2024-02-01'", "due_date=2024-02-01")]
    [InlineData("WHERE total > 100 AND balance <= 50.5", "total_greater_than=100&balance_less_equals=50.5")]
    [InlineData("WHERE total < -1 AND total >= '10'", "total_less_than=-1&total_greater_equals=10")]
    [InlineData("WHERE invoice_number LIKE 'INV-001%'", "invoice_number_startswith=INV-001")]
    [InlineData("WHERE invoice_number LIKE 'INV_001%'", "")]
    [InlineData("WHERE invoice_number LIKE '%001'", "")]
    [InlineData("WHERE customer_name LIKE 'acme%'", "")]
    [InlineData("WHERE status IN ('paid')", "status=paid")]
    [InlineData("WHERE status IN ('paid', 'void')", "")]
    [InlineData("WHERE status = 'paid' OR total > 5", "")]
    [InlineData("WHERE NOT status = 'paid'", "")]
    [InlineData("WHERE status <> 'paid'", "")]
    [InlineData("WHERE UPPER(status) = 'PAID'", "")]
    [InlineData("WHERE total > 1e2", "")]
    [InlineData("WHERE status = 'paid' AND status = 'void'", "status=paid")]
    [InlineData("WHERE created_time >= '2024-01-01'", "")]
    [InlineData("WHERE is_emailed = 1", "")]
    public void Top_level_conditions_become_list_filters(string where, string expected) =>
        Assert.Equal(expected, Parameters($"SELECT invoice_id FROM invoices {where}"));

    [Fact]
    public void Contacts_status_goes_through_filter_by()
    {
        Assert.Equal("filter_by=Status.Active&contact_type=customer",
            Parameters("SELECT contact_id FROM contacts WHERE status = 'active' AND contact_type = 'customer'"));
    }

    [Fact]
    public void Pushed_conditions_stay_in_the_local_SQL()
    {
        var plan = TestSql.Plan("SELECT invoice_id FROM invoices WHERE status = 'paid' AND customer_name LIKE '%a%'");
        Assert.Contains("(\"t0\".\"status\" = 'paid')", plan.SqliteSql);
        Assert.Equal(["(\"t0\".\"customer_name\" LIKE '%a%')"], plan.LocalOnlyConditions);
        Assert.Equal("/invoices", plan.Endpoint);
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
        Assert.Equal(expected, Parameters($"SELECT invoice_id, total AS amount FROM invoices {orderBy}"));

    [Theory]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY date DESC", 5L)]
    [InlineData("SELECT invoice_id FROM invoices ORDER BY total OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY", 15L)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices", 5L)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices WHERE customer_name LIKE '%a%' ORDER BY balance", 5L)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY due_date", null)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY customer_name", null)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY created_time", null)]
    [InlineData("SELECT TOP 5 invoice_id FROM invoices ORDER BY status", null)]
    [InlineData("SELECT invoice_id FROM invoices ORDER BY date", null)]
    public void Row_goal_only_when_Zoho_order_is_the_query_order(string sql, long? goal) =>
        Assert.Equal(goal, TestSql.Plan(sql).RowGoal);

    [Fact]
    public void Constant_false_where_and_top_0_need_no_rows()
    {
        Assert.Equal("SELECT 1 WHERE (1 = 0)", TestSql.Plan("SELECT * FROM invoices WHERE 1 = 0").ConstantWhereSql);
        Assert.True(TestSql.Plan("SELECT TOP 0 * FROM invoices").ReadsNoRows);
        Assert.Null(TestSql.Plan("SELECT * FROM invoices WHERE total = 0").ConstantWhereSql);
    }

    [Fact]
    public void Describe_lists_the_call_and_the_local_work()
    {
        var text = TestSql.Plan("SELECT TOP 3 invoice_id FROM invoices WHERE status = 'paid' AND total * 2 > 10 ORDER BY date DESC").Describe();
        Assert.Contains("GET /invoices?status=paid&sort_column=date&sort_order=D (pages of 200)", text);
        Assert.Contains("Stops paging once 3 matching rows are loaded.", text);
        Assert.Contains("Local only: ((\"t0\".\"total\" * 2) > 10)", text);
    }
}
