using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Info;

/// <summary>SQLGetInfo(W): one typed answer from <see cref="InfoTable"/>, HY096 for an unknown InfoType.</summary>
internal static unsafe class InfoRequest
{
    public static short Answer(OdbcConnection connection, ushort infoType, OdbcText text, void* buffer, short bufferLength, short* length)
    {
        if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
        var value = InfoTable.Lookup(infoType, connection)
            ?? throw new OdbcException(OdbcStates.InvalidInformationType, $"Information type {infoType} is not supported.");
        value.Write(text, buffer, bufferLength, length, connection.Diagnostics);
        return SqlReturn.Success;
    }
}
