using System.Globalization;
using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Tests.Sql;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>
/// Every query of Core's differential corpus (the same source files, linked): through the driver, the columns
/// SQLDescribeCol and the IRD (SQL_DESC_TYPE, precision, scale, nullability) report after SQLPrepare equal those after
/// SQLExecute. Runs on an emulator with the corpus's small data set, so parameters get the corpus's values.
/// </summary>
[Collection("odbc")]
public sealed unsafe class DescribeCorpusTests(OdbcFixture odbc, DescribeCorpusTests.CorpusEmulator corpus) : IClassFixture<DescribeCorpusTests.CorpusEmulator>
{
    public static IEnumerable<object[]> Cases() => DifferentialCorpus.All.Select((c, i) => new object[] { i, c.Sql });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prepared_columns_describe_as_executed(int index, string sql)
    {
        var corpusCase = DifferentialCorpus.All[index];
        Assert.Equal(corpusCase.Sql, sql);
        using var statement = corpus.Connection(odbc).Statement();
        statement.Prepare(sql);
        var prepared = Describe(statement);
        Assert.NotEmpty(prepared);

        var buffers = new List<nint>();
        try
        {
            var values = corpusCase.Parameters?.Invoke(corpus.Data) ?? [];
            for (var i = 0; i < values.Length; i++) Bind(statement, (ushort)(i + 1), values[i], buffers);
            statement.Check("SQLExecute", SQLExecute(statement.Handle));
            Assert.Equal(prepared, Describe(statement));
        }
        finally
        {
            statement.Close();
            buffers.ForEach(Marshal.FreeHGlobal);
        }
    }

    /// <summary>Per column: SQLDescribeCol's name, type, size, digits, nullability, and the IRD's type, precision, scale, nullability.</summary>
    private static List<string> Describe(TestStatement statement)
    {
        var columns = new List<string>();
        var name = stackalloc char[256];
        for (ushort i = 1; i <= statement.ColumnCount; i++)
        {
            statement.Check("SQLDescribeColW", SQLDescribeColW(statement.Handle, i, name, 256, out var nameLength, out var type, out var size, out var digits, out var nullable));
            columns.Add($"{new string(name, 0, nameLength)} {type} {size} {digits} {nullable} | IRD {Field(statement, i, SQL_DESC_TYPE)} " +
                $"{Field(statement, i, SQL_DESC_PRECISION)} {Field(statement, i, SQL_DESC_SCALE)} {Field(statement, i, SQL_DESC_NULLABLE)}");
        }
        return columns;
    }

    private static nint Field(TestStatement statement, ushort column, short field)
    {
        statement.Check("SQLColAttributeW", SQLColAttributeW(statement.Handle, column, (ushort)field, null, 0, out _, out var numeric));
        return numeric;
    }

    /// <summary>A parameter bound with the C and SQL types of its value; NULL as SQL_NULL_DATA.</summary>
    private static void Bind(TestStatement statement, ushort number, object? value, List<nint> buffers)
    {
        var indicator = (nint*)Allocate(sizeof(nint), buffers);
        short cType, sqlType;
        nint buffer, length;
        nuint size = 0;
        short digits = 0;
        switch (value)
        {
            case long or int:
                cType = SQL_C_SBIGINT;
                sqlType = SQL_BIGINT;
                length = sizeof(long);
                buffer = Allocate(sizeof(long), buffers);
                *(long*)buffer = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                break;
            case null:
                cType = SQL_C_WCHAR;
                sqlType = SQL_WVARCHAR;
                length = 0;
                buffer = Allocate(2, buffers);
                size = 1;
                break;
            default:
                (sqlType, var text) = value switch
                {
                    decimal d => (SQL_DECIMAL, d.ToString(CultureInfo.InvariantCulture)),
                    DateOnly d => (SQL_TYPE_DATE, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    DateTime t => (SQL_TYPE_TIMESTAMP, t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                    _ => (SQL_WVARCHAR, Convert.ToString(value, CultureInfo.InvariantCulture)!),
                };
                cType = SQL_C_WCHAR;
                length = text.Length * 2;
                buffer = Marshal.StringToHGlobalUni(text);
                buffers.Add(buffer);
                size = (nuint)Math.Max(text.Length, 1);
                if (value is decimal m)
                {
                    size = 38;
                    digits = (short)m.Scale;
                }
                break;
        }
        *indicator = value is null ? SQL_NULL_DATA : length;
        statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, number, SQL_PARAM_INPUT, cType, sqlType, size, digits, (void*)buffer, length, indicator));
    }

    private static nint Allocate(int bytes, List<nint> buffers)
    {
        var memory = Marshal.AllocHGlobal(bytes);
        buffers.Add(memory);
        return memory;
    }

    /// <summary>An emulator with the corpus's data set (seed and sizes of Core's EmulatorFixture) and one connection to it.</summary>
    public sealed class CorpusEmulator : IDisposable
    {
        private const int Seed = 7, Contacts = 60, Invoices = 450;
        private readonly EmulatorProcess emulator = EmulatorProcess.Start("--seed", "7", "--contacts", "60", "--invoices", "450");
        private TestConnection? connection;

        public Dataset Data { get; } = SampleData.Generate(Seed, Contacts, Invoices);

        internal TestConnection Connection(OdbcFixture odbc) => connection ??= new TestConnection(
            $"DRIVER={{{OdbcFixture.DriverName}}};AccountsUrl={emulator.Url};ClientId={EmulatorCredentials.ClientId};" +
            $"ClientSecret={EmulatorCredentials.ClientSecret};RefreshToken={EmulatorCredentials.RefreshToken};CacheMode=Off;{odbc.GovernorSettings}");

        public void Dispose()
        {
            connection?.Dispose();
            emulator.Dispose();
        }
    }
}
