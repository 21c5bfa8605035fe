using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Tests;

public class TranslationTests
{
    private static string Sql(string sql) => SqliteTranslator.Translate(TestSql.Bind(sql));

    [Fact]
    public void Top_where_and_order_by_translate_to_SQLite()
    {
        Assert.Equal(
            "SELECT \"t0\".\"invoice_number\" AS \"c0\", \"t0\".\"total\" AS \"c1\" FROM \"invoices\" AS \"t0\" " +
            "WHERE ((\"t0\".\"status\" = 'paid') AND (\"t0\".\"total\" >= 100)) ORDER BY \"t0\".\"date\" DESC, 2 LIMIT 5",
            Sql("SELECT TOP 5 invoice_number, total FROM invoices WHERE status = 'paid' AND total >= 100 ORDER BY date DESC, 2"));
    }

    [Fact]
    public void Offset_fetch_translates_to_limit_offset()
    {
        Assert.EndsWith("ORDER BY \"t0\".\"date\" LIMIT 10 OFFSET 20",
            Sql("SELECT total FROM invoices ORDER BY date OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY"));
        Assert.EndsWith("LIMIT -1 OFFSET 5", Sql("SELECT total FROM invoices ORDER BY date OFFSET 5 ROWS"));
    }

    [Fact]
    public void Strings_are_requoted_never_pasted()
    {
        Assert.Equal("SELECT 'a''b' AS \"c0\", 'x\" --' AS \"c1\"", Sql("SELECT 'a''b', N'x\" --'"));
    }

    [Fact]
    public void Predicates_translate_with_their_operators()
    {
        var where = Sql("SELECT total FROM invoices WHERE NOT (customer_name LIKE 'a!%%' ESCAPE '!' OR status IN ('paid', 'void')) " +
                        "AND total BETWEEN 1 AND 2.5 AND due_date IS NOT NULL AND balance <> 0 AND reminders_sent !< 1");
        Assert.EndsWith(
            "WHERE (((((NOT ((\"t0\".\"customer_name\" LIKE 'a!%%' ESCAPE '!') OR (\"t0\".\"status\" IN ('paid', 'void')))) " +
            "AND (\"t0\".\"total\" BETWEEN 1 AND 2.5)) AND (\"t0\".\"due_date\" IS NOT NULL)) AND (\"t0\".\"balance\" <> 0)) " +
            "AND (\"t0\".\"reminders_sent\" >= 1))",
            where);
    }

    [Fact]
    public void Date_strings_compared_with_dates_become_ISO_dates()
    {
        Assert.EndsWith("WHERE (\"t0\".\"date\" >= '2024-02-01')", Sql("SELECT total FROM invoices WHERE date >= '20240201'"));
        Assert.EndsWith("WHERE (\"t0\".\"created_time\" < '2024-02-01 00:00:00')",
            Sql("SELECT total FROM invoices WHERE created_time < {d '2024-02-01'}"));
    }

    [Fact]
    public void Functions_casts_and_operators_use_the_SQL_Server_meaning()
    {
        Assert.Equal(
            "SELECT tsql_upper(\"t0\".\"customer_name\") AS \"c0\", length(rtrim(\"t0\".\"invoice_number\", ' ')) AS \"c1\", " +
            "coalesce(\"t0\".\"due_date\", \"t0\".\"date\") AS \"c2\", tsql_round(\"t0\".\"total\", 1) AS \"c3\", " +
            "CAST(strftime('%Y', \"t0\".\"date\") AS INTEGER) AS \"c4\", (\"t0\".\"invoice_number\" || '-x') AS \"c5\", " +
            "(\"t0\".\"total\" / tsql_divisor(2)) AS \"c6\", printf('%.2f', \"t0\".\"total\") AS \"c7\", " +
            "tsql_round(CAST(\"t0\".\"reminders_sent\" AS REAL), 2) AS \"c8\" FROM \"invoices\" AS \"t0\"",
            Sql("SELECT UPPER(customer_name), LEN(invoice_number), ISNULL(due_date, date), ROUND(total, 1), YEAR(date), " +
                "invoice_number + '-x', total / 2, CAST(total AS VARCHAR(MAX)), CAST(reminders_sent AS DECIMAL(10,2)) FROM invoices"));
    }

    [Fact]
    public void Decimal_constants_keep_a_decimal_point()
    {
        Assert.Equal("SELECT 5.0 AS \"c0\", 1000.0 AS \"c1\"", Sql("SELECT CAST(5 AS DECIMAL(10,2)), 1e3"));
    }
}
