using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using ZohoOdbc.Driver.Tests.Harness;

namespace ZohoOdbc.Driver.Tests;

/// <summary>
/// Random sequences of ODBC calls straight into the driver library (in this process: a crash
/// kills the test run): valid, stale, foreign and null handles, calls in every state, NULL
/// pointers where the specification allows them, zero, odd and negative buffer lengths, and
/// SQLCancel from a second thread. Every call must return a code the specification allows.
/// </summary>
[Collection("odbc")]
public sealed unsafe class FuzzTests(OdbcFixture odbc) : IDisposable
{
    private const int Calls = 100_000;
    private const int Seed = 20261121;
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(90);

    private const short Success = 0, SuccessWithInfo = 1, Error = -1, InvalidHandle = -2, NeedData = 99, NoData = 100;

    // Native memory the driver reads and writes. Every declared buffer, array and stride stays in
    // the first 64 KB; the rest is slack for lengths that earlier calls wrote into shared cells,
    // so even a length read back as a buffer size stays inside the allocation.
    private const int BufferBytes = 1 << 20;
    private readonly byte* buffer = (byte*)NativeMemory.AllocZeroed(BufferBytes);
    private readonly nint* lengths = (nint*)NativeMemory.AllocZeroed(BufferBytes);
    private readonly ushort* statuses = (ushort*)NativeMemory.AllocZeroed(64 * sizeof(ushort));
    // Cells only the fuzzer writes: the bind offset (always 0), a rows-fetched count, a parameter length.
    private readonly nint* offsetCell = (nint*)NativeMemory.AllocZeroed((nuint)sizeof(nint));
    private readonly nint* countCell = (nint*)NativeMemory.AllocZeroed((nuint)sizeof(nint));
    private readonly nint* parameterLength = (nint*)NativeMemory.AllocZeroed((nuint)sizeof(nint));
    private readonly List<nint> strings = [];
    private readonly object sync = new();

    private readonly Random random = new(Seed);
    private readonly List<nint> environments = [], connections = [], statements = [], descriptors = [], stale = [];
    private readonly Dictionary<string, int> counts = [];

    // Statements that need no API call, then (rarely picked) two that read the emulator.
    private static readonly string[] Sql =
    [
        "SELECT 1", "SELECT N'日本😀', CAST(NULL AS int), CAST(1.5 AS decimal(5,2)), CAST('2026-01-15 10:00:00' AS datetime)",
        "SELECT {fn UCASE('a')}, {d '2026-01-15'}", "SELEC broken", "SELECT * FROM no_such_table", "", "   ",
        "SELECT ? ", "{call p(?)}", "SELECT 'a''b' -- comment {fn x}", "SELECT TOP 0 invoice_number FROM invoices",
    ];

    private static readonly string[] EmulatorSql =
        ["SELECT TOP 3 invoice_number, total, date, created_time FROM invoices ORDER BY invoice_number", "SELECT TOP 2 contact_name, email FROM contacts"];

    private string Statement() => random.Next(20) == 0 ? EmulatorSql[random.Next(EmulatorSql.Length)] : Sql[random.Next(Sql.Length)];

    [Fact]
    public void A_hundred_thousand_random_calls_return_only_allowed_codes()
    {
        DriverExports.Load(odbc.DriverPath);
        var connectionString = odbc.ConnectionString();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var canceller = new Thread(() => CancelAtRandom(stop.Token)) { IsBackground = true };
        canceller.Start();

        // Two live connections to start from; the fuzzer may drop and remake them.
        var env = NewEnvironment();
        for (var i = 0; i < 2; i++) Connect(env, connectionString);

        var call = 0;
        for (; call < Calls && clock.Elapsed < TimeBound; call++)
        {
            var (name, rc) = Step(connectionString);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            Assert.True(rc is Success or SuccessWithInfo or Error or InvalidHandle or NoData or NeedData,
                $"call {call}: {name} returned {rc}");
            if (rc == NeedData) Assert.Contains(name, new[] { "SQLExecute", "SQLExecDirect", "SQLExecDirectW", "SQLParamData" });
        }
        stop.Cancel();
        canceller.Join();

        foreach (var handle in environments.ToArray()) Free(1, handle);
        Assert.True(call >= Calls, $"only {call} calls in {TimeBound.TotalSeconds} s");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "zohoodbc-fuzz-summary.txt"),
            $"{call} calls in {clock.Elapsed.TotalSeconds:F1} s, seed {Seed}\n" +
            string.Join("\n", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}")));
    }

    private (string, short) Step(string connectionString)
    {
        switch (random.Next(40))
        {
            case 0: return ("SQLAllocHandle(ENV)", AllocEnv());
            // Connecting and reading the emulator cost real HTTP calls: rarer than the rest.
            case 1 when random.Next(10) == 0: return ("SQLDriverConnect", Connect(Pick(environments), random.Next(4) == 0 ? "DRIVER={x};Garbage" : connectionString));
            case 1: return ("SQLGetConnectAttr", ((delegate* unmanaged<nint, int, void*, int, int*, short>)DriverExports.Get("SQLGetConnectAttrW"))(Pick(connections), Choose(101, 102, 103, 109, 113, 1209, 10014, 99999), Maybe(buffer), Length(), (int*)Maybe(lengths)));
            case 2: return ("SQLAllocHandle(STMT)", Alloc(3, Pick(connections), statements));
            case 3: return ("SQLAllocHandle(DESC)", Alloc(4, Pick(connections), descriptors));
            case 4: return ("SQLFreeHandle", FreeRandom());
            case 5: return ("SQLDisconnect", Call("SQLDisconnect", Pick(connections)));
            case 6 or 7: return ("SQLExecDirect", ExecDirect());
            case 8: return ("SQLPrepare", Prepare());
            case 9: return ("SQLExecute", Call("SQLExecute", Pick(statements)));
            case 10 or 11: return ("SQLFetch", Call("SQLFetch", Pick(statements)));
            case 12: return ("SQLFetchScroll", ((delegate* unmanaged<nint, short, nint, short>)DriverExports.Get("SQLFetchScroll"))(Pick(statements), (short)random.Next(-1, 10), random.Next(-3, 3)));
            case 13 or 14: return ("SQLGetData", GetData());
            case 15: return ("SQLBindCol", BindCol());
            case 16: return ("SQLSetStmtAttr", SetStmtAttr());
            case 17: return ("SQLGetStmtAttr", ((delegate* unmanaged<nint, int, void*, int, int*, short>)DriverExports.Get("SQLGetStmtAttr"))(Pick(statements), Attribute(), Maybe(buffer), Length(), (int*)Maybe(lengths)));
            case 18: return ("SQLDescribeCol", ((delegate* unmanaged<nint, ushort, byte*, short, short*, short*, nuint*, short*, short*, short>)DriverExports.Get("SQLDescribeColW"))(Pick(statements), (ushort)random.Next(0, 6), (byte*)Maybe(buffer), (short)Length(), (short*)Maybe(lengths), (short*)Maybe(lengths + 1), (nuint*)Maybe(lengths + 2), (short*)Maybe(lengths + 3), (short*)Maybe(lengths + 4)));
            case 19: return ("SQLColAttribute", ((delegate* unmanaged<nint, ushort, ushort, void*, short, short*, nint*, short>)DriverExports.Get(random.Next(2) == 0 ? "SQLColAttribute" : "SQLColAttributeW"))(Pick(statements), (ushort)random.Next(0, 6), (ushort)Choose(1, 2, 3, 6, 14, 18, 22, 1001, 1002, 1003, 1011, 1013, 9999), Maybe(buffer), (short)Length(), (short*)Maybe(lengths), Maybe(lengths + 1)));
            case 20: return ("SQLGetInfo", ((delegate* unmanaged<nint, ushort, void*, short, short*, short>)DriverExports.Get(random.Next(2) == 0 ? "SQLGetInfo" : "SQLGetInfoW"))(Pick(connections), (ushort)Choose(2, 6, 17, 29, 41, 81, 88, 180, 10002, 10003, 9999, random.Next(0, 200)), Maybe(buffer), (short)Length(), (short*)Maybe(lengths)));
            case 21: return ("SQLGetDiagRec", GetDiagRec());
            case 22: return ("SQLGetDiagField", ((delegate* unmanaged<short, nint, short, short, void*, short, short*, short>)DriverExports.Get("SQLGetDiagFieldW"))((short)random.Next(0, 6), AnyHandle(), (short)random.Next(-1, 4), (short)Choose(1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, -1247, -1248, 77), Maybe(buffer), (short)Length(), (short*)Maybe(lengths)));
            case 23: return ("SQLTables", Catalog());
            case 24: return ("SQLGetDescField", ((delegate* unmanaged<nint, short, short, void*, int, int*, short>)DriverExports.Get("SQLGetDescField"))(Pick(descriptors), (short)random.Next(-1, 5), DescField(), Maybe(buffer), Length(), (int*)Maybe(lengths)));
            case 25: return ("SQLSetDescField", SetDescField());
            case 26: return ("SQLCopyDesc", ((delegate* unmanaged<nint, nint, short>)DriverExports.Get("SQLCopyDesc"))(Pick(descriptors), Pick(descriptors)));
            case 27: return ("SQLBindParameter", BindParameter());
            case 28: return ("SQLParamData", ((delegate* unmanaged<nint, nint*, short>)DriverExports.Get("SQLParamData"))(Pick(statements), (nint*)Maybe(lengths)));
            case 29: return ("SQLPutData", ((delegate* unmanaged<nint, void*, nint, short>)DriverExports.Get("SQLPutData"))(Pick(statements), buffer, Choose(-3, -1, 0, 1, 7, 64)));
            case 30: return ("SQLNumResultCols", ((delegate* unmanaged<nint, short*, short>)DriverExports.Get("SQLNumResultCols"))(Pick(statements), (short*)Maybe(lengths)));
            case 31: return ("SQLMoreResults", Call("SQLMoreResults", Pick(statements)));
            case 32: return ("SQLCloseCursor", Call("SQLCloseCursor", Pick(statements)));
            case 33: return ("SQLFreeStmt", ((delegate* unmanaged<nint, ushort, short>)DriverExports.Get("SQLFreeStmt"))(Pick(statements), (ushort)Choose(0, 0, 2, 3, 1, 99)));
            case 34: return ("SQLSetConnectAttr", ((delegate* unmanaged<nint, int, nint, int, short>)DriverExports.Get("SQLSetConnectAttr"))(Pick(connections), Choose(101, 102, 103, 108, 109, 113, 1209, 10014, 99999), Choose(0, 1, 3), Length()));
            case 35: return ("SQLNativeSql", NativeSql());
            case 36: return ("SQLSetPos", ((delegate* unmanaged<nint, nuint, ushort, ushort, short>)DriverExports.Get("SQLSetPos"))(Pick(statements), (nuint)random.Next(0, 6), (ushort)random.Next(0, 5), (ushort)random.Next(0, 2)));
            case 37: return ("SQLRowCount", ((delegate* unmanaged<nint, nint*, short>)DriverExports.Get("SQLRowCount"))(Pick(statements), (nint*)Maybe(lengths)));
            case 38: return ("SQLGetTypeInfo", ((delegate* unmanaged<nint, short, short>)DriverExports.Get("SQLGetTypeInfo"))(Pick(statements), (short)Choose(0, 4, 12, -9, 93, 777)));
            default: return ("SQLCancel", Call("SQLCancel", Pick(statements)));
        }
    }

    private short ExecDirect()
    {
        var text = Text(Statement(), out var length);
        return ((delegate* unmanaged<nint, byte*, int, short>)DriverExports.Get("SQLExecDirect"))(Pick(statements), text, length);
    }

    private short Prepare()
    {
        var text = Text(Statement(), out var length);
        return ((delegate* unmanaged<nint, byte*, int, short>)DriverExports.Get("SQLPrepare"))(Pick(statements), text, length);
    }

    private short NativeSql()
    {
        var text = Text(Sql[random.Next(Sql.Length)], out var length);
        return ((delegate* unmanaged<nint, byte*, int, byte*, int, int*, short>)DriverExports.Get("SQLNativeSql"))(Pick(connections), text, length, (byte*)Maybe(buffer), Length(), (int*)Maybe(lengths));
    }

    private short GetData()
    {
        var cType = (short)Choose(1, -8, -16, -25, 8, 7, -7, 2, 91, 92, 93, -2, 99, -99, 12345);
        return ((delegate* unmanaged<nint, ushort, short, void*, nint, nint*, short>)DriverExports.Get("SQLGetData"))(Pick(statements), (ushort)random.Next(0, 6), cType, random.Next(20) == 0 ? null : buffer, Length(), (nint*)Maybe(lengths));
    }

    private short BindCol()
    {
        var cType = (short)Choose(1, -8, -16, -25, 8, -7, 2, 91, 93, -2, 99, 12345);
        // Column-wise arrays of up to 8 rows of at most 4 KB stay inside the 64 KB buffer.
        return ((delegate* unmanaged<nint, ushort, short, void*, nint, nint*, short>)DriverExports.Get("SQLBindCol"))(Pick(statements), (ushort)random.Next(0, 6), cType, Maybe(buffer + 8192 * random.Next(0, 4)), random.Next(-1, 4097), (nint*)Maybe(lengths + 8 * random.Next(0, 4)));
    }

    private short SetStmtAttr()
    {
        var attribute = Attribute();
        nint value = attribute switch
        {
            27 or 9 => random.Next(-1, 9),                         // rowset sizes: at most 8 rows
            5 => Choose(0, 16, 64, 256, 1000),                      // bind type: row structure sizes that fit 8 rows
            22 => random.Next(0, 5),                                // parameter sets: at most 4
            23 or 17 => random.Next(2) == 0 ? 0 : (nint)offsetCell, // bind offset pointers: *offset stays 0
            25 or 20 => (nint)Maybe(statuses),
            26 or 21 => (nint)Maybe(countCell),
            10010 or 10011 => descriptors.Count > 0 && random.Next(2) == 0 ? Pick(descriptors) : Choose(0, 12345),
            _ => Choose(0, 1, 2, 3, 100),
        };
        return ((delegate* unmanaged<nint, int, nint, int, short>)DriverExports.Get("SQLSetStmtAttr"))(Pick(statements), attribute, value, Length());
    }

    private short SetDescField()
    {
        var field = DescField();
        nint value = field switch
        {
            1010 => (nint)Maybe(buffer + 32768),
            1009 or 1004 => (nint)Maybe(lengths + 16),
            1013 => random.Next(0, 4096),
            20 => random.Next(1, 9),
            24 => random.Next(2) == 0 ? 0 : (nint)offsetCell,
            25 => Choose(0, 64, 256),
            21 => (nint)Maybe(statuses),
            34 => (nint)Maybe(countCell),
            1001 => random.Next(-1, 6),
            _ => Choose(0, 1, 2, 4, 12, -8, 93, 9999),
        };
        return ((delegate* unmanaged<nint, short, short, nint, int, short>)DriverExports.Get("SQLSetDescField"))(Pick(descriptors), (short)random.Next(-1, 6), field, value, Length());
    }

    private short BindParameter()
    {
        var cType = (short)Choose(1, -8, -16, -25, 8, -7, 2, 91, 93, -2, 99, 9999);
        var sqlType = (short)Choose(12, -9, 4, 3, 91, 93, -5, 8, -7, -2, 9999);
        *parameterLength = Choose(-3, -2, -1, -100, 0, 3, 8);
        return ((delegate* unmanaged<nint, ushort, short, short, short, nuint, short, void*, nint, nint*, short>)DriverExports.Get("SQLBindParameter"))(
            Pick(statements), (ushort)random.Next(0, 4), (short)Choose(1, 2, 4, 7), cType, sqlType, (nuint)random.Next(0, 100), (short)random.Next(0, 5),
            Maybe(buffer + 49152), random.Next(-1, 256), Maybe(parameterLength));
    }

    private short GetDiagRec() =>
        ((delegate* unmanaged<short, nint, short, byte*, int*, byte*, short, short*, short>)DriverExports.Get("SQLGetDiagRec"))(
            (short)random.Next(0, 6), AnyHandle(), (short)random.Next(-1, 4), (byte*)Maybe(buffer), (int*)Maybe(lengths), (byte*)Maybe(buffer + 16), (short)Length(), (short*)Maybe(lengths + 1));

    private short Catalog()
    {
        var table = Text(random.Next(3) switch { 0 => "%", 1 => "invoices", _ => "in_oice\\_s" }, out var length);
        var statement = Pick(statements);
        return random.Next(4) switch
        {
            0 => ((delegate* unmanaged<nint, byte*, short, byte*, short, byte*, short, byte*, short, short>)DriverExports.Get("SQLTables"))(statement, null, 0, null, 0, table, (short)length, null, 0),
            1 => ((delegate* unmanaged<nint, byte*, short, byte*, short, byte*, short, byte*, short, short>)DriverExports.Get("SQLColumns"))(statement, null, 0, null, 0, table, (short)length, null, 0),
            2 => ((delegate* unmanaged<nint, byte*, short, byte*, short, byte*, short, short>)DriverExports.Get("SQLPrimaryKeys"))(statement, null, 0, null, 0, random.Next(3) == 0 ? null : table, (short)length),
            _ => ((delegate* unmanaged<nint, byte*, short, byte*, short, byte*, short, byte*, short, byte*, short, byte*, short, short>)DriverExports.Get("SQLForeignKeys"))(statement, null, 0, null, 0, null, 0, null, 0, null, 0, random.Next(3) == 0 ? null : table, (short)length),
        };
    }

    private short AllocEnv()
    {
        nint handle;
        var rc = ((delegate* unmanaged<short, nint, nint*, short>)DriverExports.Get("SQLAllocHandle"))(1, 0, &handle);
        if (rc == Success)
        {
            lock (sync) environments.Add(handle);
            ((delegate* unmanaged<nint, int, nint, int, short>)DriverExports.Get("SQLSetEnvAttr"))(handle, 200, Choose(2, 3, 380), 0);
        }
        return rc;
    }

    private nint NewEnvironment()
    {
        AllocEnv();
        return environments[^1];
    }

    private short Connect(nint environment, string connectionString)
    {
        nint connection;
        var rc = ((delegate* unmanaged<short, nint, nint*, short>)DriverExports.Get("SQLAllocHandle"))(2, environment, &connection);
        if (rc != Success) return rc;
        var text = Text(connectionString, out var length);
        rc = ((delegate* unmanaged<nint, nint, byte*, short, byte*, short, short*, ushort, short>)DriverExports.Get("SQLDriverConnect"))(
            connection, 0, text, (short)length, (byte*)Maybe(buffer), (short)random.Next(0, 300), (short*)Maybe(lengths), 0);
        if (rc is Success or SuccessWithInfo) lock (sync) connections.Add(connection);
        else Free(2, connection);
        return rc;
    }

    private short Alloc(short type, nint parent, List<nint> into)
    {
        nint handle;
        var rc = ((delegate* unmanaged<short, nint, nint*, short>)DriverExports.Get("SQLAllocHandle"))(type, parent, &handle);
        if (rc == Success) lock (sync) into.Add(handle);
        return rc;
    }

    private short FreeRandom()
    {
        var pools = new[] { (3, statements), (4, descriptors), (2, connections), (1, environments) };
        var (type, pool) = pools[random.Next(random.Next(10) == 0 ? 4 : 2)];
        if (pool.Count == 0 || (type <= 2 && pool.Count <= 1)) return Free((short)type, AnyHandle());
        var handle = pool[random.Next(pool.Count)];
        return Free((short)type, handle);
    }

    private short Free(short type, nint handle)
    {
        var rc = ((delegate* unmanaged<short, nint, short>)DriverExports.Get("SQLFreeHandle"))(type, handle);
        if (rc == Success)
        {
            // A freed parent frees its children: forget every handle the registry no longer knows.
            lock (sync)
                foreach (var pool in new[] { environments, connections, statements, descriptors })
                    if (pool.Remove(handle)) stale.Add(handle);
            if (type <= 2) Prune();
        }
        return rc;
    }

    /// <summary>After a connection or environment is freed, drop the handles that went with it (probing is itself a valid call).</summary>
    private void Prune()
    {
        foreach (var (type, pool) in new[] { (3, statements), (4, descriptors), (2, connections) })
        {
            foreach (var handle in pool.ToArray())
            {
                int count;
                var rc = ((delegate* unmanaged<short, nint, short, short, void*, short, short*, short>)DriverExports.Get("SQLGetDiagField"))((short)type, handle, 0, 2, &count, 4, null);
                if (rc == InvalidHandle)
                    lock (sync)
                    {
                        pool.Remove(handle);
                        stale.Add(handle);
                    }
            }
        }
    }

    private void CancelAtRandom(CancellationToken stop)
    {
        var local = new Random(Seed + 1);
        while (!stop.IsCancellationRequested)
        {
            Thread.Sleep(local.Next(1, 20));
            nint[] snapshot;
            lock (sync) snapshot = [.. statements, .. stale];
            if (snapshot.Length == 0) continue;
            var rc = ((delegate* unmanaged<nint, short>)DriverExports.Get("SQLCancel"))(snapshot[local.Next(snapshot.Length)]);
            if (rc is not (Success or SuccessWithInfo or Error or InvalidHandle)) throw new InvalidOperationException($"SQLCancel returned {rc}");
        }
    }

    /// <summary>A live handle of the pool most of the time; otherwise a stale, foreign, null or wrong-kind one.</summary>
    private nint Pick(List<nint> pool) => pool.Count > 0 && random.Next(10) < 8 ? pool[random.Next(pool.Count)] : AnyHandle();

    private nint AnyHandle() => random.Next(6) switch
    {
        0 => 0,
        1 => stale.Count > 0 ? stale[random.Next(stale.Count)] : 0,
        2 => unchecked((nint)0xDEAD0000L) + random.Next(0, 4096),
        3 => environments.Count > 0 ? environments[random.Next(environments.Count)] : 1,
        4 => statements.Count > 0 ? statements[random.Next(statements.Count)] : 2,
        _ => connections.Count > 0 ? connections[random.Next(connections.Count)] : 3,
    };

    private int Attribute() => Choose(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 20, 21, 22, 23, 25, 26, 27, 10010, 10011, 10012, 10014, -1, -2, 99999);

    private short DescField() => (short)Choose(20, 21, 24, 25, 34, 1001, 1002, 2, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1099, 33, 14, 9999);

    /// <summary>Buffer lengths: zero, odd, small, exact-ish and negative ones.</summary>
    private int Length() => Choose(-3, -1, 0, 1, 2, 3, 7, 16, 63, 64, 255, 4096);

    private T Choose<T>(params T[] values) => values[random.Next(values.Length)];

    private void* Maybe(void* pointer) => random.Next(8) == 0 ? null : pointer;

    private nint* Maybe(nint* pointer) => random.Next(8) == 0 ? null : pointer;

    private ushort* Maybe(ushort* pointer) => random.Next(8) == 0 ? null : pointer;

    private byte* Maybe(byte* pointer) => random.Next(8) == 0 ? null : pointer;

    /// <summary>UTF-8 text in native memory with a random length convention: SQL_NTS, exact, zero, shorter, or invalid.</summary>
    private byte* Text(string value, out int length)
    {
        var bytes = Encoding.UTF8.GetBytes(value + "\0");
        var memory = (byte*)NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(memory, bytes.Length));
        strings.Add((nint)memory);
        length = random.Next(10) switch
        {
            < 5 => -3,
            < 8 => bytes.Length - 1,
            8 => random.Next(0, bytes.Length),
            _ => -7,
        };
        return memory;
    }

    private static short Call(string name, nint handle) => ((delegate* unmanaged<nint, short>)DriverExports.Get(name))(handle);

    public void Dispose()
    {
        foreach (var text in strings) NativeMemory.Free((void*)text);
        NativeMemory.Free(buffer);
        NativeMemory.Free(lengths);
        NativeMemory.Free(statuses);
        NativeMemory.Free(offsetCell);
        NativeMemory.Free(countCell);
        NativeMemory.Free(parameterLength);
    }
}
