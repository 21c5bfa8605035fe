namespace ZohoOdbc.Driver.Diagnostics;

/// <summary>A driver-side failure with its SQLSTATE; the funnel turns it into a diagnostic record.</summary>
internal sealed class OdbcException(string sqlState, string message) : Exception(message)
{
    public string SqlState { get; } = sqlState;
}
