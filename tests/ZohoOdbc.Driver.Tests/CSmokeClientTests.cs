using ZohoOdbc.Driver.Tests.Harness;

namespace ZohoOdbc.Driver.Tests;

/// <summary>native/smoke/odbc_smoke.c, compiled here with the system compiler against unixODBC's headers.</summary>
[Collection("odbc")]
public sealed class CSmokeClientTests(OdbcFixture odbc)
{
    [Fact]
    public void The_C_client_prints_the_emulators_rows()
    {
        var exe = Path.Combine(Path.GetTempPath(), $"odbc_smoke_{Environment.ProcessId}");
        var source = Path.Combine(RepoPaths.Root, "native", "smoke", "odbc_smoke.c");
        var cc = ProcessRunner.Run("cc", ["-Wall", "-Werror", "-o", exe, source, "-lodbc"], null, odbc.Environment);
        Assert.True(cc.ExitCode == 0, cc.All);
        try
        {
            var run = ProcessRunner.Run(exe, [$"DSN={OdbcFixture.Dsn}",
                "SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC"], null, odbc.Environment);
            Assert.True(run.ExitCode == 0, run.All);
            var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("invoice_number\tcustomer_name\ttotal", lines[0]);
            Assert.Equal(ExpectedData.Top5ByTotal().Select(e => $"{e.Number}\t{e.Customer}\t{e.Total:0.00}"), lines.Skip(1));
        }
        finally { File.Delete(exe); }
    }
}
