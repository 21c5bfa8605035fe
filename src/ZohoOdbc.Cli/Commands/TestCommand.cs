using ZohoOdbc.Cli.Connection;
using ZohoOdbc.Cli.Odbc;

namespace ZohoOdbc.Cli.Commands;

/// <summary><c>zoho-odbc test DSN</c>: reads the DSN through the driver manager, connects with its settings and runs a test query.</summary>
internal static class TestCommand
{
    public static int Run(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, [], []);
        line.AtMost(1);
        var name = line.Argument(0, "data source name (zoho-odbc test DSN)");
        var (dataSource, settings) = DataSourceSettings.Load(name);
        Console.WriteLine($"Data source '{name}': {dataSource.Scope.Label()} in {dataSource.Scope.Location()}, driver {dataSource.Driver} " +
            $"({DataSources.DriverLibrary(dataSource.Driver ?? "") ?? "library not named"})");
        var report = ConnectionCheck.Run(settings, cancellationToken);
        ConsoleReport.Report(report);
        Console.WriteLine($"OK: '{name}' works.");
        return 0;
    }
}
