using System.Text;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests.Native;

/// <summary>An environment and a connection through libodbc, for tests that drive the API call by call.</summary>
internal sealed unsafe class TestConnection : IDisposable
{
    public TestConnection(string connectionString, int odbcVersion = SQL_OV_ODBC3, bool ansi = false)
    {
        OdbcClient.Check("SQLAllocHandle(ENV)", SQLAllocHandle(SQL_HANDLE_ENV, 0, out var env), SQL_HANDLE_ENV, 0);
        Environment = env;
        OdbcClient.Check("SQLSetEnvAttr", SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, odbcVersion, 0), SQL_HANDLE_ENV, env);
        OdbcClient.Check("SQLAllocHandle(DBC)", SQLAllocHandle(SQL_HANDLE_DBC, env, out var dbc), SQL_HANDLE_ENV, env);
        Handle = dbc;
        short outLength;
        if (ansi)
        {
            var input = Encoding.UTF8.GetBytes(connectionString);
            var output = new byte[2048];
            fixed (byte* i = input)
            fixed (byte* o = output)
            {
                LastReturn = SQLDriverConnect(dbc, 0, i, (short)input.Length, o, (short)output.Length, out outLength, SQL_DRIVER_NOPROMPT);
                OdbcClient.Check("SQLDriverConnect", LastReturn, SQL_HANDLE_DBC, dbc);
                Warnings = TestStatement.Diagnostics(SQL_HANDLE_DBC, dbc);
                OutConnectionString = Encoding.UTF8.GetString(o, Math.Min(outLength, (short)(output.Length - 1)));
            }
        }
        else
        {
            var output = new char[2048];
            fixed (char* i = connectionString)
            fixed (char* o = output)
            {
                LastReturn = SQLDriverConnectW(dbc, 0, i, (short)connectionString.Length, o, (short)output.Length, out outLength, SQL_DRIVER_NOPROMPT);
                OdbcClient.Check("SQLDriverConnectW", LastReturn, SQL_HANDLE_DBC, dbc);
                Warnings = TestStatement.Diagnostics(SQL_HANDLE_DBC, dbc);
                OutConnectionString = new string(o, 0, Math.Min(outLength, (short)(output.Length - 1)));
            }
        }
    }

    public nint Environment { get; }

    public nint Handle { get; }

    public short LastReturn { get; }

    public string OutConnectionString { get; }

    /// <summary>The diagnostics SQLDriverConnectW left (01S00 for unknown keywords, ...).</summary>
    public IReadOnlyList<(string State, string Message)> Warnings { get; } = [];

    public TestStatement Statement() => new(this);

    /// <summary>SQLGetInfoW for a string InfoType.</summary>
    public string InfoText(ushort infoType)
    {
        var buffer = stackalloc char[512];
        OdbcClient.Check("SQLGetInfoW", SQLGetInfoW(Handle, infoType, buffer, 1024, out var length), SQL_HANDLE_DBC, Handle);
        return new string(buffer, 0, length / 2);
    }

    public T Info<T>(ushort infoType, out short length) where T : unmanaged
    {
        T value;
        OdbcClient.Check("SQLGetInfoW", SQLGetInfoW(Handle, infoType, &value, (short)sizeof(T), out length), SQL_HANDLE_DBC, Handle);
        return value;
    }

    public string NativeSql(string sql)
    {
        var output = new char[sql.Length * 4 + 256];
        fixed (char* s = sql)
        fixed (char* o = output)
        {
            OdbcClient.Check("SQLNativeSqlW", SQLNativeSqlW(Handle, s, sql.Length, o, output.Length, out var length), SQL_HANDLE_DBC, Handle);
            return new string(o, 0, length);
        }
    }

    public void Dispose()
    {
        SQLDisconnect(Handle);
        SQLFreeHandle(SQL_HANDLE_DBC, Handle);
        SQLFreeHandle(SQL_HANDLE_ENV, Environment);
    }
}
