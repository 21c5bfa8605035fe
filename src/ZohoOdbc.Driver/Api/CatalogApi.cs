using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Catalog functions: tables, columns and the type list.</summary>
internal static unsafe class CatalogApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLTables")]
    public static short Tables(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength,
        byte* table, short tableLength, byte* types, short typesLength) =>
        Funnel.Statement(statement, s => s.Tables(
            OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength),
            OdbcText.Ansi.Read(table, tableLength), OdbcText.Ansi.Read(types, typesLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLTablesW")]
    public static short TablesW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength,
        char* table, short tableLength, char* types, short typesLength) =>
        Funnel.Statement(statement, s => s.Tables(
            OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength),
            OdbcText.Wide.Read(table, tableLength), OdbcText.Wide.Read(types, typesLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLColumns")]
    public static short Columns(nint statement, byte* catalog, short catalogLength, byte* schema, short schemaLength,
        byte* table, short tableLength, byte* column, short columnLength) =>
        Funnel.Statement(statement, s => s.Columns(
            OdbcText.Ansi.Read(catalog, catalogLength), OdbcText.Ansi.Read(schema, schemaLength),
            OdbcText.Ansi.Read(table, tableLength), OdbcText.Ansi.Read(column, columnLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLColumnsW")]
    public static short ColumnsW(nint statement, char* catalog, short catalogLength, char* schema, short schemaLength,
        char* table, short tableLength, char* column, short columnLength) =>
        Funnel.Statement(statement, s => s.Columns(
            OdbcText.Wide.Read(catalog, catalogLength), OdbcText.Wide.Read(schema, schemaLength),
            OdbcText.Wide.Read(table, tableLength), OdbcText.Wide.Read(column, columnLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetTypeInfo")]
    public static short GetTypeInfo(nint statement, short dataType) => Funnel.Statement(statement, s => s.TypeInfo(dataType));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetTypeInfoW")]
    public static short GetTypeInfoW(nint statement, short dataType) => Funnel.Statement(statement, s => s.TypeInfo(dataType));
}
