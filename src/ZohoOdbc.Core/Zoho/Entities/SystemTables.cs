using ZohoOdbc.Core.Sql;
using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>
/// Tables the driver computes itself. <c>sys_pushdown</c> is the pushdown matrix: for every table, the column and
/// SQL operator pairs Zoho applies itself, and the API parameter each becomes (the rest is filtered by the driver).
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
        PushdownMatrix.Rows);

    public static IReadOnlyList<SystemTableDefinition> All { get; } = [Pushdown];
}
