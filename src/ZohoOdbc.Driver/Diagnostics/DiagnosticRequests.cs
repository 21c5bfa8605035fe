using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Diagnostics;

/// <summary>
/// SQLGetDiagRec, SQLGetDiagField and ODBC 2's SQLError over a handle's diagnostic area. These
/// report truncation through their return code only: they never add records of their own.
/// </summary>
internal static unsafe class DiagnosticRequests
{
    private const int SqlStateLength = 5;

    public static short GetRecord(OdbcHandle handle, short recordNumber, OdbcText text, void* sqlState, int* nativeError,
        void* message, short messageCapacity, short* messageLength)
    {
        if (recordNumber < 1 || messageCapacity < 0) return SqlReturn.Error;
        if (recordNumber > handle.Diagnostics.Count) return SqlReturn.NoData;
        return WriteRecord(handle.Diagnostics[recordNumber - 1], handle.OdbcVersion, text, sqlState, nativeError, message, messageCapacity, messageLength);
    }

    /// <summary>SQLError: returns and removes the first record of the most specific handle given.</summary>
    public static short TakeFirst(OdbcHandle handle, OdbcText text, void* sqlState, int* nativeError, void* message, short messageCapacity, short* messageLength)
    {
        var record = handle.Diagnostics.TakeFirst();
        return record is null
            ? SqlReturn.NoData
            : WriteRecord(record, handle.OdbcVersion, text, sqlState, nativeError, message, messageCapacity, messageLength);
    }

    public static short GetField(OdbcHandle handle, short recordNumber, short field, OdbcText text, void* value, short bufferLength, short* length)
    {
        var diagnostics = handle.Diagnostics;
        switch (field)
        {
            case DiagField.Number: return Fixed(value, length, diagnostics.Count);
            case DiagField.ReturnCode: return Fixed(value, length, diagnostics.ReturnCode);
            case DiagField.RowCount or DiagField.CursorRowCount:
                return handle is OdbcStatement ? Fixed(value, length, (nint)(-1)) : SqlReturn.Error;
            case DiagField.DynamicFunction:
                return handle is OdbcStatement statement ? Text(text, StatementKind(statement).Name, value, bufferLength, length) : SqlReturn.Error;
            case DiagField.DynamicFunctionCode:
                return handle is OdbcStatement owner ? Fixed(value, length, StatementKind(owner).Code) : SqlReturn.Error;
        }

        if (recordNumber < 1) return SqlReturn.Error;
        if (recordNumber > diagnostics.Count) return SqlReturn.NoData;
        var record = diagnostics[recordNumber - 1];
        return field switch
        {
            DiagField.SqlState => Text(text, StateFor(record, handle.OdbcVersion), value, bufferLength, length),
            DiagField.Native => Fixed(value, length, record.NativeError),
            DiagField.MessageText => Text(text, record.Message, value, bufferLength, length),
            DiagField.ClassOrigin => Text(text, record.ClassOrigin, value, bufferLength, length),
            DiagField.SubclassOrigin => Text(text, record.SubclassOrigin, value, bufferLength, length),
            DiagField.ConnectionName or DiagField.ServerName => Text(text, ConnectionOf(handle)?.DataSourceName ?? "", value, bufferLength, length),
            DiagField.RowNumber => Fixed(value, length, record.RowNumber),
            DiagField.ColumnNumber => Fixed(value, length, record.ColumnNumber),
            _ => SqlReturn.Error,
        };
    }

    private static short WriteRecord(DiagnosticRecord record, int odbcVersion, OdbcText text, void* sqlState, int* nativeError, void* message, short messageCapacity, short* messageLength)
    {
        if (sqlState != null) text.Write(StateFor(record, odbcVersion), sqlState, SqlStateLength + 1, LengthUnit.Characters, null, out _);
        if (nativeError != null) *nativeError = record.NativeError;
        var full = text.Write(record.Message, message, messageCapacity, LengthUnit.Characters, null, out var truncated);
        if (messageLength != null) *messageLength = (short)Math.Min(full, short.MaxValue);
        return truncated ? SqlReturn.SuccessWithInfo : SqlReturn.Success;
    }

    private static string StateFor(DiagnosticRecord record, int odbcVersion) =>
        odbcVersion < EnvironmentAttribute.OdbcVersion3 ? Odbc2States.Map(record.SqlState) : record.SqlState;

    private static short Text(OdbcText text, string value, void* buffer, short bufferLength, short* length)
    {
        if (bufferLength < 0) return SqlReturn.Error;
        var full = text.Write(value, buffer, bufferLength, LengthUnit.Bytes, null, out var truncated);
        if (length != null) *length = (short)Math.Min(full, short.MaxValue);
        return truncated ? SqlReturn.SuccessWithInfo : SqlReturn.Success;
    }

    private static short Fixed<T>(void* value, short* length, T number) where T : unmanaged
    {
        if (value != null) *(T*)value = number;
        if (length != null) *length = (short)sizeof(T);
        return SqlReturn.Success;
    }

    /// <summary>SQL_DIAG_DYNAMIC_FUNCTION(_CODE): every statement this driver runs is a SELECT.</summary>
    private static (string Name, int Code) StatementKind(OdbcStatement statement) =>
        statement.HasExecuted ? ("SELECT CURSOR", DiagField.SelectCursor) : ("", DiagField.UnknownStatement);

    private static OdbcConnection? ConnectionOf(OdbcHandle handle) => handle switch
    {
        OdbcConnection connection => connection,
        OdbcStatement statement => statement.Connection,
        Descriptors.OdbcDescriptor descriptor => descriptor.Connection,
        _ => null,
    };
}
