namespace ZohoOdbc.Core.Cache;

/// <summary>What the local cache keeps (the CacheMode keyword).</summary>
public enum CacheMode
{
    /// <summary>Every query calls Zoho; nothing is written to disk.</summary>
    Off,

    /// <summary>Zoho's answers (list walks and records) are kept by request for CacheTtl.</summary>
    Pages,

    /// <summary>
    /// Each table read in full once is kept as an encrypted replica and brought up to date incrementally
    /// (last_modified_time, date windows) when older than CacheTtl; deletions are found by a periodic reconciliation.
    /// </summary>
    Replica,
}
