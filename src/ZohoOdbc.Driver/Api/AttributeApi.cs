using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Environment, connection and statement attributes.</summary>
internal static unsafe class AttributeApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLSetEnvAttr")]
    public static short SetEnvAttr(nint environment, int attribute, void* value, int length) =>
        Funnel.Environment(environment, e => e.SetAttribute(attribute, (nint)value));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetEnvAttr")]
    public static short GetEnvAttr(nint environment, int attribute, void* value, int bufferLength, int* length) =>
        Funnel.Environment(environment, e => e.GetAttribute(attribute, value));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetConnectAttr")]
    public static short SetConnectAttr(nint connection, int attribute, void* value, int length) =>
        Funnel.Connection(connection, c => c.SetAttribute(attribute, value, length, OdbcText.Ansi));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetConnectAttrW")]
    public static short SetConnectAttrW(nint connection, int attribute, void* value, int length) =>
        Funnel.Connection(connection, c => c.SetAttribute(attribute, value, length, OdbcText.Wide));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetConnectAttr")]
    public static short GetConnectAttr(nint connection, int attribute, void* value, int bufferLength, int* length) =>
        GetConnectAttribute(connection, attribute, value, bufferLength, length, OdbcText.Ansi);

    [UnmanagedCallersOnly(EntryPoint = "SQLGetConnectAttrW")]
    public static short GetConnectAttrW(nint connection, int attribute, void* value, int bufferLength, int* length) =>
        GetConnectAttribute(connection, attribute, value, bufferLength, length, OdbcText.Wide);

    [UnmanagedCallersOnly(EntryPoint = "SQLSetStmtAttr")]
    public static short SetStmtAttr(nint statement, int attribute, void* value, int length) =>
        Funnel.Statement(statement, s => s.SetAttribute(attribute, value));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetStmtAttrW")]
    public static short SetStmtAttrW(nint statement, int attribute, void* value, int length) =>
        Funnel.Statement(statement, s => s.SetAttribute(attribute, value));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetStmtAttr")]
    public static short GetStmtAttr(nint statement, int attribute, void* value, int bufferLength, int* length) =>
        Funnel.Statement(statement, s => s.GetAttribute(attribute, value, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetStmtAttrW")]
    public static short GetStmtAttrW(nint statement, int attribute, void* value, int bufferLength, int* length) =>
        Funnel.Statement(statement, s => s.GetAttribute(attribute, value, length));

    /// <summary>CONNECTION_DEAD is a liveness probe: it must answer even while a query holds the lock.</summary>
    private static short GetConnectAttribute(nint connection, int attribute, void* value, int bufferLength, int* length, OdbcText text) =>
        attribute == ConnectionAttribute.ConnectionDead
            ? Funnel.Unlocked<OdbcConnection>(connection, c => c.GetAttribute(attribute, value, bufferLength, length, text))
            : Funnel.Connection(connection, c => c.GetAttribute(attribute, value, bufferLength, length, text));
}
