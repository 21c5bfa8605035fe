using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>
/// Catalog functions: tables, columns, keys, statistics, special columns, procedures, privileges and
/// the type list. Every name argument is read in the entry point's encoding; lengths are in characters.
/// </summary>
internal static unsafe class CatalogApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLTables")]
    public static short Tables(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength, byte* types, short typesLength) =>
        Funnel.Statement(statement, s => s.Tables(OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength), OdbcText.Ansi.Read(types, typesLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLTablesW")]
    public static short TablesW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength, char* types, short typesLength) =>
        Funnel.Statement(statement, s => s.Tables(OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength), OdbcText.Wide.Read(types, typesLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLColumns")]
    public static short Columns(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength, byte* column, short columnLength) =>
        Funnel.Statement(statement, s => s.Columns(OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength), OdbcText.Ansi.Read(column, columnLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLColumnsW")]
    public static short ColumnsW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength, char* column, short columnLength) =>
        Funnel.Statement(statement, s => s.Columns(OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength), OdbcText.Wide.Read(column, columnLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLPrimaryKeys")]
    public static short PrimaryKeys(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength) =>
        Funnel.Statement(statement, s => s.PrimaryKeys(OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLPrimaryKeysW")]
    public static short PrimaryKeysW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength) =>
        Funnel.Statement(statement, s => s.PrimaryKeys(OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLForeignKeys")]
    public static short ForeignKeys(nint statement, byte* pkCatalog, short pkCatalogLength, byte* pkSchema, short pkSchemaLength, byte* pkTable, short pkTableLength, byte* fkCatalog, short fkCatalogLength, byte* fkSchema, short fkSchemaLength, byte* fkTable, short fkTableLength) =>
        Funnel.Statement(statement, s => s.ForeignKeys(OdbcText.Ansi.Read(pkCatalog, pkCatalogLength), OdbcText.Ansi.Read(pkSchema, pkSchemaLength), OdbcText.Ansi.Read(pkTable, pkTableLength), OdbcText.Ansi.Read(fkCatalog, fkCatalogLength), OdbcText.Ansi.Read(fkSchema, fkSchemaLength), OdbcText.Ansi.Read(fkTable, fkTableLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLForeignKeysW")]
    public static short ForeignKeysW(nint statement, char* pkCatalog, short pkCatalogLength, char* pkSchema, short pkSchemaLength, char* pkTable, short pkTableLength, char* fkCatalog, short fkCatalogLength, char* fkSchema, short fkSchemaLength, char* fkTable, short fkTableLength) =>
        Funnel.Statement(statement, s => s.ForeignKeys(OdbcText.Wide.Read(pkCatalog, pkCatalogLength), OdbcText.Wide.Read(pkSchema, pkSchemaLength), OdbcText.Wide.Read(pkTable, pkTableLength), OdbcText.Wide.Read(fkCatalog, fkCatalogLength), OdbcText.Wide.Read(fkSchema, fkSchemaLength), OdbcText.Wide.Read(fkTable, fkTableLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLStatistics")]
    public static short Statistics(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength, ushort unique, ushort reserved) =>
        Funnel.Statement(statement, s => s.Statistics(OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength), unique, reserved));

    [UnmanagedCallersOnly(EntryPoint = "SQLStatisticsW")]
    public static short StatisticsW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength, ushort unique, ushort reserved) =>
        Funnel.Statement(statement, s => s.Statistics(OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength), unique, reserved));

    [UnmanagedCallersOnly(EntryPoint = "SQLSpecialColumns")]
    public static short SpecialColumns(nint statement, ushort identifierType, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength, ushort scope, ushort nullable) =>
        Funnel.Statement(statement, s => s.SpecialColumns(identifierType, OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength), scope, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLSpecialColumnsW")]
    public static short SpecialColumnsW(nint statement, ushort identifierType, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength, ushort scope, ushort nullable) =>
        Funnel.Statement(statement, s => s.SpecialColumns(identifierType, OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength), scope, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLProcedures")]
    public static short Procedures(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* procedure, short procedureLength) =>
        Funnel.Statement(statement, s =>
        {
            _ = OdbcText.Ansi.Read(catalog, catalogLength);
            _ = OdbcText.Ansi.Read(schema, schemaLength);
            _ = OdbcText.Ansi.Read(procedure, procedureLength);
            return s.Procedures();
        });

    [UnmanagedCallersOnly(EntryPoint = "SQLProceduresW")]
    public static short ProceduresW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* procedure, short procedureLength) =>
        Funnel.Statement(statement, s =>
        {
            _ = OdbcText.Wide.Read(catalog, catalogLength);
            _ = OdbcText.Wide.Read(schema, schemaLength);
            _ = OdbcText.Wide.Read(procedure, procedureLength);
            return s.Procedures();
        });

    [UnmanagedCallersOnly(EntryPoint = "SQLProcedureColumns")]
    public static short ProcedureColumns(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* procedure, short procedureLength, byte* column, short columnLength) =>
        Funnel.Statement(statement, s =>
        {
            _ = OdbcText.Ansi.Read(catalog, catalogLength);
            _ = OdbcText.Ansi.Read(schema, schemaLength);
            _ = OdbcText.Ansi.Read(procedure, procedureLength);
            _ = OdbcText.Ansi.Read(column, columnLength);
            return s.ProcedureColumns();
        });

    [UnmanagedCallersOnly(EntryPoint = "SQLProcedureColumnsW")]
    public static short ProcedureColumnsW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* procedure, short procedureLength, char* column, short columnLength) =>
        Funnel.Statement(statement, s =>
        {
            _ = OdbcText.Wide.Read(catalog, catalogLength);
            _ = OdbcText.Wide.Read(schema, schemaLength);
            _ = OdbcText.Wide.Read(procedure, procedureLength);
            _ = OdbcText.Wide.Read(column, columnLength);
            return s.ProcedureColumns();
        });

    [UnmanagedCallersOnly(EntryPoint = "SQLTablePrivileges")]
    public static short TablePrivileges(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength) =>
        Funnel.Statement(statement, s => s.TablePrivileges(OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLTablePrivilegesW")]
    public static short TablePrivilegesW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength) =>
        Funnel.Statement(statement, s => s.TablePrivileges(OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLColumnPrivileges")]
    public static short ColumnPrivileges(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength, byte* table, short tableLength, byte* column, short columnLength) =>
        Funnel.Statement(statement, s => s.ColumnPrivileges(OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength), OdbcText.Ansi.Read(table, tableLength), OdbcText.Ansi.Read(column, columnLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLColumnPrivilegesW")]
    public static short ColumnPrivilegesW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength, char* table, short tableLength, char* column, short columnLength) =>
        Funnel.Statement(statement, s => s.ColumnPrivileges(OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength), OdbcText.Wide.Read(table, tableLength), OdbcText.Wide.Read(column, columnLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetTypeInfo")]
    public static short GetTypeInfo(nint statement, short dataType) => Funnel.Statement(statement, s => s.TypeInfo(dataType));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetTypeInfoW")]
    public static short GetTypeInfoW(nint statement, short dataType) => Funnel.Statement(statement, s => s.TypeInfo(dataType));
}
