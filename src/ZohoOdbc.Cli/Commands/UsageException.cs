namespace ZohoOdbc.Cli.Commands;

/// <summary>The command line is wrong: the message says how; the tool prints it with the usage and exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
