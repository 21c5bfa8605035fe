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

    [UnmanagedCallersOnly(EntryPoint = "SQLNumParams")]
    public static short NumParams(nint statement, short* count) => Funnel.Statement(statement, s => s.NumParams(count));

    [UnmanagedCallersOnly(EntryPoint = "SQLRowCount")]
    public static short RowCount(nint statement, nint* count) => Funnel.Statement(statement, s => s.RowCount(count));

    [UnmanagedCallersOnly(EntryPoint = "SQLMoreResults")]
    public static short MoreResults(nint statement) => Funnel.Statement(statement, s => s.MoreResults());

    [UnmanagedCallersOnly(EntryPoint = "SQLCloseCursor")]
    public static short CloseCursor(nint statement) => Funnel.Statement(statement, s => s.CloseCursorStrict());

    /// <summary>Arrives from another thread while a query runs: never waits for the statement lock.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLCancel")]
    public static short Cancel(nint statement) => Funnel.Unlocked<OdbcStatement>(statement, s => s.Cancel());
}
