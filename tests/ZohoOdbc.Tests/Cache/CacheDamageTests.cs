using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Tests.Cache;

/// <summary>A cache file that is garbage, truncated, altered or sealed under another key: set aside, rebuilt, and the query still answers.</summary>
[Collection(CacheCollection.Name)]
public sealed class CacheDamageTests(CacheEmulator emulator)
{
    private const string AllInvoices = "SELECT * FROM invoices ORDER BY invoice_id";

    public static TheoryData<string> Damages => ["garbage", "truncated", "zeroed header"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_cache_file_is_set_aside_and_rebuilt_and_the_query_answers(string damage)
    {
        using var harness = new CacheHarness(emulator, "damage");
        var expected = Load(harness);
        var file = CacheFile(harness);
        // As the next process finds it: nothing of this process holds the file open.
        CacheStore.Forget(harness.CacheDirectory);
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "garbage":
                new Random(1).NextBytes(bytes);
                File.WriteAllBytes(file, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
                break;
            default:
                Array.Clear(bytes, 0, 100);
                File.WriteAllBytes(file, bytes);
                break;
        }

        AssertAnswersAndRebuilds(harness, expected);
    }

    [Fact]
    public void A_cache_sealed_under_another_key_is_set_aside_and_rebuilt_under_the_new_one()
    {
        using var harness = new CacheHarness(emulator, "rekey");
        var expected = Load(harness);
        harness.ClearCalls();
        using (var session = harness.Open(("CacheKey", "another secret")))
            Assert.Equal(expected, CacheHarness.Lines(session, AllInvoices));
        Assert.Equal(CacheEmulator.Invoices / 200, harness.ListCalls("invoices"));
        Assert.Single(SetAside(harness));

        // The key file no longer opens it; the secret does, on any machine.
        var status = CacheStatus.Read(CacheSettings.Default, harness.CacheDirectory, harness.ConfigDirectory, null, null);
        Assert.Contains("another key", Assert.Single(status).Problem);
        var keyed = CacheStatus.Read(new CacheSettings { Key = "another secret" }, harness.CacheDirectory, harness.Directory("elsewhere"), null, null);
        Assert.Equal(CacheEmulator.Invoices, Assert.Single(keyed).Rows);
    }

    [Fact]
    public void A_cached_row_altered_in_place_is_detected_and_the_cache_rebuilt()
    {
        using var harness = new CacheHarness(emulator, "tamper");
        var expected = Load(harness);
        CacheStore.Forget(harness.CacheDirectory);
        using (var connection = new SqliteConnection($"Data Source={CacheFile(harness)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // One sealed row overwritten: SQLite sees nothing wrong, AES-GCM does.
            command.CommandText = "UPDATE records SET body = zeroblob(length(body)) WHERE rowid = (SELECT min(rowid) FROM records)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        AssertAnswersAndRebuilds(harness, expected);
    }

    private static List<string> Load(CacheHarness harness)
    {
        using var session = harness.Open();
        return CacheHarness.Lines(session, AllInvoices);
    }

    private static void AssertAnswersAndRebuilds(CacheHarness harness, List<string> expected)
    {
        harness.ClearCalls();
        using (var session = harness.Open())
        {
            Assert.Equal(expected, CacheHarness.Lines(session, AllInvoices));
            Assert.Equal(CacheEmulator.Invoices / 200, harness.ListCalls("invoices"));
            // Rebuilt: the next query is answered from the new file.
            harness.ClearCalls();
            Assert.Equal(expected, CacheHarness.Lines(session, AllInvoices));
            Assert.Empty(harness.ApiCalls());
        }
        Assert.Single(SetAside(harness));
        var status = CacheStatus.Read(CacheSettings.Default, harness.CacheDirectory, harness.ConfigDirectory, null, null);
        Assert.Equal(CacheEmulator.Invoices, Assert.Single(status, t => t.Table == "invoices").Rows);
    }

    /// <summary>The cache files set aside (without their -wal and -shm).</summary>
    private static IEnumerable<string> SetAside(CacheHarness harness) =>
        Directory.GetFiles(harness.CacheDirectory, "cache-books-60001234567.db.corrupt-*").Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));

    private static string CacheFile(CacheHarness harness) => Path.Combine(harness.CacheDirectory, "cache-books-60001234567.db");
}
