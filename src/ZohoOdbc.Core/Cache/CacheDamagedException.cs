namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The cache file cannot be trusted: not an SQLite database, corrupted or truncated, of another format, or
/// encrypted under another key. The store sets the file aside and starts a new one; the query is answered again.
/// </summary>
internal sealed class CacheDamagedException(string reason, Exception? inner = null) : Exception(reason, inner);
