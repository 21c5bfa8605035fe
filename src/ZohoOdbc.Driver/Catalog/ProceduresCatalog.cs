using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// SQLProcedures and SQLProcedureColumns: the source has no procedures, so both answer the
/// specification's result shape with no rows (SQL_PROCEDURES is "N").
/// </summary>
internal static class ProceduresCatalog
{
    private static readonly CatalogShape ProcedureShape = new(
        Text("PROCEDURE_CAT", odbc2Name: "PROCEDURE_QUALIFIER"),
        Text("PROCEDURE_SCHEM", odbc2Name: "PROCEDURE_OWNER"),
        Text("PROCEDURE_NAME", nullable: false),
        Int("NUM_INPUT_PARAMS"),
        Int("NUM_OUTPUT_PARAMS"),
        Int("NUM_RESULT_SETS"),
        Text("REMARKS"),
        Small("PROCEDURE_TYPE"));

    private static readonly CatalogShape ColumnShape = new(
        Text("PROCEDURE_CAT", odbc2Name: "PROCEDURE_QUALIFIER"),
        Text("PROCEDURE_SCHEM", odbc2Name: "PROCEDURE_OWNER"),
        Text("PROCEDURE_NAME", nullable: false),
        Text("COLUMN_NAME", nullable: false),
        Small("COLUMN_TYPE", nullable: false),
        Small("DATA_TYPE", nullable: false),
        Text("TYPE_NAME", nullable: false),
        Int("COLUMN_SIZE", odbc2Name: "PRECISION"),
        Int("BUFFER_LENGTH", odbc2Name: "LENGTH"),
        Small("DECIMAL_DIGITS", odbc2Name: "SCALE"),
        Small("NUM_PREC_RADIX", odbc2Name: "RADIX"),
        Small("NULLABLE", nullable: false),
        Text("REMARKS"),
        Text("COLUMN_DEF"),
        Small("SQL_DATA_TYPE", nullable: false),
        Small("SQL_DATETIME_SUB"),
        Int("CHAR_OCTET_LENGTH"),
        Int("ORDINAL_POSITION", nullable: false),
        Text("IS_NULLABLE"));

    public static CatalogResult Procedures(int odbcVersion) => new(ProcedureShape.For(odbcVersion));

    public static CatalogResult ProcedureColumns(int odbcVersion) => new(ColumnShape.For(odbcVersion));
}
