using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ZohoOdbc.Driver.Tests.Harness;

namespace ZohoOdbc.Driver.Tests;

/// <summary>The library's exports, as the driver managers see them.</summary>
[Collection("odbc")]
public sealed partial class ExportsTests(OdbcFixture odbc)
{
    private IReadOnlyList<string> Exports()
    {
        var nm = ProcessRunner.Run("nm", ["-D", "--defined-only", odbc.DriverPath], null, new Dictionary<string, string>());
        Assert.Equal(0, nm.ExitCode);
        return nm.StdOut.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 3 && p[1] == "T" && p[2].StartsWith("SQL", StringComparison.Ordinal))
            // NativeAOT versions its exports (SQLFetch@@V1.0); the driver manager looks them up by plain name.
            .Select(p => p[2].Split('@')[0]).ToList();
    }

    /// <summary>SQL_API_* ids from unixODBC's own headers, an independent source of the numbering.</summary>
    private static Dictionary<string, int> ApiIds()
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in new[] { "/usr/include/sql.h", "/usr/include/sqlext.h" })
            foreach (Match m in ApiDefine().Matches(File.ReadAllText(header)))
                ids.TryAdd(m.Groups[1].Value, int.Parse(m.Groups[2].Value));
        return ids;
    }

    [GeneratedRegex(@"#define\s+SQL_API_(SQL\w+)\s+(\d+)\b")]
    private static partial Regex ApiDefine();

    [Fact]
    public void Every_string_function_is_exported_in_A_and_W_form()
    {
        var exports = Exports().ToHashSet();
        string[] both = ["SQLConnect", "SQLDriverConnect", "SQLExecDirect", "SQLPrepare", "SQLDescribeCol", "SQLColAttribute",
            "SQLGetInfo", "SQLGetDiagRec", "SQLGetDiagField", "SQLTables", "SQLColumns", "SQLGetTypeInfo",
            "SQLGetConnectAttr", "SQLSetConnectAttr", "SQLGetStmtAttr", "SQLSetStmtAttr", "SQLError",
            "SQLNativeSql", "SQLGetCursorName", "SQLSetCursorName", "SQLGetDescField", "SQLSetDescField", "SQLGetDescRec",
            "SQLPrimaryKeys", "SQLForeignKeys", "SQLStatistics", "SQLSpecialColumns", "SQLProcedures", "SQLProcedureColumns",
            "SQLTablePrivileges", "SQLColumnPrivileges"];
        foreach (var f in both)
        {
            Assert.Contains(f, exports);
            Assert.Contains(f + "W", exports);
        }
        string[] single = ["SQLAllocHandle", "SQLFreeHandle", "SQLGetFunctions", "SQLExecute", "SQLNumResultCols", "SQLFetch",
            "SQLGetData", "SQLRowCount", "SQLMoreResults", "SQLCloseCursor", "SQLFreeStmt", "SQLEndTran", "SQLDisconnect",
            "SQLSetEnvAttr", "SQLGetEnvAttr", "SQLBindCol", "SQLCancel", "SQLFetchScroll", "SQLExtendedFetch", "SQLSetPos",
            "SQLBindParameter", "SQLNumParams", "SQLDescribeParam", "SQLParamData", "SQLPutData", "SQLSetDescRec", "SQLCopyDesc"];
        foreach (var f in single) Assert.Contains(f, exports);
    }

    [Fact]
    public unsafe void SQLGetFunctions_reports_exactly_the_exported_functions()
    {
        var ids = ApiIds();
        var exported = new HashSet<int>();
        foreach (var name in Exports())
        {
            var baseName = name.EndsWith('W') && ids.ContainsKey(name[..^1]) ? name[..^1] : name;
            Assert.True(ids.TryGetValue(baseName, out var id), $"{name} is exported but is no ODBC function");
            exported.Add(id);
        }

        // Ask the driver itself (not the driver manager, which adds what it implements on top).
        var lib = NativeLibrary.Load(odbc.DriverPath);
        var alloc = (delegate* unmanaged<short, nint, nint*, short>)NativeLibrary.GetExport(lib, "SQLAllocHandle");
        var setEnv = (delegate* unmanaged<nint, int, nint, int, short>)NativeLibrary.GetExport(lib, "SQLSetEnvAttr");
        var getFunctions = (delegate* unmanaged<nint, ushort, ushort*, short>)NativeLibrary.GetExport(lib, "SQLGetFunctions");
        var free = (delegate* unmanaged<short, nint, short>)NativeLibrary.GetExport(lib, "SQLFreeHandle");

        nint env, dbc;
        Assert.Equal(0, alloc(1, 0, &env));
        Assert.Equal(0, setEnv(env, 200, 3, 0));
        Assert.Equal(0, alloc(2, env, &dbc));
        var bitmap = new ushort[250];
        fixed (ushort* p = bitmap) Assert.Equal(0, getFunctions(dbc, 999, p));
        var reported = Enumerable.Range(0, 4000).Where(id => (bitmap[id >> 4] & (1 << (id & 15))) != 0).ToHashSet();

        Assert.Equal(exported.Order(), reported.Order());

        ushort single;
        Assert.Equal(0, getFunctions(dbc, 13 /* SQL_API_SQLFETCH */, &single));
        Assert.Equal(1, single);
        free(2, dbc);
        free(1, env);
    }

    [Fact]
    public unsafe void A_bad_handle_is_refused_not_dereferenced()
    {
        var lib = NativeLibrary.Load(odbc.DriverPath);
        var exec = (delegate* unmanaged<nint, byte*, int, short>)NativeLibrary.GetExport(lib, "SQLExecDirect");
        var fetch = (delegate* unmanaged<nint, short>)NativeLibrary.GetExport(lib, "SQLFetch");
        var sql = "SELECT 1"u8.ToArray();
        fixed (byte* s = sql)
        {
            Assert.Equal(-2, exec(0, s, sql.Length));
            Assert.Equal(-2, exec(unchecked((nint)0xDEADBEEF), s, sql.Length));
        }
        Assert.Equal(-2, fetch(0x1234));
    }
}
