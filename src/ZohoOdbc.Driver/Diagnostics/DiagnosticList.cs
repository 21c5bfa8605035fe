using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Diagnostics;

/// <summary>
/// The diagnostic area of one handle: the records of the last call plus the header fields
/// SQLGetDiagField reports. Messages get the ODBC component prefix when they are added.
/// </summary>
internal sealed class DiagnosticList(Func<string> componentPrefix)
{
    private readonly List<DiagnosticRecord> records = [];

    public int Count => records.Count;

    public DiagnosticRecord this[int index] => records[index];

    /// <summary>SQL_DIAG_RETURNCODE: what the last call on the handle returned.</summary>
    public short ReturnCode { get; set; }

    /// <summary>Clears the records at the start of every call except the SQLGetDiag* family.</summary>
    public void Clear()
    {
        records.Clear();
        ReturnCode = 0;
    }

    public void Add(string sqlState, string message, int nativeError = 0, nint rowNumber = DiagField.NoRowNumber, int columnNumber = DiagField.NoColumnNumber) =>
        records.Add(new DiagnosticRecord(sqlState, nativeError, componentPrefix() + message, rowNumber, columnNumber));

    /// <summary>Removes and returns the first record, as ODBC 2's SQLError does.</summary>
    public DiagnosticRecord? TakeFirst()
    {
        if (records.Count == 0) return null;
        var first = records[0];
        records.RemoveAt(0);
        return first;
    }
}
