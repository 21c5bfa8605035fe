namespace ZohoOdbc.Core.Cache;

/// <summary>The per-table rows of <c>sys_cache</c>: a table's state, sealed under a keyed hash of its name.</summary>
internal static class CacheTables
{
    public static byte[] Key(CacheCipher cipher, string table) => cipher.Lookup("table", table);

    public static TableState Read(CacheDb db, CacheCipher cipher, string table)
    {
        var key = Key(cipher, table);
        return db.Blob("SELECT state FROM sys_cache WHERE table_key = $t", ("$t", key)) is { } sealedState
            ? TableState.Decode(cipher.Open(sealedState, CacheCipher.Where('s', key)))
            : TableState.Empty(table);
    }

    public static void Write(CacheDb db, CacheCipher cipher, TableState state)
    {
        var key = Key(cipher, state.Name);
        db.Execute("INSERT OR REPLACE INTO sys_cache (table_key, state) VALUES ($t, $s)",
            ("$t", key), ("$s", cipher.Seal(state.Encode(), CacheCipher.Where('s', key))));
    }

    /// <summary>Reads, changes and writes a table's state in the caller's (write) transaction.</summary>
    public static TableState Update(CacheDb db, CacheCipher cipher, string table, Func<TableState, TableState> change)
    {
        var changed = change(Read(db, cipher, table));
        Write(db, cipher, changed);
        return changed;
    }

    /// <summary>Adds API calls to a table's count.</summary>
    public static void AddCalls(CacheDb db, CacheCipher cipher, string table, long list, long detail)
    {
        if (list == 0 && detail == 0) return;
        Update(db, cipher, table, s => s with { ListCalls = s.ListCalls + list, DetailCalls = s.DetailCalls + detail });
    }
}
