using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLNativeSql: what the driver would run for a statement, without running it.</summary>
internal sealed partial class OdbcConnection
{
    public unsafe short NativeSql(string? sql, OdbcText text, void* output, int capacity, int* outputLength)
    {
        if (sql is null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The statement text is a null pointer.");
        if (capacity < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
        text.Write(OdbcStatement.NativeSql(sql), output, capacity, LengthUnit.Characters, outputLength, Diagnostics);
        return SqlReturn.Success;
    }
}
