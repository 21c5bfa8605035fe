namespace ZohoOdbc.Cli.Setup;

/// <summary>What went wrong, in the words of the step the user is at, and what to do about it: shown on the page and by the CLI.</summary>
internal sealed record SetupProblem(string Title, string Detail, string Action)
{
    public override string ToString() => $"{Title}\n  {Detail}\n  What to do: {Action}";
}
