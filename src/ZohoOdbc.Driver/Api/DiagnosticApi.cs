using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Reading diagnostics: SQLGetDiagRec, SQLGetDiagField and ODBC 2's SQLError.</summary>
internal static unsafe class DiagnosticApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLGetDiagRec")]
    public static short GetDiagRec(short handleType, nint handle, short record, byte* sqlState, int* nativeError, byte* message, short capacity, short* length) =>
        Funnel.Diagnostics(handleType, handle, h => DiagnosticRequests.GetRecord(h, record, OdbcText.Ansi, sqlState, nativeError, message, capacity, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetDiagRecW")]
    public static short GetDiagRecW(short handleType, nint handle, short record, char* sqlState, int* nativeError, char* message, short capacity, short* length) =>
        Funnel.Diagnostics(handleType, handle, h => DiagnosticRequests.GetRecord(h, record, OdbcText.Wide, sqlState, nativeError, message, capacity, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetDiagField")]
    public static short GetDiagField(short handleType, nint handle, short record, short field, void* value, short bufferLength, short* length) =>
        Funnel.Diagnostics(handleType, handle, h => DiagnosticRequests.GetField(h, record, field, OdbcText.Ansi, value, bufferLength, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetDiagFieldW")]
    public static short GetDiagFieldW(short handleType, nint handle, short record, short field, void* value, short bufferLength, short* length) =>
        Funnel.Diagnostics(handleType, handle, h => DiagnosticRequests.GetField(h, record, field, OdbcText.Wide, value, bufferLength, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLError")]
    public static short Error(nint environment, nint connection, nint statement, byte* sqlState, int* nativeError, byte* message, short capacity, short* length) =>
        TakeFirst(environment, connection, statement, h => DiagnosticRequests.TakeFirst(h, OdbcText.Ansi, sqlState, nativeError, message, capacity, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLErrorW")]
    public static short ErrorW(nint environment, nint connection, nint statement, char* sqlState, int* nativeError, char* message, short capacity, short* length) =>
        TakeFirst(environment, connection, statement, h => DiagnosticRequests.TakeFirst(h, OdbcText.Wide, sqlState, nativeError, message, capacity, length));

    /// <summary>SQLError reads the most specific handle given: statement, else connection, else environment.</summary>
    private static short TakeFirst(nint environment, nint connection, nint statement, Func<Handles.OdbcHandle, short> body) =>
        statement != 0 ? Funnel.Diagnostics((short)HandleType.Statement, statement, body)
        : connection != 0 ? Funnel.Diagnostics((short)HandleType.Connection, connection, body)
        : Funnel.Diagnostics((short)HandleType.Environment, environment, body);
}
