using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Cli.Setup;
using ZohoOdbc.Core;

namespace ZohoOdbc.Cli.Commands;

/// <summary>Dispatches the verb and turns every failure into a message that says what to do, and an exit code.</summary>
internal static class CliProgram
{
    public const int Success = 0, Failure = 1, BadUsage = 2;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var verb = args.Length > 0 ? args[0] : null;
        var rest = args.Skip(1);
        try
        {
            switch (verb)
            {
                case "setup":
                    return await SetupCommand.RunAsync(rest, cancellationToken).ConfigureAwait(false);
                case "test":
                    return TestCommand.Run(rest, cancellationToken);
                case "tables":
                    return TablesCommand.Run(rest, cancellationToken);
                case "cache":
                    return CacheCommand.Run(rest, cancellationToken);
                case "remove":
                    return RemoveCommand.Run(rest);
                case "version" or "--version":
                    Console.WriteLine($"zoho-odbc {typeof(CliProgram).Assembly.GetName().Version}");
                    return Success;
                case "help" or "--help" or "-h":
                    Console.WriteLine(Usage.Text);
                    return Success;
                default:
                    Console.Error.WriteLine(verb is null ? "Give a command." : $"Unknown command '{verb}'.");
                    Console.Error.WriteLine(Usage.Text);
                    return BadUsage;
            }
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine($"Run 'zoho-odbc help' for the commands and their options.");
            return BadUsage;
        }
        catch (SetupProblemException e)
        {
            ConsoleReport.Problem(e.Problem);
            return Failure;
        }
        catch (Exception e) when (e is ZohoOdbcException or OdbcInstallerException or DllNotFoundException)
        {
            ConsoleReport.Problem(SetupProblems.Connection(e));
            return Failure;
        }
    }
}
