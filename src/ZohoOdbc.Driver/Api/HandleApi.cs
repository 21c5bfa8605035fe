using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Api;

/// <summary>Handle allocation and release, ODBC 3 and the ODBC 2 forms.</summary>
internal static unsafe class HandleApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLAllocHandle")]
    public static short AllocHandle(short handleType, nint input, nint* output) => HandleLifecycle.Allocate(handleType, input, output);

    [UnmanagedCallersOnly(EntryPoint = "SQLFreeHandle")]
    public static short FreeHandle(short handleType, nint handle) => HandleLifecycle.Free(handleType, handle);

    [UnmanagedCallersOnly(EntryPoint = "SQLAllocEnv")]
    public static short AllocEnv(nint* environment) => HandleLifecycle.Allocate((short)HandleType.Environment, 0, environment);

    [UnmanagedCallersOnly(EntryPoint = "SQLAllocConnect")]
    public static short AllocConnect(nint environment, nint* connection) => HandleLifecycle.Allocate((short)HandleType.Connection, environment, connection);

    [UnmanagedCallersOnly(EntryPoint = "SQLAllocStmt")]
    public static short AllocStmt(nint connection, nint* statement) => HandleLifecycle.Allocate((short)HandleType.Statement, connection, statement);

    [UnmanagedCallersOnly(EntryPoint = "SQLFreeEnv")]
    public static short FreeEnv(nint environment) => HandleLifecycle.Free((short)HandleType.Environment, environment);

    [UnmanagedCallersOnly(EntryPoint = "SQLFreeConnect")]
    public static short FreeConnect(nint connection) => HandleLifecycle.Free((short)HandleType.Connection, connection);

    [UnmanagedCallersOnly(EntryPoint = "SQLFreeStmt")]
    public static short FreeStmt(nint statement, ushort option) => Funnel.Statement(statement, s => s.FreeStatement((FreeStmtOption)option));
}
