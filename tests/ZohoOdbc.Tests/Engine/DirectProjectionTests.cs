using Microsoft.Data.Sqlite;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Tests.Sql;

namespace ZohoOdbc.Tests.Engine;

/// <summary>
/// Statements that only list one table's columns are answered from the loaded rows without SQLite, with exactly the rows
/// and values SQLite's path gives; anything else, and any value SQLite would convert, stays with SQLite.
/// </summary>
public sealed class DirectProjectionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("SELECT * FROM invoices", true)]
    [InlineData("SELECT invoice_number, total AS amount, date, created_time FROM invoices", true)]
    [InlineData("SELECT i.total, i.customer_name FROM invoices i", true)]
    [InlineData("SELECT * FROM invoice_line_items", true)]
    [InlineData("SELECT * FROM invoices WHERE total > 100", false)]
    [InlineData("SELECT * FROM invoices ORDER BY invoice_number", false)]
    [InlineData("SELECT TOP 5 * FROM invoices", false)]
    [InlineData("SELECT DISTINCT customer_name FROM invoices", false)]
    [InlineData("SELECT total * 2 FROM invoices", false)]
    [InlineData("SELECT CAST(total AS float) FROM invoices", false)]
    [InlineData("SELECT invoice_number, 1 FROM invoices", false)]
    [InlineData("SELECT i.invoice_number, c.contact_name FROM invoices i JOIN contacts c ON c.contact_id = i.customer_id", false)]
    [InlineData("SELECT invoice_number FROM invoices WHERE total > ?", false)]
    public void Only_a_plain_column_list_of_one_table_is_answered_directly(string sql, bool direct)
    {
        var statement = ((PlannedQuery)fixture.Session.Prepare(sql)).Statement;
        Assert.Equal(direct, DirectProjection.TryCreate(statement) is not null);
    }

    [Theory]
    [InlineData("invoices", "invoice_id")]
    [InlineData("contacts", "contact_id")]
    [InlineData("invoice_line_items", "line_item_id")]
    [InlineData("customer_payments", "payment_id")]
    [InlineData("exchange_rates", "currency_id")]
    public void A_direct_answer_gives_the_rows_and_values_SQLite_gives(string table, string key)
    {
        Assert.NotNull(DirectProjection.TryCreate(((PlannedQuery)fixture.Session.Prepare($"SELECT * FROM {table}")).Statement));
        Assert.Null(DirectProjection.TryCreate(((PlannedQuery)fixture.Session.Prepare($"SELECT * FROM {table} WHERE {key} IS NOT NULL")).Statement));
        var direct = fixture.Run($"SELECT * FROM {table}").Rows;
        // The same columns through SQLite: a condition every row meets keeps the statement from being answered directly.
        var sqlite = fixture.Run($"SELECT * FROM {table} WHERE {key} IS NOT NULL").Rows;
        Assert.NotEmpty(direct);
        Assert.Equal(sqlite.Count, direct.Count);
        for (var row = 0; row < sqlite.Count; row++)
            for (var column = 0; column < sqlite[row].Length; column++)
            {
                Assert.Equal(sqlite[row][column]?.GetType(), direct[row][column]?.GetType());
                Assert.Equal(sqlite[row][column], direct[row][column]);
                if (sqlite[row][column] is decimal exact) Assert.Equal(exact.Scale, ((decimal)direct[row][column]!).Scale);
            }
    }

    [Fact]
    public void A_value_SQLite_would_convert_sends_the_statement_back_to_SQLite_with_the_rows_kept_so_far()
    {
        var statement = ((PlannedQuery)fixture.Session.Prepare("SELECT invoice_number, total, date FROM invoices")).Statement;
        var instance = statement.Instances[0];
        var table = (EntityDefinition)instance.Table;
        object?[] Row(string number, object? total, object? date)
        {
            var row = new object?[table.Columns.Count];
            row[table.OrdinalOf(table.IdColumn)] = number + "-id";
            row[table.OrdinalOf(table.FindColumn("invoice_number")!)] = number;
            row[table.OrdinalOf(table.FindColumn("total")!)] = total;
            row[table.OrdinalOf(table.FindColumn("date")!)] = date;
            return row;
        }
        var rows = new[]
        {
            Row("INV-1", 12.5m, new DateOnly(2024, 1, 2)), Row("INV-2", null, null),
            // A number as text in a decimal column: SQLite's REAL affinity turns it into 7.25.
            Row("INV-3", "7.25", new DateOnly(2024, 1, 3)), Row("INV-4", 1.005m, new DateOnly(2024, 1, 4)),
        };

        var directAnswer = DirectProjection.TryCreate(statement)!;
        var read = Load(statement, instance, rows, directAnswer);
        Assert.Null(directAnswer.Rows);
        var expected = Load(statement, instance, rows, null);
        Assert.Equal(expected, read);
        Assert.Equal(7.25m, read[2][1]);
        Assert.Equal(1.01m, read[3][1]);
    }

    /// <summary>The rows through the loader and the reader the executor would use, as objects.</summary>
    private static List<object?[]> Load(Core.Sql.BoundStatement statement, Core.Sql.TableInstance instance, object?[][] rows, DirectProjection? direct)
    {
        var connection = SqliteRuntime.OpenInMemory();
        using (var transaction = connection.BeginTransaction())
        {
            using var loader = new SqliteTableLoader(connection, transaction, instance.SqlTable, instance.Table, instance.CustomFields, instance.UsedColumns, direct);
            loader.Add(rows);
            transaction.Commit();
        }
        using IRowReader reader = direct?.Rows is { } kept ? new BlockRowReader(connection, statement.Columns, kept) : SqliteRowReader.Execute(connection, statement.Sql, statement.Columns);
        var result = new List<object?[]>();
        while (reader.Read()) result.Add(Enumerable.Range(0, statement.Columns.Count).Select(reader.GetValue).ToArray());
        return result;
    }
}
