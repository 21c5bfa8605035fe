using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLSetConnectAttr / SQLGetConnectAttr.</summary>
internal sealed partial class OdbcConnection
{
    private uint autocommit = ConnectionAttribute.AutocommitOn;

    public uint LoginTimeoutSeconds { get; private set; }

    public uint ConnectionTimeoutSeconds { get; private set; }

    /// <summary>SQL_ATTR_METADATA_ID at connection level: the default of new statements.</summary>
    public bool MetadataId { get; private set; }

    public unsafe short SetAttribute(int attribute, void* value, int length, OdbcText text)
    {
        var number = (uint)(nuint)value;
        switch (attribute)
        {
            case ConnectionAttribute.Autocommit:
                // Read-only data source: both modes behave the same, so both are accepted.
                autocommit = number == ConnectionAttribute.AutocommitOff ? ConnectionAttribute.AutocommitOff : ConnectionAttribute.AutocommitOn;
                break;
            case ConnectionAttribute.AccessMode:
                if (number != ConnectionAttribute.ModeReadOnly)
                    ValueChanged($"{ProductName} is read-only: the access mode stays SQL_MODE_READ_ONLY.");
                break;
            case ConnectionAttribute.LoginTimeout:
                LoginTimeoutSeconds = number;
                break;
            case ConnectionAttribute.ConnectionTimeout:
                ConnectionTimeoutSeconds = number;
                break;
            case ConnectionAttribute.TxnIsolation:
                ValueChanged("Transactions are not supported: the isolation level stays 0.");
                break;
            case ConnectionAttribute.CurrentCatalog:
                var catalog = text.ReadBytes(value, length);
                if (!string.Equals(catalog, DatabaseName, StringComparison.OrdinalIgnoreCase))
                    throw new OdbcException(OdbcStates.InvalidAttributeValue, $"There is one catalog, '{DatabaseName}': '{catalog}' does not exist.");
                break;
            case ConnectionAttribute.MetadataId:
                MetadataId = number != 0;
                break;
            case ConnectionAttribute.AsyncEnable:
                if (number != 0) ValueChanged("Asynchronous execution is not supported: it stays off.");
                break;
            case ConnectionAttribute.PacketSize or ConnectionAttribute.QuietMode or ConnectionAttribute.Trace
                or ConnectionAttribute.TraceFile or ConnectionAttribute.OdbcCursors or ConnectionAttribute.ResetConnection:
                // Driver-manager business or no meaning over HTTPS: accepted and ignored.
                break;
            case ConnectionAttribute.TranslateLib or ConnectionAttribute.TranslateOption:
                throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Translation libraries are not supported.");
            case ConnectionAttribute.AnsiApp:
                // SQL_ERROR tells the Windows driver manager that ANSI and Unicode applications behave the same.
                throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "The driver behaves the same for ANSI and Unicode applications.");
            default:
                throw new OdbcException(OdbcStates.InvalidAttribute, $"Connection attribute {attribute} is not known.");
        }
        return SqlReturn.Success;
    }

    public unsafe short GetAttribute(int attribute, void* value, int bufferLength, int* length, OdbcText text)
    {
        uint number;
        switch (attribute)
        {
            case ConnectionAttribute.CurrentCatalog:
                if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
                text.Write(DatabaseName, value, bufferLength, LengthUnit.Bytes, length, Diagnostics);
                return SqlReturn.Success;
            case ConnectionAttribute.Autocommit: number = autocommit; break;
            case ConnectionAttribute.AccessMode: number = ConnectionAttribute.ModeReadOnly; break;
            case ConnectionAttribute.LoginTimeout: number = LoginTimeoutSeconds; break;
            case ConnectionAttribute.ConnectionTimeout: number = ConnectionTimeoutSeconds; break;
            case ConnectionAttribute.TxnIsolation: number = 0; break;
            case ConnectionAttribute.MetadataId: number = MetadataId ? 1u : 0u; break;
            case ConnectionAttribute.AsyncEnable: number = 0; break;
            case ConnectionAttribute.AutoIpd: number = 0; break;
            case ConnectionAttribute.PacketSize: number = 0; break;
            case ConnectionAttribute.ConnectionDead:
                number = IsConnected ? ConnectionAttribute.ConnectionIsAlive : ConnectionAttribute.ConnectionIsDead;
                break;
            default:
                throw new OdbcException(OdbcStates.InvalidAttribute, $"Connection attribute {attribute} is not known.");
        }
        if (value != null) *(uint*)value = number;
        if (length != null) *length = sizeof(uint);
        return SqlReturn.Success;
    }

    private void ValueChanged(string message) => Diagnostics.Add(OdbcStates.OptionValueChanged, message);
}
