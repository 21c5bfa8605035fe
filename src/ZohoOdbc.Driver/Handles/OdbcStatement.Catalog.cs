using ZohoOdbc.Driver.Catalog;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>The catalog functions: each builds its rowset and opens it on the ordinary fetch path.</summary>
internal sealed partial class OdbcStatement
{
    public short Tables(string? catalog, string? schema, string? table, string? types) =>
        OpenCatalog(TablesCatalog.Build(Connection.Schema, catalog, schema, table, types, metadataId, OdbcVersion));

    public short Columns(string? catalog, string? schema, string? table, string? column) =>
        OpenCatalog(ColumnsCatalog.Build(Connection.Schema, catalog, schema, table, column, metadataId, OdbcVersion));

    public short PrimaryKeys(string? catalog, string? schema, string? table) =>
        OpenCatalog(KeysCatalog.PrimaryKeys(Connection.Schema, catalog, schema, table, metadataId, OdbcVersion));

    public short ForeignKeys(string? pkCatalog, string? pkSchema, string? pkTable, string? fkCatalog, string? fkSchema, string? fkTable) =>
        OpenCatalog(KeysCatalog.ForeignKeys(Connection.Schema, pkCatalog, pkSchema, pkTable, fkCatalog, fkSchema, fkTable, metadataId, OdbcVersion));

    public short Statistics(string? catalog, string? schema, string? table, ushort unique, ushort reserved) =>
        OpenCatalog(StatisticsCatalog.Build(Connection.Schema, catalog, schema, table, unique, reserved, metadataId, OdbcVersion));

    public short SpecialColumns(ushort identifierType, string? catalog, string? schema, string? table, ushort scope, ushort nullable) =>
        OpenCatalog(SpecialColumnsCatalog.Build(Connection.Schema, identifierType, catalog, schema, table, scope, nullable, metadataId, OdbcVersion));

    public short Procedures() => OpenCatalog(ProceduresCatalog.Procedures(OdbcVersion));

    public short ProcedureColumns() => OpenCatalog(ProceduresCatalog.ProcedureColumns(OdbcVersion));

    public short TablePrivileges(string? catalog, string? schema, string? table) =>
        OpenCatalog(PrivilegesCatalog.Tables(Connection.Schema, catalog, schema, table, metadataId, OdbcVersion));

    public short ColumnPrivileges(string? catalog, string? schema, string? table, string? column) =>
        OpenCatalog(PrivilegesCatalog.Columns(Connection.Schema, catalog, schema, table, column, metadataId, OdbcVersion));

    public short TypeInfo(short dataType) => OpenCatalog(TypeInfoCatalog.Build(dataType, OdbcVersion));

    /// <summary>A catalog result replaces any prepared statement and opens like a query result.</summary>
    private short OpenCatalog(CatalogResult result)
    {
        RequireNoPendingData();
        RequireNoCursor();
        prepared = null;
        Open(result.OpenCursor(), result.Columns);
        return SqlReturn.Success;
    }
}
