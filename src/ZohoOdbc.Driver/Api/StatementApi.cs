using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Preparing, executing and closing statements.</summary>
internal static unsafe class StatementApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLPrepare")]
    public static short Prepare(nint statement, byte* text, int length) =>
        Funnel.Statement(statement, s => s.Prepare(OdbcText.Ansi.Read(text, length)));

    [UnmanagedCallersOnly(EntryPoint = "SQLPrepareW")]
    public static short PrepareW(nint statement, char* text, int length) =>
        Funnel.Statement(statement, s => s.Prepare(OdbcText.Wide.Read(text, length)));

    [UnmanagedCallersOnly(EntryPoint = "SQLExecute")]
    public static short Execute(nint statement) => Funnel.Statement(statement, s => s.Execute());

    [UnmanagedCallersOnly(EntryPoint = "SQLExecDirect")]
    public static short ExecDirect(nint statement, byte* text, int length) =>
        Funnel.Statement(statement, s => s.ExecuteDirect(OdbcText.Ansi.Read(text, length)));

    [UnmanagedCallersOnly(EntryPoint = "SQLExecDirectW")]
    public static short ExecDirectW(nint statement, char* text, int length) =>
        Funnel.Statement(statement, s => s.ExecuteDirect(OdbcText.Wide.Read(text, length)));

    [UnmanagedCallersOnly(EntryPoint = "SQLRowCount")]
    public static short RowCount(nint statement, nint* count) => Funnel.Statement(statement, s => s.RowCount(count));

    [UnmanagedCallersOnly(EntryPoint = "SQLMoreResults")]
    public static short MoreResults(nint statement) => Funnel.Statement(statement, s => s.MoreResults());

    [UnmanagedCallersOnly(EntryPoint = "SQLCloseCursor")]
    public static short CloseCursor(nint statement) => Funnel.Statement(statement, s => s.CloseCursorStrict());

    /// <summary>The statement as the driver runs it, escape sequences rewritten (a connection function).</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLNativeSql")]
    public static short NativeSql(nint connection, byte* text, int length, byte* output, int capacity, int* outputLength) =>
        Funnel.Connection(connection, c => c.NativeSql(OdbcText.Ansi.Read(text, length), OdbcText.Ansi, output, capacity, outputLength));

    [UnmanagedCallersOnly(EntryPoint = "SQLNativeSqlW")]
    public static short NativeSqlW(nint connection, char* text, int length, char* output, int capacity, int* outputLength) =>
        Funnel.Connection(connection, c => c.NativeSql(OdbcText.Wide.Read(text, length), OdbcText.Wide, output, capacity, outputLength));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetCursorName")]
    public static short GetCursorName(nint statement, byte* name, short capacity, short* length) =>
        Funnel.Statement(statement, s => s.GetCursorName(OdbcText.Ansi, name, capacity, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetCursorNameW")]
    public static short GetCursorNameW(nint statement, char* name, short capacity, short* length) =>
        Funnel.Statement(statement, s => s.GetCursorName(OdbcText.Wide, name, capacity, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetCursorName")]
    public static short SetCursorName(nint statement, byte* name, short length) =>
        Funnel.Statement(statement, s => s.SetCursorName(OdbcText.Ansi.Read(name, length)));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetCursorNameW")]
    public static short SetCursorNameW(nint statement, char* name, short length) =>
        Funnel.Statement(statement, s => s.SetCursorName(OdbcText.Wide.Read(name, length)));

    /// <summary>Arrives from another thread while a query runs: never waits for the statement lock.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLCancel")]
    public static short Cancel(nint statement) => Funnel.Unlocked<OdbcStatement>(statement, s => s.Cancel());
}
