using ZohoOdbc.Cli.Odbc;

namespace ZohoOdbc.Cli.Commands;

/// <summary><c>zoho-odbc remove DSN [--system]</c>: deletes a DSN through the driver manager.</summary>
internal static class RemoveCommand
{
    public static int Run(IEnumerable<string> args)
    {
        var line = CommandLine.Parse(args, [], ["system", "user"]);
        line.AtMost(1);
        var name = line.Argument(0, "data source name (zoho-odbc remove DSN)");
        var scope = line.Flag("system") ? DsnScope.System
            : line.Flag("user") ? DsnScope.User
            : DataSources.Find(name, [])?.Scope ?? DsnScope.User;
        if (!DataSources.Remove(name, scope))
        {
            Console.Error.WriteLine($"There is no {scope.Label()} named '{name}' in {scope.Location()}.");
            return 1;
        }
        Console.WriteLine($"Removed the {scope.Label()} '{name}' from {scope.Location()}. The grant stays in the token store for other DSNs of the same client.");
        return 0;
    }
}
