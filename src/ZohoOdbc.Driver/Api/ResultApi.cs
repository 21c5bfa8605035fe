using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Describing result columns, binding them and fetching rows.</summary>
internal static unsafe class ResultApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLNumResultCols")]
    public static short NumResultCols(nint statement, short* count) => Funnel.Statement(statement, s => s.NumResultColumns(count));

    [UnmanagedCallersOnly(EntryPoint = "SQLDescribeCol")]
    public static short DescribeCol(nint statement, ushort column, byte* name, short nameCapacity, short* nameLength,
        short* dataType, nuint* columnSize, short* decimalDigits, short* nullable) =>
        Funnel.Statement(statement, s => s.DescribeColumn(column, OdbcText.Ansi, name, nameCapacity, nameLength, dataType, columnSize, decimalDigits, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLDescribeColW")]
    public static short DescribeColW(nint statement, ushort column, char* name, short nameCapacity, short* nameLength,
        short* dataType, nuint* columnSize, short* decimalDigits, short* nullable) =>
        Funnel.Statement(statement, s => s.DescribeColumn(column, OdbcText.Wide, name, nameCapacity, nameLength, dataType, columnSize, decimalDigits, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLColAttribute")]
    public static short ColAttribute(nint statement, ushort column, ushort field, void* text, short bufferLength, short* length, nint* numeric) =>
        Funnel.Statement(statement, s => s.ColumnAttribute(column, field, OdbcText.Ansi, text, bufferLength, length, numeric));

    [UnmanagedCallersOnly(EntryPoint = "SQLColAttributeW")]
    public static short ColAttributeW(nint statement, ushort column, ushort field, void* text, short bufferLength, short* length, nint* numeric) =>
        Funnel.Statement(statement, s => s.ColumnAttribute(column, field, OdbcText.Wide, text, bufferLength, length, numeric));

    [UnmanagedCallersOnly(EntryPoint = "SQLBindCol")]
    public static short BindCol(nint statement, ushort column, short cType, void* data, nint bufferLength, nint* indicator) =>
        Funnel.Statement(statement, s => s.BindColumn(column, cType, data, bufferLength, indicator));

    [UnmanagedCallersOnly(EntryPoint = "SQLFetch")]
    public static short Fetch(nint statement) => Funnel.Statement(statement, s => s.Fetch());

    [UnmanagedCallersOnly(EntryPoint = "SQLFetchScroll")]
    public static short FetchScroll(nint statement, short orientation, nint offset) => Funnel.Statement(statement, s => s.FetchScroll(orientation));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetData")]
    public static short GetData(nint statement, ushort column, short cType, void* data, nint bufferLength, nint* indicator) =>
        Funnel.Statement(statement, s => s.GetData(column, cType, data, bufferLength, indicator));
}
