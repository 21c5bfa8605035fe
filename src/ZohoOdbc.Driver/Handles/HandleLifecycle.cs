using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLAllocHandle and SQLFreeHandle for every handle kind (and their ODBC 2 forms).</summary>
internal static unsafe class HandleLifecycle
{
    public static short Allocate(short handleType, nint input, nint* output)
    {
        if (output != null) *output = 0;
        return (HandleType)handleType switch
        {
            HandleType.Environment => Funnel.Unbound(() => Publish(new OdbcEnvironment(), output)),
            HandleType.Connection => Funnel.Environment(input, environment => Publish(environment.AllocateConnection(), output)),
            HandleType.Statement => Funnel.Connection(input, connection => Publish(connection.AllocateStatement(), output)),
            HandleType.Descriptor => Funnel.Connection(input, connection => Publish(connection.AllocateDescriptor(), output)),
            _ => SqlReturn.Error,
        };
    }

    /// <summary>Frees a handle and everything it owns: statements of a connection, connections of an environment.</summary>
    public static short Free(short handleType, nint handle) => Funnel.Handle(handleType, handle, target =>
    {
        if (target is OdbcDescriptor { AllocType: DescField.AllocAuto })
            throw new OdbcException(OdbcStates.AutomaticDescriptor, "An implicitly allocated descriptor is freed with its statement.");
        target.Free();
        return SqlReturn.Success;
    });

    private static short Publish(OdbcHandle handle, nint* output)
    {
        if (output == null)
        {
            handle.Free();
            throw new OdbcException(OdbcStates.InvalidNullPointer, "The output handle pointer is null.");
        }
        *output = handle.Address;
        return SqlReturn.Success;
    }
}
