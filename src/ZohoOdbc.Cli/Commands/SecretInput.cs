namespace ZohoOdbc.Cli.Commands;

/// <summary>
/// A secret for a scripted setup: from the option (visible to other users in the process list, so discouraged),
/// from standard input when the option is "-", or from an environment variable.
/// </summary>
internal static class SecretInput
{
    public static string? Read(CommandLine line, string option, string environmentVariable)
    {
        var value = line.Option(option);
        if (value == "-")
        {
            value = Console.In.ReadLine();
            if (string.IsNullOrWhiteSpace(value)) throw new UsageException($"--{option} - reads the value from standard input, which gave none.");
        }
        value ??= Environment.GetEnvironmentVariable(environmentVariable);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
