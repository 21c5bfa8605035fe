using ZohoOdbc.Core.Cache;
using ZohoOdbc.Core.Sql;
using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>
/// Tables the driver computes itself. <c>sys_pushdown</c> is the pushdown matrix: for every table, the column and
/// SQL operator pairs Zoho applies itself, and the API parameter each becomes (the rest is filtered by the driver).
/// <c>sys_cache</c> is what the connection's cache holds per table (see <see cref="CacheTableRows"/>).
/// </summary>
internal static class SystemTables
{
    public static SystemTableDefinition Pushdown { get; } = new(
        "sys_pushdown",
        "Which column and operator pairs Zoho filters itself (pushdown), per table, and the API parameter they become.",
        [
            Text("table_name", "The table.", nullable: false, size: 128),
            Text("column_name", "The column.", nullable: false, size: 128),
            Text("operator", "The SQL condition, e.g. =, >=, BETWEEN, LIKE 'x%', IN.", nullable: false, size: 32),
            Text("api_parameter", "The list parameter it becomes.", nullable: false, size: 128),
            Text("notes", "How it is applied.", size: 1000),
        ],
        context => PushdownMatrix.Rows(context.Catalog));

    public static SystemTableDefinition Cache { get; } = new(
        "sys_cache",
        "What the local cache of this connection's organization holds, per table: rows, when it was loaded, brought up to date and reconciled, and the API calls spent on it.",
        [
            Text("table_name", "The table.", nullable: false, size: 128),
            Text("cache_mode", "The connection's CacheMode: Off, Pages or Replica.", nullable: false, size: 16),
            Text("state", "fresh, stale (older than CacheTtl: the next query brings it up to date), answers (only Zoho's answers kept by request), or why the file cannot be read.", nullable: false, size: 1000),
            BigCount("rows", "Rows of the replica (0 when the table is not replicated)."),
            BigCount("records", "Records (details with nested rows) kept."),
            BigCount("answers", "Zoho answers kept by request."),
            Time("last_full_load", "When the table was last loaded in full (UTC)."),
            Time("last_delta", "When the records modified since the previous refresh were last read (UTC)."),
            Time("last_reconciliation", "When the table was last walked in full to drop records deleted in Zoho (UTC)."),
            Time("up_to_date_at", "When the table last matched Zoho (UTC)."),
            BigCount("api_calls", "API calls spent on the table: list pages and record calls."),
            BigCount("list_calls", "List pages read from Zoho for the table."),
            BigCount("detail_calls", "Record (detail) calls made for the table."),
        ],
        CacheTableRows.Rows);

    public static IReadOnlyList<SystemTableDefinition> All { get; } = [Cache, Pushdown];

    private static EntityColumn BigCount(string name, string description) => new(name, SqlTypeInfo.BigInt(nullable: false), description);
}
