using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Handles;

/// <summary>An ODBC environment: the ODBC version the application asked for, and its connections.</summary>
internal sealed class OdbcEnvironment() : OdbcHandle(HandleType.Environment)
{
    private readonly List<OdbcConnection> connections = [];

    /// <summary>SQL_ATTR_ODBC_VERSION: 2 makes the driver report ODBC 2 date/time type codes.</summary>
    public override int OdbcVersion => odbcVersion;

    private int odbcVersion = EnvironmentAttribute.OdbcVersion3;

    public int ConnectionPooling { get; private set; }

    public int PoolMatch { get; private set; }

    public override string ComponentPrefix => DriverIdentity.Vendor;

    public OdbcConnection AllocateConnection()
    {
        var connection = new OdbcConnection(this);
        lock (connections) connections.Add(connection);
        return connection;
    }

    public void Forget(OdbcConnection connection)
    {
        lock (connections) connections.Remove(connection);
    }

    public short SetAttribute(int attribute, nint value)
    {
        switch (attribute)
        {
            case EnvironmentAttribute.OdbcVersion:
                if (value is not (EnvironmentAttribute.OdbcVersion2 or EnvironmentAttribute.OdbcVersion3 or EnvironmentAttribute.OdbcVersion380))
                    throw new OdbcException(OdbcStates.InvalidAttributeValue, $"ODBC version {value} is not supported: use 2, 3 or 380.");
                odbcVersion = (int)value;
                break;
            case EnvironmentAttribute.ConnectionPooling:
                ConnectionPooling = (int)value;
                break;
            case EnvironmentAttribute.CpMatch:
                PoolMatch = (int)value;
                break;
            case EnvironmentAttribute.OutputNts:
                if (value != Sentinels.True)
                    throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Output strings are always NUL-terminated.");
                break;
            default:
                throw new OdbcException(OdbcStates.InvalidAttribute, $"Environment attribute {attribute} is not known.");
        }
        return SqlReturn.Success;
    }

    public unsafe short GetAttribute(int attribute, void* value)
    {
        var result = attribute switch
        {
            EnvironmentAttribute.OdbcVersion => OdbcVersion,
            EnvironmentAttribute.ConnectionPooling => ConnectionPooling,
            EnvironmentAttribute.CpMatch => PoolMatch,
            EnvironmentAttribute.OutputNts => Sentinels.True,
            EnvironmentAttribute.DriverUnicodeType => EnvironmentAttribute.UnicodeTypeUtf16,
            _ => throw new OdbcException(OdbcStates.InvalidAttribute, $"Environment attribute {attribute} is not known."),
        };
        if (value != null) *(int*)value = result;
        return SqlReturn.Success;
    }

    protected override void ReleaseResources()
    {
        OdbcConnection[] children;
        lock (connections) children = [.. connections];
        foreach (var connection in children) connection.Free();
    }
}
