using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Tests.Native;

/// <summary>
/// The ODBC API of unixODBC's driver manager (libodbc.so.2), as a C application such as
/// System.Data.Odbc calls it: W entry points for text, and the A ones where a test needs the
/// ANSI path. SQLLEN/SQLULEN are nint/nuint, SQLWCHAR is a 2-byte char.
/// </summary>
internal static unsafe partial class OdbcNative
{
    private const string Lib = "libodbc.so.2";

    public const short SQL_HANDLE_ENV = 1, SQL_HANDLE_DBC = 2, SQL_HANDLE_STMT = 3, SQL_HANDLE_DESC = 4;
    public const short SQL_SUCCESS = 0, SQL_SUCCESS_WITH_INFO = 1, SQL_NEED_DATA = 99, SQL_NO_DATA = 100, SQL_ERROR = -1, SQL_INVALID_HANDLE = -2;
    public const int SQL_ATTR_ODBC_VERSION = 200;
    public const int SQL_OV_ODBC2 = 2, SQL_OV_ODBC3 = 3;
    public const ushort SQL_DRIVER_NOPROMPT = 0;
    public const short SQL_C_WCHAR = -8, SQL_C_CHAR = 1, SQL_C_SLONG = -16, SQL_C_SBIGINT = -25, SQL_C_DOUBLE = 8, SQL_C_FLOAT = 7,
        SQL_C_BIT = -7, SQL_C_TYPE_DATE = 91, SQL_C_TYPE_TIME = 92, SQL_C_TYPE_TIMESTAMP = 93, SQL_C_NUMERIC = 2, SQL_C_BINARY = -2,
        SQL_C_SSHORT = -15, SQL_C_STINYINT = -26, SQL_C_ULONG = -18, SQL_C_DEFAULT = 99, SQL_ARD_TYPE = -99;
    public const short SQL_VARCHAR = 12, SQL_WVARCHAR = -9, SQL_INTEGER = 4, SQL_DECIMAL = 3, SQL_TYPE_DATE = 91, SQL_TYPE_TIMESTAMP = 93,
        SQL_BIGINT = -5, SQL_DOUBLE = 8, SQL_BIT = -7, SQL_SMALLINT = 5;
    public const nint SQL_NULL_DATA = -1, SQL_NO_TOTAL = -4, SQL_DATA_AT_EXEC = -2;
    public const ushort SQL_API_ODBC3_ALL_FUNCTIONS = 999;
    public const short SQL_NTS = -3;
    public const short SQL_PARAM_INPUT = 1;

    public const int SQL_ATTR_ROW_ARRAY_SIZE = 27, SQL_ATTR_ROW_BIND_TYPE = 5, SQL_ATTR_ROW_STATUS_PTR = 25, SQL_ATTR_ROWS_FETCHED_PTR = 26,
        SQL_ATTR_ROW_BIND_OFFSET_PTR = 23, SQL_ATTR_QUERY_TIMEOUT = 0, SQL_ATTR_MAX_LENGTH = 3, SQL_ATTR_APP_ROW_DESC = 10010,
        SQL_ATTR_APP_PARAM_DESC = 10011, SQL_ATTR_IMP_ROW_DESC = 10012, SQL_ATTR_IMP_PARAM_DESC = 10013, SQL_ATTR_PARAMSET_SIZE = 22,
        SQL_ATTR_PARAM_STATUS_PTR = 20, SQL_ATTR_PARAMS_PROCESSED_PTR = 21, SQL_ATTR_CURSOR_TYPE = 6, SQL_ROWSET_SIZE = 9,
        SQL_ATTR_LOGIN_TIMEOUT = 103, SQL_ATTR_CURRENT_CATALOG = 109, SQL_ATTR_AUTOCOMMIT = 102;

    public const short SQL_DESC_COUNT = 1001, SQL_DESC_TYPE = 1002, SQL_DESC_PRECISION = 1005, SQL_DESC_SCALE = 1006,
        SQL_DESC_DATA_PTR = 1010, SQL_DESC_NAME = 1011, SQL_DESC_OCTET_LENGTH = 1013, SQL_DESC_CONCISE_TYPE = 2,
        SQL_DESC_INDICATOR_PTR = 1009, SQL_DESC_OCTET_LENGTH_PTR = 1004, SQL_DESC_ALLOC_TYPE = 1099, SQL_DESC_BASE_TABLE_NAME = 23,
        SQL_DESC_CATALOG_NAME = 17, SQL_DESC_SCHEMA_NAME = 16, SQL_DESC_NULLABLE = 1008;

    public const short SQL_DIAG_NUMBER = 2, SQL_DIAG_RETURNCODE = 1, SQL_DIAG_SQLSTATE = 4, SQL_DIAG_MESSAGE_TEXT = 6,
        SQL_DIAG_CLASS_ORIGIN = 8, SQL_DIAG_SUBCLASS_ORIGIN = 9, SQL_DIAG_ROW_NUMBER = -1248, SQL_DIAG_COLUMN_NUMBER = -1247,
        SQL_DIAG_DYNAMIC_FUNCTION = 7, SQL_DIAG_NATIVE = 5;

    public const short SQL_FETCH_NEXT = 1, SQL_FETCH_FIRST = 2;
    public const ushort SQL_POSITION = 0, SQL_LOCK_NO_CHANGE = 0;
    public const ushort SQL_INDEX_ALL = 1, SQL_QUICK = 0, SQL_BEST_ROWID = 1, SQL_ROWVER = 2, SQL_SCOPE_SESSION = 2, SQL_NULLABLE = 1;

    [LibraryImport(Lib)] public static partial short SQLAllocHandle(short handleType, nint inputHandle, out nint outputHandle);
    [LibraryImport(Lib)] public static partial short SQLFreeHandle(short handleType, nint handle);
    [LibraryImport(Lib)] public static partial short SQLSetEnvAttr(nint env, int attribute, nint value, int length);
    [LibraryImport(Lib)] public static partial short SQLDriverConnectW(nint dbc, nint hwnd, char* inConn, short inLen,
        char* outConn, short outMax, out short outLen, ushort completion);
    [LibraryImport(Lib)] public static partial short SQLDriverConnect(nint dbc, nint hwnd, byte* inConn, short inLen,
        byte* outConn, short outMax, out short outLen, ushort completion);
    [LibraryImport(Lib)] public static partial short SQLDisconnect(nint dbc);
    [LibraryImport(Lib)] public static partial short SQLGetFunctions(nint dbc, ushort functionId, ushort* supported);
    [LibraryImport(Lib)] public static partial short SQLGetInfoW(nint dbc, ushort infoType, void* value, short bufferLength, out short length);
    [LibraryImport(Lib)] public static partial short SQLGetInfo(nint dbc, ushort infoType, void* value, short bufferLength, out short length);
    [LibraryImport(Lib)] public static partial short SQLSetConnectAttrW(nint dbc, int attribute, nint value, int length);
    [LibraryImport(Lib)] public static partial short SQLGetConnectAttrW(nint dbc, int attribute, void* value, int bufferLength, out int length);
    [LibraryImport(Lib)] public static partial short SQLNativeSqlW(nint dbc, char* text, int length, char* output, int capacity, out int outputLength);
    [LibraryImport(Lib)] public static partial short SQLEndTran(short handleType, nint handle, short completion);

    [LibraryImport(Lib)] public static partial short SQLExecDirectW(nint stmt, char* sql, int length);
    [LibraryImport(Lib)] public static partial short SQLExecDirect(nint stmt, byte* sql, int length);
    [LibraryImport(Lib)] public static partial short SQLPrepareW(nint stmt, char* sql, int length);
    [LibraryImport(Lib)] public static partial short SQLExecute(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLCancel(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLNumResultCols(nint stmt, out short count);
    [LibraryImport(Lib)] public static partial short SQLDescribeColW(nint stmt, ushort column, char* name, short nameMax,
        out short nameLen, out short dataType, out nuint columnSize, out short decimalDigits, out short nullable);
    [LibraryImport(Lib)] public static partial short SQLColAttributeW(nint stmt, ushort column, ushort field, void* text, short bufferLength,
        out short length, out nint numeric);
    [LibraryImport(Lib)] public static partial short SQLBindCol(nint stmt, ushort column, short cType, void* buffer, nint bufferLength, nint* indicator);
    [LibraryImport(Lib)] public static partial short SQLFetch(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLFetchScroll(nint stmt, short orientation, nint offset);
    [LibraryImport(Lib)] public static partial short SQLSetPos(nint stmt, nuint row, ushort operation, ushort lockType);
    [LibraryImport(Lib)] public static partial short SQLExtendedFetch(nint stmt, ushort orientation, nint offset, nuint* rowCount, ushort* rowStatus);
    [LibraryImport(Lib)] public static partial short SQLGetData(nint stmt, ushort column, short cType, void* buffer,
        nint bufferLength, out nint indicator);
    [LibraryImport(Lib, EntryPoint = "SQLGetData")] public static partial short SQLGetDataRaw(nint stmt, ushort column, short cType, void* buffer,
        nint bufferLength, nint* indicator);
    [LibraryImport(Lib)] public static partial short SQLRowCount(nint stmt, out nint count);
    [LibraryImport(Lib)] public static partial short SQLMoreResults(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLCloseCursor(nint stmt);
    [LibraryImport(Lib)] public static partial short SQLFreeStmt(nint stmt, ushort option);
    [LibraryImport(Lib)] public static partial short SQLSetStmtAttrW(nint stmt, int attribute, nint value, int length);
    [LibraryImport(Lib)] public static partial short SQLGetStmtAttrW(nint stmt, int attribute, void* value, int bufferLength, out int length);

    [LibraryImport(Lib)] public static partial short SQLBindParameter(nint stmt, ushort number, short ioType, short cType, short sqlType,
        nuint columnSize, short decimalDigits, void* value, nint bufferLength, nint* indicator);
    [LibraryImport(Lib)] public static partial short SQLNumParams(nint stmt, out short count);
    [LibraryImport(Lib)] public static partial short SQLDescribeParam(nint stmt, ushort number, out short dataType, out nuint size,
        out short decimalDigits, out short nullable);
    [LibraryImport(Lib)] public static partial short SQLParamData(nint stmt, out nint token);
    [LibraryImport(Lib)] public static partial short SQLPutData(nint stmt, void* data, nint length);

    [LibraryImport(Lib)] public static partial short SQLGetDescFieldW(nint desc, short record, short field, void* value, int bufferLength, out int length);
    [LibraryImport(Lib)] public static partial short SQLSetDescFieldW(nint desc, short record, short field, nint value, int bufferLength);
    [LibraryImport(Lib)] public static partial short SQLGetDescRecW(nint desc, short record, char* name, short nameMax, out short nameLength,
        out short type, out short subType, out nint length, out short precision, out short scale, out short nullable);
    [LibraryImport(Lib)] public static partial short SQLCopyDesc(nint source, nint target);

    [LibraryImport(Lib)] public static partial short SQLTablesW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen, char* type, short typeLen);
    [LibraryImport(Lib)] public static partial short SQLColumnsW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen, char* column, short columnLen);
    [LibraryImport(Lib)] public static partial short SQLPrimaryKeysW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen);
    [LibraryImport(Lib)] public static partial short SQLForeignKeysW(nint stmt, char* pkCat, short pkCatLen, char* pkSchem, short pkSchemLen,
        char* pkTable, short pkTableLen, char* fkCat, short fkCatLen, char* fkSchem, short fkSchemLen, char* fkTable, short fkTableLen);
    [LibraryImport(Lib)] public static partial short SQLStatisticsW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen, ushort unique, ushort reserved);
    [LibraryImport(Lib)] public static partial short SQLSpecialColumnsW(nint stmt, ushort identifierType, char* cat, short catLen,
        char* schem, short schemLen, char* table, short tableLen, ushort scope, ushort nullable);
    [LibraryImport(Lib)] public static partial short SQLProceduresW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* proc, short procLen);
    [LibraryImport(Lib)] public static partial short SQLTablePrivilegesW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen);
    [LibraryImport(Lib)] public static partial short SQLColumnPrivilegesW(nint stmt, char* cat, short catLen, char* schem, short schemLen,
        char* table, short tableLen, char* column, short columnLen);
    [LibraryImport(Lib)] public static partial short SQLGetTypeInfoW(nint stmt, short dataType);

    [LibraryImport(Lib)] public static partial short SQLGetDiagRecW(short handleType, nint handle, short record, char* state,
        out int nativeError, char* message, short messageMax, out short messageLen);
    [LibraryImport(Lib)] public static partial short SQLGetDiagFieldW(short handleType, nint handle, short record, short field,
        void* value, short bufferLength, out short length);
}

[StructLayout(LayoutKind.Sequential)]
internal struct SqlDateStruct
{
    public short Year;
    public ushort Month;
    public ushort Day;
}

[StructLayout(LayoutKind.Sequential)]
internal struct SqlTimestampStruct
{
    public short Year;
    public ushort Month;
    public ushort Day;
    public ushort Hour;
    public ushort Minute;
    public ushort Second;
    public uint Fraction;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal unsafe struct SqlNumericStruct
{
    public byte Precision;
    public sbyte Scale;
    public byte Sign;
    public fixed byte Value[16];
}
