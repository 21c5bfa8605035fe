using System.Text;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests.Engine;

/// <summary>A typed row value bound by the loader's INSERT is stored exactly as its storage value (ToStorage) would be.</summary>
public sealed class PreparedInsertTests
{
    private static readonly object?[] Values =
    [
        null, "", "plain", "Grüße €", 0L, -42L, long.MaxValue, 1250.50m, -0.125m, 79228162514264337593543950335m, 2.5, true, false,
        new DateOnly(2024, 2, 29), DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(999, 1, 9),
        new DateTime(2024, 3, 1, 8, 9, 10), new DateTime(2024, 3, 1, 23, 59, 59, 123), new DateTime(2024, 3, 1, 0, 0, 0).AddTicks(1234567),
        new DateTime(2024, 3, 1, 0, 0, 0).AddTicks(1000), new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(5), DateTime.MinValue,
        DateTime.MaxValue, new TimeOnly(9, 5, 30),
    ];

    [Fact]
    public void Dates_and_timestamps_are_written_as_the_storage_text()
    {
        var random = new Random(7);
        var buffer = new byte[StorageText.MaxLength];
        for (var i = 0; i < 20_000; i++)
        {
            var time = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks));
            if (i % 3 == 0) time = new DateTime(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond);
            if (i % 3 == 1) time = new DateTime(time.Ticks - time.Ticks % TimeSpan.TicksPerMillisecond);
            Assert.Equal(SqliteStorage.FormatTimestamp(time), Encoding.UTF8.GetString(buffer, 0, StorageText.WriteTimestamp(time, buffer)));
            var date = DateOnly.FromDateTime(time);
            Assert.Equal(SqliteStorage.FormatDate(date), Encoding.UTF8.GetString(buffer, 0, StorageText.WriteDate(date, buffer)));
        }
    }

    [Fact]
    public void A_typed_value_is_stored_as_its_storage_value()
    {
        SqliteRuntime.EnsureInitialized();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (kind TEXT, v)";
            create.ExecuteNonQuery();
        }
        using (var insert = new PreparedInsert(connection, "INSERT INTO t VALUES (?1, ?2)"))
        {
            foreach (var value in Values)
            {
                insert.Bind(1, "typed");
                insert.BindValue(2, value);
                insert.Run();
                insert.Bind(1, "storage");
                insert.Bind(2, SqliteStorage.ToStorage(value));
                insert.Run();
            }
        }
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT kind, typeof(v) || ':' || quote(v) FROM t ORDER BY rowid";
        using var reader = query.ExecuteReader();
        var stored = new List<(string Kind, string Value)>();
        while (reader.Read()) stored.Add((reader.GetString(0), reader.GetString(1)));
        for (var i = 0; i < stored.Count; i += 2) Assert.Equal(stored[i + 1].Value, stored[i].Value);
        Assert.Equal(Values.Length * 2, stored.Count);
    }

    [Fact]
    public void A_value_that_cannot_be_stored_is_refused_as_before()
    {
        SqliteRuntime.EnsureInitialized();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var insert = new PreparedInsert(connection, "SELECT ?1");
        Assert.Throws<InvalidOperationException>(() => insert.BindValue(1, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => insert.BindValue(1, new object()));
    }
}
