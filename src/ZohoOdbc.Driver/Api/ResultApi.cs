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

    /// <summary>ODBC 2's block fetch (SQL_ROWSET_SIZE rows into the row count and status array it is given).</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLExtendedFetch")]
    public static short ExtendedFetch(nint statement, ushort orientation, nint offset, nuint* rowCount, ushort* rowStatus) =>
        Funnel.Statement(statement, s => s.ExtendedFetch((short)orientation, rowCount, rowStatus));

    /// <summary>SQL_POSITION only: the cursor is read-only.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLSetPos")]
    public static short SetPos(nint statement, nuint row, ushort operation, ushort lockType) =>
        Funnel.Statement(statement, s => s.SetPosition(row, operation, lockType));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetData")]
    public static short GetData(nint statement, ushort column, short cType, void* data, nint bufferLength, nint* indicator) =>
        Funnel.Statement(statement, new GetDataCall(column, cType, data, bufferLength, indicator));

    /// <summary>SQLGetData runs once per value: its arguments go by struct, not in a closure.</summary>
    private readonly struct GetDataCall(ushort column, short cType, void* data, nint bufferLength, nint* indicator) : IStatementCall
    {
        public short Run(Handles.OdbcStatement statement) => statement.GetData(column, cType, data, bufferLength, indicator);
    }
}
