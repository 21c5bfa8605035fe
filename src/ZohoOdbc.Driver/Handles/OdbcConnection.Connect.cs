using ZohoOdbc.Driver.Connection;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLConnect and SQLDriverConnect.</summary>
internal sealed partial class OdbcConnection
{
    private const ushort CompletionCompleteRequired = 3;

    /// <summary>SQLConnect: everything comes from the DSN. Zoho signs in with OAuth, so UID/PWD have no use.</summary>
    public short Connect(string? dataSourceName, string? user, string? password)
    {
        if (string.IsNullOrEmpty(dataSourceName))
            throw new OdbcException(OdbcStates.UnableToConnect, "No data source name was given.");
        Open(ConnectionRequest.FromDataSource(dataSourceName));
        if (!string.IsNullOrEmpty(user) || !string.IsNullOrEmpty(password))
            Diagnostics.Add(OdbcStates.GeneralWarning, $"The user name and password were ignored: {ProductName} is reached with the OAuth credentials of the DSN.");
        return SqlReturn.Success;
    }

    /// <summary>
    /// SQLDriverConnect. The driver never prompts (every completion mode behaves as NOPROMPT):
    /// missing credentials are reported as an error instead. Writes the complete connection string.
    /// </summary>
    public unsafe short DriverConnect(string? connectionString, ushort completion, OdbcText text, void* output, short outputCapacity, short* outputLength)
    {
        if (completion > CompletionCompleteRequired)
            throw new OdbcException(OdbcStates.InvalidDriverCompletion, $"Driver completion {completion} is not valid.");
        var request = ConnectionRequest.FromConnectionString(connectionString);
        Open(request);
        text.Write(request.OutputConnectionString(), output, outputCapacity, LengthUnit.Characters, outputLength, Diagnostics);
        return SqlReturn.Success;
    }
}
