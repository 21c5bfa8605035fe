using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Handles;

/// <summary>Base of every ODBC object: its registered address, its diagnostics and its lock.</summary>
internal abstract class OdbcHandle
{
    protected OdbcHandle(HandleType type)
    {
        Type = type;
        Diagnostics = new DiagnosticList(() => ComponentPrefix);
        // Registered here so no handle can exist unregistered; the address reaches the
        // application only after the constructor has returned.
        Address = HandleRegistry.Register(this);
    }

    public HandleType Type { get; }

    /// <summary>False once the handle is freed: <see cref="RecentHandle"/> must not answer for it any more.</summary>
    public bool IsRegistered
    {
        get => Volatile.Read(ref registered);
        set => Volatile.Write(ref registered, value);
    }

    private bool registered = true;

    /// <summary>The opaque handle value the application holds.</summary>
    public nint Address { get; }

    public DiagnosticList Diagnostics { get; }

    /// <summary>Serializes calls on this handle (unixODBC's default Threading=0 does not).</summary>
    public HandleLock SyncRoot { get; } = new();

    /// <summary>"[ZohoOdbc]" plus the data source component once it is known, e.g. "[Zoho Books]".</summary>
    public abstract string ComponentPrefix { get; }

    /// <summary>The application's SQL_ATTR_ODBC_VERSION: ODBC 2 applications read ODBC 2 SQLSTATEs.</summary>
    public abstract int OdbcVersion { get; }

    /// <summary>Releases the handle's resources and its children, then unregisters it.</summary>
    public void Free()
    {
        ReleaseResources();
        HandleRegistry.Unregister(Address);
    }

    protected virtual void ReleaseResources() { }
}
