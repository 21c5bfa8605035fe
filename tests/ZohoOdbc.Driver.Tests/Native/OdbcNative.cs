using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Tests.Native;

/// <summary>
/// The ODBC API of unixODBC's driver manager (libodbc.so.2), W entry points, as a C application
/// such as System.Data.Odbc calls it. SQLLEN/SQLULEN are nint/nuint, SQLWCHAR is a 2-byte char.
/// </summary>
internal static unsafe partial class OdbcNative
{
    private const string Lib = "libodbc.so.2";

    public const short SQL_HANDLE_ENV = 1, SQL_HANDLE_DBC = 2, SQL_HANDLE_STMT = 3;
    public const short SQL_SUCCESS = 0, SQL_SUCCESS_WITH_INFO = 1, SQL_NO_DATA = 100, SQL_ERROR = -1, SQL_INVALID_HANDLE = -2;
    public const int SQL_ATTR_ODBC_VERSION = 200;
    public const int SQL_OV_ODBC3 = 3;
    public const ushort SQL_DRIVER_NOPROMPT = 0;
    public const short SQL_C_WCHAR = -8, SQL_C_CHAR = 1, SQL_C_SLONG = -16, SQL_C_SBIGINT = -25, SQL_C_DOUBLE = 8,
        SQL_C_BIT = -7, SQL_C_TYPE_DATE = 91, SQL_C_TYPE_TIMESTAMP = 93, SQL_C_NUMERIC = 2;
    public const nint SQL_NULL_DATA = -1, SQL_NO_TOTAL = -4;
    public const ushort SQL_API_ODBC3_ALL_FUNCTIONS = 999;
    public const short SQL_NTS = -3;

    [LibraryImport(Lib)] public static partial short SQLAllocHandle(short handleType, nint inputHandle, out nint outputHandle);
    [LibraryImport(Lib)] public static partial short SQLFreeHandle(short handleType, nint handle);
    [LibraryImport(Lib)] public static partial short SQLSetEnvAttr(nint env, int attribute, nint value, int length);
    [LibraryImport(Lib)] public static partial short SQLDriverConnectW(nint dbc, nint hwnd, char* inConn, short inLen,
        char* outConn, short outMax, out short outLen, ushort completion);
    [LibraryImport(Lib)] public static partial short SQLDisconnect(nint dbc);
    [LibraryImport(Lib)] public static partial short SQLGetFunctions(nint dbc, ushort functionId, ushort* supported);
    [LibraryImport(Lib)] public static partial short SQLExecDirectW(nint stmt, char* sql, int length);
    [LibraryImport(Lib)] public static partial short SQLPrepareW(nint stmt, char* sql, int length);
    [LibraryImport(Lib)] public static partial short SQLExecute(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLNumResultCols(nint stmt, out short count);
    [LibraryImport(Lib)] public static partial short SQLDescribeColW(nint stmt, ushort column, char* name, short nameMax,
        out short nameLen, out short dataType, out nuint columnSize, out short decimalDigits, out short nullable);
    [LibraryImport(Lib)] public static partial short SQLFetch(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLGetData(nint stmt, ushort column, short cType, void* buffer,
        nint bufferLength, out nint indicator);
    [LibraryImport(Lib)] public static partial short SQLRowCount(nint stmt, out nint count);
    [LibraryImport(Lib)] public static partial short SQLCloseCursor(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLTablesW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen, char* type, short typeLen);
    [LibraryImport(Lib)] public static partial short SQLColumnsW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen, char* column, short columnLen);
    [LibraryImport(Lib)] public static partial short SQLGetDiagRecW(short handleType, nint handle, short record, char* state,
        out int nativeError, char* message, short messageMax, out short messageLen);
}

[StructLayout(LayoutKind.Sequential)]
internal struct SqlDateStruct
{
    public short Year;
    public ushort Month;
    public ushort Day;
}
