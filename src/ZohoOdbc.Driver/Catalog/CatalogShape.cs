using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// The columns of a catalog function's result, named as the specification says for the
/// application's ODBC version: ODBC 2 applications see TABLE_QUALIFIER, TABLE_OWNER, PRECISION, …
/// where ODBC 3 says TABLE_CAT, TABLE_SCHEM, COLUMN_SIZE, ….
/// </summary>
internal sealed class CatalogShape
{
    private readonly (string Name, string? Odbc2Name, OdbcType Type, bool Nullable)[] columns;

    public CatalogShape(params (string Name, string? Odbc2Name, OdbcType Type, bool Nullable)[] columns) => this.columns = columns;

    /// <summary>Text columns: VARCHAR(128); SMALLINT and INTEGER columns as declared.</summary>
    public IReadOnlyList<ColumnDescriptor> For(int odbcVersion) =>
        columns.Select(c => ColumnDescriptor.Metadata(odbcVersion < EnvironmentAttribute.OdbcVersion3 && c.Odbc2Name is { } old ? old : c.Name, c.Type, c.Nullable))
            .ToArray();

    public static (string, string?, OdbcType, bool) Text(string name, bool nullable = true, string? odbc2Name = null) => (name, odbc2Name, OdbcType.VarChar, nullable);

    public static (string, string?, OdbcType, bool) Small(string name, bool nullable = true, string? odbc2Name = null) => (name, odbc2Name, OdbcType.SmallInt, nullable);

    public static (string, string?, OdbcType, bool) Int(string name, bool nullable = true, string? odbc2Name = null) => (name, odbc2Name, OdbcType.Integer, nullable);
}
