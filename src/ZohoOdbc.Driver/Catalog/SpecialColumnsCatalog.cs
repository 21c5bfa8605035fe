using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Results;
using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// SQLSpecialColumns: SQL_BEST_ROWID is the record id, valid for the session (Zoho ids never
/// change); no column is a row version the source updates by itself, so SQL_ROWVER is empty.
/// </summary>
internal static class SpecialColumnsCatalog
{
    private const ushort BestRowId = 1;      // SQL_BEST_ROWID
    private const ushort RowVersion = 2;     // SQL_ROWVER
    private const long ScopeSession = 2;     // SQL_SCOPE_SESSION
    private const long NotPseudo = 1;        // SQL_PC_NOT_PSEUDO

    private static readonly CatalogShape Shape = new(
        Small("SCOPE"),
        Text("COLUMN_NAME", nullable: false),
        Small("DATA_TYPE", nullable: false),
        Text("TYPE_NAME", nullable: false),
        Int("COLUMN_SIZE", odbc2Name: "PRECISION"),
        Int("BUFFER_LENGTH", odbc2Name: "LENGTH"),
        Small("DECIMAL_DIGITS", odbc2Name: "SCALE"),
        Small("PSEUDO_COLUMN"));

    public static CatalogResult Build(SchemaModel schema, ushort identifierType, string? catalog, string? schemaName, string? table,
        ushort scope, ushort nullable, bool metadataId, int odbcVersion)
    {
        if (identifierType is not (BestRowId or RowVersion))
            throw new OdbcException(OdbcStates.InvalidColumnType, $"Identifier type {identifierType} is not valid.");
        if (scope > ScopeSession) throw new OdbcException(OdbcStates.InvalidScopeType, $"Scope {scope} is not valid.");
        if (nullable > 1) throw new OdbcException(OdbcStates.InvalidNullableType, $"Nullable option {nullable} is not valid.");
        if (table is null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The table name cannot be a null pointer.");

        var result = new CatalogResult(Shape.For(odbcVersion));
        if (identifierType == RowVersion) return result;
        var tables = schema.Match(CatalogArgument.Ordinary(catalog, metadataId), CatalogArgument.Ordinary(schemaName, metadataId),
            CatalogArgument.Ordinary(table, metadataId));
        foreach (var info in tables)
        {
            if (schema.Keys.PrimaryKeyOf(info.Name) is not { } key) continue;
            var source = info.FixedColumns.First(c => string.Equals(c.Name, key.Column, StringComparison.OrdinalIgnoreCase));
            var described = ColumnDescriptor.FromCatalog(info.Name, source);
            result.Add(ScopeSession, source.Name, (long)described.Type.ConciseType(odbcVersion), described.Type.TypeName,
                (long)described.ColumnSize, (long)described.OctetLength,
                described.Type.HasDecimalDigits ? (long)described.DecimalDigits : null, NotPseudo);
        }
        return result;
    }
}
