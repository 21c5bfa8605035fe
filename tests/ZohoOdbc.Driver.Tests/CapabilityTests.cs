using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;

namespace ZohoOdbc.Driver.Tests;

/// <summary>
/// A bit set in a SQLGetInfo mask is a promise that the SQL it names runs (Power BI trusts the
/// masks, Tableau probes them): every advertised function, join, aggregate and predicate is run here.
/// </summary>
[Collection("odbc")]
public sealed class CapabilityTests(OdbcFixture odbc)
{
    private const string D = "CAST('2026-03-15 10:20:30' AS datetime)";

    private static readonly Dictionary<ushort, (uint Bit, string Sql)[]> Probes = new()
    {
        [50] = // SQL_STRING_FUNCTIONS
        [
            (0x1, "{fn CONCAT('a', 'b')}"), (0x2, "{fn INSERT('abcd', 2, 1, 'x')}"), (0x4, "{fn LEFT('abc', 2)}"), (0x8, "{fn LTRIM(' a')}"),
            (0x10, "{fn LENGTH('abc')}"), (0x20, "{fn LOCATE('b', 'abc')}"), (0x40, "{fn LCASE('A')}"), (0x80, "{fn REPEAT('a', 3)}"),
            (0x100, "{fn REPLACE('abc', 'b', 'x')}"), (0x200, "{fn RIGHT('abc', 2)}"), (0x400, "{fn RTRIM('a ')}"), (0x800, "{fn SUBSTRING('abc', 2, 1)}"),
            (0x1000, "{fn UCASE('a')}"), (0x2000, "{fn ASCII('a')}"), (0x4000, "{fn CHAR(65)}"), (0x10000, "{fn LOCATE('b', 'abcb', 3)}"),
            (0x40000, "{fn SPACE(2)}"), (0x80000, "{fn CHAR_LENGTH('abc')}"), (0x100000, "{fn CHARACTER_LENGTH('abc')}"),
        ],
        [49] = // SQL_NUMERIC_FUNCTIONS
        [
            (0x1, "{fn ABS(-1)}"), (0x2, "{fn ACOS(0.5)}"), (0x4, "{fn ASIN(0.5)}"), (0x8, "{fn ATAN(0.5)}"), (0x20, "{fn CEILING(1.5)}"),
            (0x40, "{fn COS(0.5)}"), (0x100, "{fn EXP(1)}"), (0x200, "{fn FLOOR(1.5)}"), (0x400, "{fn LOG(2)}"), (0x800, "{fn MOD(7, 3)}"),
            (0x1000, "{fn SIGN(-2)}"), (0x2000, "{fn SIN(0.5)}"), (0x4000, "{fn SQRT(4)}"), (0x8000, "{fn TAN(0.5)}"), (0x10000, "{fn PI()}"),
            (0x40000, "{fn DEGREES(1)}"), (0x100000, "{fn POWER(2, 3)}"), (0x200000, "{fn RADIANS(90)}"), (0x400000, "{fn ROUND(1.25, 1)}"),
            (0x800000, "{fn TRUNCATE(1.25, 1)}"),
        ],
        [52] = // SQL_TIMEDATE_FUNCTIONS
        [
            (0x1, "{fn NOW()}"), (0x2, "{fn CURDATE()}"), (0x4, $"{{fn DAYOFMONTH({D})}}"), (0x8, $"{{fn DAYOFWEEK({D})}}"), (0x10, $"{{fn DAYOFYEAR({D})}}"),
            (0x20, $"{{fn MONTH({D})}}"), (0x40, $"{{fn QUARTER({D})}}"), (0x80, $"{{fn WEEK({D})}}"), (0x100, $"{{fn YEAR({D})}}"),
            (0x400, $"{{fn HOUR({D})}}"), (0x800, $"{{fn MINUTE({D})}}"), (0x1000, $"{{fn SECOND({D})}}"),
            (0x2000, $"{{fn TIMESTAMPADD(SQL_TSI_DAY, 1, {D})}}"), (0x4000, $"{{fn TIMESTAMPDIFF(SQL_TSI_DAY, {D}, {D})}}"),
            (0x8000, $"{{fn DAYNAME({D})}}"), (0x10000, $"{{fn MONTHNAME({D})}}"), (0x20000, "{fn CURRENT_DATE()}"), (0x80000, "{fn CURRENT_TIMESTAMP()}"),
        ],
        [51] = [(0x2, "{fn DATABASE()}"), (0x4, "{fn IFNULL(NULL, 1)}")], // SQL_SYSTEM_FUNCTIONS
        [109] = Intervals("TIMESTAMPADD", "1, " + D), // SQL_TIMEDATE_ADD_INTERVALS
        [110] = Intervals("TIMESTAMPDIFF", D + ", " + D), // SQL_TIMEDATE_DIFF_INTERVALS
        [48] = [(0x2, "CAST(1 AS varchar(10))")], // SQL_CONVERT_FUNCTIONS
        [165] = [(0x1, "CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END"), (0x2, "CAST(1 AS int)"), (0x4, "COALESCE(NULL, 1)"), (0x8, "NULLIF(1, 2)")], // SQL92_VALUE_EXPRESSIONS
        [164] = [(0x2, "LOWER('A')"), (0x4, "UPPER('a')"), (0x8, "SUBSTRING('abc', 1, 2)")], // SQL_SQL92_STRING_FUNCTIONS
        [155] = [(0x4, "CURRENT_TIMESTAMP")], // SQL_SQL92_DATETIME_FUNCTIONS
    };

    /// <summary>Statements (not expressions) behind the query-shape masks.</summary>
    private static readonly Dictionary<ushort, (uint Bit, string Sql)[]> Statements = new()
    {
        [169] = // SQL_AGGREGATE_FUNCTIONS
        [
            (0x1, "SELECT AVG(total) FROM invoices"), (0x2, "SELECT COUNT(*) FROM invoices"), (0x4, "SELECT MAX(total) FROM invoices"),
            (0x8, "SELECT MIN(total) FROM invoices"), (0x10, "SELECT SUM(total) FROM invoices"), (0x20, "SELECT COUNT(DISTINCT status) FROM invoices"),
            (0x40, "SELECT COUNT(ALL status) FROM invoices"),
        ],
        [161] = // SQL_SQL92_RELATIONAL_JOIN_OPERATORS
        [
            (0x2, "SELECT TOP 1 i.invoice_number FROM invoices i CROSS JOIN contacts c"),
            (0x8, "SELECT TOP 1 i.invoice_number FROM invoices i FULL OUTER JOIN contacts c ON i.customer_id = c.contact_id"),
            (0x10, "SELECT TOP 1 i.invoice_number FROM invoices i INNER JOIN contacts c ON i.customer_id = c.contact_id"),
            (0x40, "SELECT TOP 1 i.invoice_number FROM invoices i LEFT OUTER JOIN contacts c ON i.customer_id = c.contact_id"),
            (0x100, "SELECT TOP 1 i.invoice_number FROM invoices i RIGHT OUTER JOIN contacts c ON i.customer_id = c.contact_id"),
        ],
        [115] = // SQL_OJ_CAPABILITIES
        [
            (0x1, "SELECT TOP 1 i.invoice_number FROM {oj invoices i LEFT OUTER JOIN contacts c ON i.customer_id = c.contact_id}"),
            (0x2, "SELECT TOP 1 i.invoice_number FROM {oj invoices i RIGHT OUTER JOIN contacts c ON i.customer_id = c.contact_id}"),
            (0x4, "SELECT TOP 1 i.invoice_number FROM {oj invoices i FULL OUTER JOIN contacts c ON i.customer_id = c.contact_id}"),
            (0x8, "SELECT TOP 1 i.invoice_number FROM {oj invoices i LEFT OUTER JOIN (contacts c LEFT OUTER JOIN invoices j ON j.customer_id = c.contact_id) ON i.customer_id = c.contact_id}"),
            (0x10, "SELECT TOP 1 i.invoice_number FROM {oj invoices i LEFT OUTER JOIN contacts c ON c.contact_id = i.customer_id}"),
            (0x20, "SELECT TOP 1 i.invoice_number FROM {oj invoices i INNER JOIN contacts c ON i.customer_id = c.contact_id}"),
            (0x40, "SELECT TOP 1 i.invoice_number FROM {oj invoices i LEFT OUTER JOIN contacts c ON i.customer_id <> c.contact_id AND i.total >= 0}"),
        ],
        [95] = // SQL_SUBQUERIES
        [
            (0x1, "SELECT TOP 1 invoice_number FROM invoices WHERE total = (SELECT MAX(total) FROM invoices)"),
            (0x2, "SELECT TOP 1 invoice_number FROM invoices i WHERE EXISTS (SELECT 1 FROM contacts c WHERE c.contact_id = i.customer_id)"),
            (0x4, "SELECT TOP 1 invoice_number FROM invoices WHERE customer_id IN (SELECT contact_id FROM contacts)"),
            (0x10, "SELECT TOP 1 invoice_number FROM invoices i WHERE total > (SELECT AVG(total) FROM invoices j WHERE j.customer_id = i.customer_id)"),
        ],
        [96] = [(0x1, "SELECT 1 UNION SELECT 2"), (0x2, "SELECT 1 UNION ALL SELECT 1")], // SQL_UNION
        [92] = [(0x1, "SELECT TOP 1 invoice_number FROM zoho.books.invoices")], // SQL_CATALOG_USAGE
        [91] = [(0x1, "SELECT TOP 1 invoice_number FROM books.invoices")], // SQL_SCHEMA_USAGE
    };

    private static (uint, string)[] Intervals(string function, string rest) =>
    [
        .. new[] { "FRAC_SECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR" }
            .Select((name, i) => ((uint)(1 << i), $"{{fn {function}(SQL_TSI_{name}, {rest})}}")),
    ];

    [Fact]
    public void Every_advertised_function_and_construct_runs()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var failures = new List<string>();
        foreach (var (info, probes) in Probes.Select(p => (p.Key, p.Value.Select(x => (x.Bit, "SELECT " + x.Sql)).ToArray()))
                     .Concat(Statements.Select(p => (p.Key, p.Value))))
        {
            var mask = connection.Info<uint>(info, out _);
            var known = probes.Aggregate(0u, (all, p) => all | p.Bit);
            if ((mask & ~known) != 0) failures.Add($"InfoType {info} advertises bits 0x{mask & ~known:X} this test cannot check");
            foreach (var (bit, sql) in probes.Where(p => (mask & p.Bit) != 0))
            {
                using var statement = connection.Statement();
                try
                {
                    statement.Execute(sql);
                    statement.Rows();
                }
                catch (OdbcCallException e)
                {
                    failures.Add($"InfoType {info} bit 0x{bit:X}: {sql} -> [{e.SqlState}] {e.DiagnosticMessage}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void GROUP_BY_LIKE_ESCAPE_and_outer_joins_work_as_advertised()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        if (connection.Info<ushort>(88 /* SQL_GROUP_BY */, out _) == 3 /* SQL_GB_NO_RELATION */)
        {
            statement.Execute("SELECT COUNT(*) FROM invoices GROUP BY status, customer_id");
            Assert.NotEmpty(statement.Rows());
            statement.Close();
        }
        if (connection.InfoText(113 /* SQL_LIKE_ESCAPE_CLAUSE */) == "Y")
        {
            statement.Execute("SELECT 1 WHERE 'a_b' LIKE 'a\\_b' {escape '\\'}");
            Assert.Single(statement.Rows());
            statement.Close();
            statement.Execute("SELECT 1 WHERE 'axb' LIKE 'a\\_b' {escape '\\'}");
            Assert.Empty(statement.Rows());
        }
    }
}
