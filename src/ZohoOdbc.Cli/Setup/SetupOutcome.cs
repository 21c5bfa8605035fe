using ZohoOdbc.Cli.Connection;
using ZohoOdbc.Cli.Odbc;

namespace ZohoOdbc.Cli.Setup;

/// <summary>A saved DSN and what the test connection through it found (or why it failed: the DSN stays saved).</summary>
internal sealed record SetupOutcome(DataSourceDefinition DataSource, DsnScope Scope, ConnectionReport? Report, SetupProblem? Problem)
{
    public bool Succeeded => Report is not null;
}
