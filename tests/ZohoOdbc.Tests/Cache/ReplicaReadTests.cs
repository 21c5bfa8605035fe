using Microsoft.Data.Sqlite;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Cache;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// A replica read of a table larger than one batch: opened inside one snapshot of the cache file (damage found there),
/// then handed over page by page, every row once and in Zoho's order.
/// </summary>
public sealed class ReplicaReadTests : IDisposable
{
    // Three batches, the last one partial; each batch is opened in blocks of 1024 rows.
    private const int Rows = SealedRowBatch.Capacity * 2 + 1500;

    private static readonly EntityDefinition Invoices = (EntityDefinition)EntityCatalog.For(ZohoProduct.Books).Find("invoices")!;
    private static readonly int Id = Ordinal("invoice_id"), Number = Ordinal("invoice_number"), Total = Ordinal("total"), Customer = Ordinal("customer_name");

    private readonly string directory = Path.Combine(Path.GetTempPath(), "zohoodbc-replica-read-" + Guid.NewGuid().ToString("N"));
    private readonly CacheStore store;
    private readonly byte[] tableKey;

    public ReplicaReadTests()
    {
        Directory.CreateDirectory(directory);
        store = CacheStore.Open(Path.Combine(directory, "cache-books-1.db"), CacheCipher.Create("replica read tests", null), DriverLog.Off);
        tableKey = CacheTables.Key(store.Cipher, Invoices.Name);
    }

    [Fact]
    public void Pages_hold_every_row_once_in_Zoho_order_across_batch_boundaries()
    {
        Write(generation: 1, "A");
        var read = new bool[Invoices.Columns.Count];
        read[Id] = read[Number] = read[Total] = true;

        var pages = Read(1, Filter(), read).Pages(SealedRowBatch.Capacity).ToList();

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Equal(pages.Count - 1, pages.FindIndex(p => p.Last));
        var rows = pages.SelectMany(p => p.Rows).ToList();
        Assert.Equal(Rows, rows.Count);
        for (var i = 0; i < Rows; i++)
        {
            Assert.Equal(NumberOf("A", i), rows[i][Number]);
            Assert.Equal(i + 0.25m, rows[i][Total]);
            // Not asked for: not decoded.
            Assert.Null(rows[i][Customer]);
        }
    }

    [Fact]
    public void A_filtered_read_keeps_the_matching_rows_in_order_across_a_batch_boundary()
    {
        Write(generation: 1, "A");
        // A008000..A008999 straddle the first batch's end (row 8192).
        var rows = Read(1, Filter(("invoice_number_startswith", "A008"))).Pages(SealedRowBatch.Capacity).SelectMany(p => p.Rows).ToList();

        Assert.Equal(Enumerable.Range(8000, 1000).Select(i => NumberOf("A", i)), rows.Select(r => (string)r[Number]!));
        Assert.Equal("Customer 8000", rows[0][Customer]);

        // The filter reads the row's every value, whatever the reader keeps.
        var read = new bool[Invoices.Columns.Count];
        read[Id] = read[Total] = true;
        var narrow = Read(1, Filter(("invoice_number_startswith", "A008")), read).Pages(SealedRowBatch.Capacity).SelectMany(p => p.Rows).ToList();
        Assert.Equal(Enumerable.Range(8000, 1000).Select(i => i + 0.25m), narrow.Select(r => (decimal)r[Total]!));
        Assert.All(narrow, r => Assert.Null(r[Number]));
    }

    [Fact]
    public void A_refresh_committed_while_the_pages_are_handed_over_is_not_seen()
    {
        Write(generation: 1, "A");
        using var pages = Read(1, Filter()).Pages(SealedRowBatch.Capacity).GetEnumerator();
        Assert.True(pages.MoveNext());
        var rows = pages.Current.Rows.ToList();

        // Another walk commits generation 2, dropping generation 1 from the file, before the next page is asked for.
        Write(generation: 2, "B");
        store.Write(db => ReplicaRows.Commit(db, tableKey, 2));
        while (pages.MoveNext()) rows.AddRange(pages.Current.Rows);

        Assert.Equal(Enumerable.Range(0, Rows).Select(i => NumberOf("A", i)), rows.Select(r => (string)r[Number]!));
    }

    [Fact]
    public void A_damaged_row_in_the_last_batch_fails_the_read_itself_before_any_page()
    {
        Write(generation: 1, "A");
        using (var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE records SET body = zeroblob(length(body)) WHERE seq = $s";
            command.Parameters.AddWithValue("$s", Rows - 10);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Throws<CacheDamagedException>(() => Read(1, Filter()));
    }

    private OpenedRows Read(long generation, LocalFilter filter, bool[]? columnsRead = null) =>
        store.Read(db => ReplicaRows.Read(db, store.Cipher, tableKey, generation, filter, columnsRead));

    private void Write(long generation, string prefix) =>
        store.Write(db => ReplicaRows.Insert(db, store.Cipher, Invoices, tableKey, generation, Enumerable.Range(0, Rows).Select(i => Invoice(prefix, i)), 0));

    private static object?[] Invoice(string prefix, int i)
    {
        var row = new object?[Invoices.Columns.Count];
        row[Id] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        row[Number] = NumberOf(prefix, i);
        row[Total] = i + 0.25m;
        row[Customer] = $"Customer {i}";
        return row;
    }

    private static string NumberOf(string prefix, int i) => prefix + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static LocalFilter Filter(params (string Name, string Value)[] parameters)
    {
        Assert.True(LocalFilter.TryCreate(Invoices, parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)).ToArray(), out var filter));
        return filter;
    }

    private static int Ordinal(string column) => Invoices.OrdinalOf(Invoices.FindColumn(column)!);

    public void Dispose()
    {
        CacheStore.Forget(directory);
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
