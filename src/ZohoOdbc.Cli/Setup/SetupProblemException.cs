namespace ZohoOdbc.Cli.Setup;

/// <summary>Carries a <see cref="SetupProblem"/> out of the setup steps to the page or the console.</summary>
internal sealed class SetupProblemException(SetupProblem problem, Exception? inner = null) : Exception(problem.Title, inner)
{
    public SetupProblem Problem { get; } = problem;
}
