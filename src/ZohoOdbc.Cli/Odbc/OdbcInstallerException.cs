namespace ZohoOdbc.Cli.Odbc;

/// <summary>The driver manager's installer library refused a change; the message says what to do.</summary>
internal sealed class OdbcInstallerException(string message) : Exception(message);
