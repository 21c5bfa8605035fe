using System.Buffers.Binary;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The replica's rows and records in the cache file. A table's rows live in generations: readers read the committed one
/// (named in its sys_cache state); a full walk writes the next one page by page and commits it by switching the state and
/// dropping the others in one transaction, so no reader sees half a walk. A delta changes the committed generation in one
/// transaction. Rows keep Zoho's list order (<c>seq</c>); a record's detail is kept once per record, with its version.
/// </summary>
internal static class ReplicaRows
{
    public static byte[] RecordKey(CacheCipher cipher, EntityDefinition entity, string id) => cipher.Lookup("record", entity.Name, id);

    public static UInt128 Id(byte[] key) => BinaryPrimitives.ReadUInt128BigEndian(key);

    /// <summary>Writes a walk's page into <paramref name="generation"/> (a row seen twice as pages shift keeps one copy); returns the next seq.</summary>
    public static long Insert(CacheDb db, CacheCipher cipher, EntityDefinition entity, byte[] tableKey, long generation, IEnumerable<object?[]> rows, long seq)
    {
        var command = db.Command("""
            INSERT INTO records (table_key, generation, record_key, seq, version, body) VALUES ($t, $g, $r, $s, $v, $b)
            ON CONFLICT (table_key, generation, record_key) DO UPDATE SET version = excluded.version, body = excluded.body
            """, ("$t", tableKey), ("$g", generation), ("$r", null), ("$s", 0L), ("$v", null), ("$b", null));
        var idOrdinal = entity.OrdinalOf(entity.IdColumn);
        foreach (var row in rows)
        {
            if (row[idOrdinal] is not string id) continue;
            Bind(command, cipher, entity, tableKey, id, row, seq++);
            command.ExecuteNonQuery();
        }
        return seq;
    }

    /// <summary>
    /// A delta's rows into the committed generation: a known record keeps its place, a new one goes first (Zoho lists the
    /// newest first). Returns how many were new.
    /// </summary>
    public static int Upsert(CacheDb db, CacheCipher cipher, EntityDefinition entity, byte[] tableKey, long generation, IReadOnlyList<object?[]> rows)
    {
        var first = db.Scalar("SELECT coalesce(min(seq), 0) FROM records WHERE table_key = $t AND generation = $g", ("$t", tableKey), ("$g", generation));
        var added = 0;
        var command = db.Command("""
            INSERT INTO records (table_key, generation, record_key, seq, version, body) VALUES ($t, $g, $r, $s, $v, $b)
            ON CONFLICT (table_key, generation, record_key) DO UPDATE SET version = excluded.version, body = excluded.body
            """, ("$t", tableKey), ("$g", generation), ("$r", null), ("$s", 0L), ("$v", null), ("$b", null));
        var idOrdinal = entity.OrdinalOf(entity.IdColumn);
        // The last row of the delta is the oldest: placed first, the newest ends before all others.
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (rows[i][idOrdinal] is not string id) continue;
            var exists = db.Scalar("SELECT count(*) FROM records WHERE table_key = $t AND generation = $g AND record_key = $r",
                ("$t", tableKey), ("$g", generation), ("$r", RecordKey(cipher, entity, id))) > 0;
            if (!exists) added++;
            Bind(command, cipher, entity, tableKey, id, rows[i], exists ? 0 : --first);
            command.ExecuteNonQuery();
        }
        return added;
    }

    private static void Bind(Microsoft.Data.Sqlite.SqliteCommand command, CacheCipher cipher, EntityDefinition entity, byte[] tableKey, string id,
        object?[] row, long seq)
    {
        var recordKey = RecordKey(cipher, entity, id);
        command.Parameters["$r"].Value = recordKey;
        command.Parameters["$s"].Value = seq;
        command.Parameters["$v"].Value = RecordVersion.OfRow(cipher, entity, row);
        command.Parameters["$b"].Value = cipher.Seal(RowCodec.Encode(row), CacheCipher.Where('r', tableKey, recordKey));
    }

    /// <summary>
    /// The committed rows in Zoho's order, those that pass <paramref name="filter"/> (tested on every value of the row), opened
    /// with the values <paramref name="columnsRead"/> marks (null: all), to be decoded page by page.
    /// </summary>
    public static OpenedRows Read(CacheDb db, CacheCipher cipher, byte[] tableKey, long generation, LocalFilter filter, bool[]? columnsRead = null)
    {
        var rows = new OpenedRows(columnsRead);
        using var batch = new SealedRowBatch(cipher, tableKey, filter, columnsRead);
        using var statement = new RawStatement(db.Connection, "SELECT record_key, body FROM records WHERE table_key = ?1 AND generation = ?2 ORDER BY seq");
        statement.Bind(1, tableKey);
        statement.Bind(2, generation);
        while (statement.Step())
        {
            batch.Add(statement.Blob(0), statement.Blob(1));
            if (batch.IsFull) batch.DrainInto(rows);
        }
        batch.DrainInto(rows);
        return rows;
    }

    /// <summary>Makes <paramref name="generation"/> the only one: other generations (older, or left by a refresh cut short) and the records of deleted rows go.</summary>
    public static long Commit(CacheDb db, byte[] tableKey, long generation)
    {
        db.Execute("DELETE FROM records WHERE table_key = $t AND generation <> $g", ("$t", tableKey), ("$g", generation));
        db.Execute("""
            DELETE FROM details WHERE table_key = $t
              AND record_key NOT IN (SELECT record_key FROM records WHERE table_key = $t AND generation = $g)
            """, ("$t", tableKey), ("$g", generation));
        return Count(db, tableKey, generation);
    }

    /// <summary>Drops what a refresh cut short left (generations other than the committed one).</summary>
    public static void DropUncommitted(CacheDb db, byte[] tableKey, long committed) =>
        db.Execute("DELETE FROM records WHERE table_key = $t AND generation <> $g", ("$t", tableKey), ("$g", committed));

    public static long Count(CacheDb db, byte[] tableKey, long generation) =>
        db.Scalar("SELECT count(*) FROM records WHERE table_key = $t AND generation = $g", ("$t", tableKey), ("$g", generation));

    public static byte[]? RowVersion(CacheDb db, byte[] tableKey, long generation, byte[] recordKey) =>
        db.Blob("SELECT version FROM records WHERE table_key = $t AND generation = $g AND record_key = $r",
            ("$t", tableKey), ("$g", generation), ("$r", recordKey));

    public static void Remove(CacheDb db, byte[] tableKey, long generation, byte[] recordKey)
    {
        db.Execute("DELETE FROM records WHERE table_key = $t AND generation = $g AND record_key = $r", ("$t", tableKey), ("$g", generation), ("$r", recordKey));
        db.Execute("DELETE FROM details WHERE table_key = $t AND record_key = $r", ("$t", tableKey), ("$r", recordKey));
    }

    /// <summary>The versions of the committed rows, by record key.</summary>
    public static Dictionary<UInt128, byte[]> Versions(CacheDb db, byte[] tableKey, long generation)
    {
        var versions = new Dictionary<UInt128, byte[]>();
        var command = db.Command("SELECT record_key, version FROM records WHERE table_key = $t AND generation = $g", ("$t", tableKey), ("$g", generation));
        using var reader = command.ExecuteReader();
        while (reader.Read()) versions[Id((byte[])reader[0])] = (byte[])reader[1];
        return versions;
    }

    /// <summary>The kept records' versions and fetch times, by record key.</summary>
    public static Dictionary<UInt128, (byte[] Version, long FetchedMs)> DetailVersions(CacheDb db, byte[] tableKey)
    {
        var versions = new Dictionary<UInt128, (byte[], long)>();
        var command = db.Command("SELECT record_key, version, fetched_ms FROM details WHERE table_key = $t", ("$t", tableKey));
        using var reader = command.ExecuteReader();
        while (reader.Read()) versions[Id((byte[])reader[0])] = ((byte[])reader[1], reader.GetInt64(2));
        return versions;
    }

    public sealed record KeptDetail(byte[] Version, long FetchedMs, byte[] Json);

    public static KeptDetail? ReadDetail(CacheDb db, CacheCipher cipher, byte[] tableKey, byte[] recordKey)
    {
        var command = db.Command("SELECT version, fetched_ms, body FROM details WHERE table_key = $t AND record_key = $r", ("$t", tableKey), ("$r", recordKey));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var version = (byte[])reader[0];
        return new KeptDetail(version, reader.GetInt64(1), cipher.Open((byte[])reader[2], CacheCipher.Where('d', tableKey, recordKey, version)));
    }

    public static void WriteDetail(CacheDb db, CacheCipher cipher, byte[] tableKey, byte[] recordKey, byte[] version, byte[] json, long fetchedMs) =>
        db.Execute("INSERT OR REPLACE INTO details (table_key, record_key, version, fetched_ms, body) VALUES ($t, $r, $v, $f, $b)",
            ("$t", tableKey), ("$r", recordKey), ("$v", version), ("$f", fetchedMs), ("$b", cipher.Seal(json, CacheCipher.Where('d', tableKey, recordKey, version))));
}
