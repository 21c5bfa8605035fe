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
}
