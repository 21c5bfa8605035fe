using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;

namespace ZohoOdbc.Driver.Tests;

/// <summary>unixODBC's default Threading=0 serializes nothing: the driver must be safe for concurrent use on its own.</summary>
[Collection("odbc")]
public sealed class ThreadingTests(OdbcFixture odbc)
{
    [Fact]
    public void Statements_on_shared_and_separate_connections_run_concurrently()
    {
        var expected = ExpectedData.Top5ByTotal().Select(e => e.Number).ToArray();
        using var shared = new TestConnection(odbc.ConnectionString());
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            try
            {
                using var own = i % 2 == 0 ? null : new TestConnection(odbc.ConnectionString());
                for (var round = 0; round < 5; round++)
                {
                    using var statement = (own ?? shared).Statement();
                    statement.Execute("SELECT TOP 5 invoice_number FROM invoices ORDER BY total DESC");
                    var numbers = statement.Rows().Select(r => r[0]).ToArray();
                    if (!numbers.SequenceEqual(expected)) failures.Add($"thread {i} round {round}: {string.Join(",", numbers)}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"thread {i}: {e.Message}");
            }
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        Assert.Empty(failures);
    }

    [Fact]
    public unsafe void Threads_fetching_from_one_statement_share_its_rows_without_losing_or_repeating_one()
    {
        // Each SQLFetch must be whole: with four threads racing on one cursor, the rows fetched add up to the result exactly.
        var expected = ExpectedData.Dataset.Invoices.Count;
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        for (var round = 0; round < 20; round++)
        {
            statement.Execute("SELECT invoice_number, total FROM invoices");
            var fetched = 0;
            var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
            {
                var buffer = stackalloc char[64];
                while (true)
                {
                    var fetch = OdbcNative.SQLFetch(statement.Handle);
                    if (fetch == OdbcNative.SQL_NO_DATA) break;
                    if (fetch != OdbcNative.SQL_SUCCESS)
                    {
                        failures.Add($"thread {i}: SQLFetch returned {fetch}");
                        break;
                    }
                    Interlocked.Increment(ref fetched);
                    // Another thread may have moved the cursor on since: any row's value, SQL_NO_DATA when another thread
                    // read this row's value already, or 24000 once the rows have run out.
                    var get = OdbcNative.SQLGetData(statement.Handle, 1, OdbcNative.SQL_C_WCHAR, buffer, 128, out var length);
                    if (get == OdbcNative.SQL_SUCCESS)
                    {
                        var text = new string(buffer, 0, (int)length / 2);
                        if (!text.StartsWith("INV-", StringComparison.Ordinal)) failures.Add($"thread {i}: value {text}");
                    }
                    else if (get is not (OdbcNative.SQL_ERROR or OdbcNative.SQL_NO_DATA)) failures.Add($"thread {i}: SQLGetData returned {get}");
                }
            })).ToArray();
            foreach (var thread in threads) thread.Start();
            foreach (var thread in threads) thread.Join();
            if (fetched != expected) failures.Add($"round {round}: {fetched} rows fetched of {expected}");
            OdbcNative.SQLCloseCursor(statement.Handle);
        }
        Assert.Empty(failures);
    }
}
