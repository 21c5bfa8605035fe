using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Diagnostics;

/// <summary>One diagnostic record: SQLSTATE, native error, the full message and where it applies.</summary>
internal sealed record DiagnosticRecord(
    string SqlState,
    int NativeError,
    string Message,
    nint RowNumber = DiagField.NoRowNumber,
    int ColumnNumber = DiagField.NoColumnNumber)
{
    /// <summary>"ISO 9075" for standard classes, "ODBC 3.0" for the ODBC-specific IM class.</summary>
    public string ClassOrigin => SqlState.StartsWith("IM", StringComparison.Ordinal) ? OdbcOrigin : IsoOrigin;

    /// <summary>ODBC defines the xxSxx subclasses, class IM and a few HY ones; ISO the rest.</summary>
    public string SubclassOrigin =>
        SqlState.StartsWith("IM", StringComparison.Ordinal) || SqlState[2] == 'S' || OdbcSubclasses.Contains(SqlState)
            ? OdbcOrigin
            : IsoOrigin;

    private const string IsoOrigin = "ISO 9075";
    private const string OdbcOrigin = "ODBC 3.0";

    private static readonly HashSet<string> OdbcSubclasses =
        ["HY095", "HY097", "HY098", "HY099", "HY100", "HY101", "HY105", "HY107", "HY109", "HY110", "HY111", "HYT00", "HYT01"];
}
