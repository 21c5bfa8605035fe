using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;

namespace ZohoOdbc.Driver.Tests;

/// <summary>SQLNativeSql writes every ODBC escape out in T-SQL, leaving literals, identifiers and comments alone.</summary>
[Collection("odbc")]
public sealed class NativeSqlTests(OdbcFixture odbc)
{
    [Theory]
    [InlineData("SELECT {d '2026-01-15'}", "SELECT CAST('2026-01-15' AS date)")]
    [InlineData("SELECT {ts '2026-01-15 14:30:00'}", "SELECT CAST('2026-01-15 14:30:00' AS datetime)")]
    [InlineData("SELECT {t '14:30:00'}", "SELECT CAST('14:30:00' AS time)")]
    [InlineData("SELECT {fn UCASE({fn LTRIM(name)})} FROM t", "SELECT UPPER(LTRIM(name)) FROM t")]
    [InlineData("SELECT {fn TIMESTAMPADD(SQL_TSI_DAY, 1, {fn NOW()})}", "SELECT DATEADD(day, 1, GETDATE())")]
    [InlineData("SELECT {fn CONVERT(x, SQL_INTEGER)}", "SELECT CAST(x AS int)")]
    [InlineData("SELECT {fn DATABASE()}", "SELECT N'zoho'")]
    [InlineData("SELECT * FROM {oj a LEFT OUTER JOIN b ON a.id = b.id}", "SELECT * FROM a LEFT OUTER JOIN b ON a.id = b.id")]
    [InlineData("SELECT * FROM t WHERE n LIKE 'a\\_%' {escape '\\'}", "SELECT * FROM t WHERE n LIKE 'a\\_%' ESCAPE '\\'")]
    [InlineData("{call refresh(?, ?)}", "EXEC refresh ?, ?")]
    [InlineData("{?= call compute(?)}", "EXEC ? = compute ?")]
    [InlineData("{CALL proc}", "EXEC proc")]
    [InlineData("SELECT '{fn x}', \"{d}\", [{t}] -- {fn y}\nFROM t", "SELECT '{fn x}', \"{d}\", [{t}] -- {fn y}\nFROM t")]
    [InlineData("SELECT --(*vendor(Microsoft),product(ODBC) fn UCASE('a') *)--", "SELECT UPPER('a')")]
    public void Escapes_are_written_out(string sql, string expected)
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        Assert.Equal(expected, connection.NativeSql(sql));
    }

    [Fact]
    public void A_time_literal_runs_as_a_time_read_as_its_text()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Execute("SELECT {t '14:30:00'}");
        Assert.Equal("14:30:00", Assert.Single(statement.Rows())[0]);
    }

    [Fact]
    public unsafe void Times_are_described_as_SQL_TYPE_TIME_after_prepare()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Prepare("SELECT {t '14:30:00'}, CAST(GETDATE() AS time)");
        var name = stackalloc char[64];
        for (ushort i = 1; i <= 2; i++)
        {
            statement.Check("SQLDescribeColW", OdbcNative.SQLDescribeColW(statement.Handle, i, name, 64, out _, out var type, out var size, out var digits, out _));
            Assert.Equal((92, 8L, 0), ((int)type, (long)size, (int)digits));
        }
    }
}
