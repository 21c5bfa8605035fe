namespace ZohoOdbc.Core;

/// <summary>
/// Every failure Core reports: a SQLSTATE (the SQL standard's five-character class+subclass,
/// which the Driver passes through as the ODBC diagnostic) and a message a finance analyst can act on.
/// </summary>
public sealed class ZohoOdbcException : Exception
{
    public ZohoOdbcException(string sqlState, string message, int nativeError = 0, Exception? inner = null)
        : base(message, inner)
    {
        SqlState = sqlState;
        NativeError = nativeError;
    }

    /// <summary>Five-character SQLSTATE, e.g. 42000, 42S02, 42S22, 28000, 08001, HYT00.</summary>
    public string SqlState { get; }

    /// <summary>Zoho's error <c>code</c> when the failure came from the API, otherwise 0.</summary>
    public int NativeError { get; }
}

/// <summary>The SQLSTATEs Core raises, named once.</summary>
public static class SqlStates
{
    public const string SyntaxError = "42000";
    public const string TableNotFound = "42S02";
    public const string ColumnNotFound = "42S22";
    public const string InvalidAuthorization = "28000";
    public const string UnableToConnect = "08001";
    /// <summary>The server refused the connection: used when the grant belongs to another data centre than the one configured.</summary>
    public const string ServerRejectedConnection = "08004";
    public const string CommunicationLink = "08S01";
    public const string FeatureNotSupported = "0A000";
    public const string GeneralError = "HY000";
    public const string Timeout = "HYT00";
    public const string Cancelled = "HY008";
    public const string InvalidConnectionAttribute = "HY024";
    public const string DataTypeMismatch = "22018";
    public const string InvalidDateTimeFormat = "22007";
    public const string NumericOutOfRange = "22003";
    public const string DivisionByZero = "22012";
    /// <summary>SQL standard class 54, "program limit exceeded": a query that needs more API calls than MaxCallsPerQuery.</summary>
    public const string ProgramLimitExceeded = "54000";
}
