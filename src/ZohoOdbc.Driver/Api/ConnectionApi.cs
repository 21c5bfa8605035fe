using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Connecting, disconnecting and transactions.</summary>
internal static unsafe class ConnectionApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLConnect")]
    public static short Connect(nint connection, byte* dsn, short dsnLength, byte* user, short userLength, byte* password, short passwordLength) =>
        Funnel.Connection(connection, c => c.Connect(OdbcText.Ansi.Read(dsn, dsnLength), OdbcText.Ansi.Read(user, userLength), OdbcText.Ansi.Read(password, passwordLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLConnectW")]
    public static short ConnectW(nint connection, char* dsn, short dsnLength, char* user, short userLength, char* password, short passwordLength) =>
        Funnel.Connection(connection, c => c.Connect(OdbcText.Wide.Read(dsn, dsnLength), OdbcText.Wide.Read(user, userLength), OdbcText.Wide.Read(password, passwordLength)));

    [UnmanagedCallersOnly(EntryPoint = "SQLDriverConnect")]
    public static short DriverConnect(nint connection, nint window, byte* input, short inputLength, byte* output, short outputCapacity, short* outputLength, ushort completion) =>
        Funnel.Connection(connection, c => c.DriverConnect(OdbcText.Ansi.Read(input, inputLength), completion, OdbcText.Ansi, output, outputCapacity, outputLength));

    [UnmanagedCallersOnly(EntryPoint = "SQLDriverConnectW")]
    public static short DriverConnectW(nint connection, nint window, char* input, short inputLength, char* output, short outputCapacity, short* outputLength, ushort completion) =>
        Funnel.Connection(connection, c => c.DriverConnect(OdbcText.Wide.Read(input, inputLength), completion, OdbcText.Wide, output, outputCapacity, outputLength));

    [UnmanagedCallersOnly(EntryPoint = "SQLDisconnect")]
    public static short Disconnect(nint connection) => Funnel.Connection(connection, c =>
    {
        c.Disconnect();
        return SqlReturn.Success;
    });

    /// <summary>Read-only data source without transactions: commit and rollback succeed and do nothing.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLEndTran")]
    public static short EndTran(short handleType, nint handle, short completion) =>
        Funnel.Handle(handleType, handle, _ => Transactions.End(completion));
}
