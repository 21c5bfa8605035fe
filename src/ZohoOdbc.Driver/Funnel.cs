using System.Runtime.CompilerServices;
using ZohoOdbc.Core;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver;

/// <summary>
/// The one way into the driver. Every export validates its handle here, clears the handle's
/// diagnostics, takes its lock, runs its body and turns any exception into a diagnostic record
/// and SQL_ERROR. An exception escaping an UnmanagedCallersOnly export would terminate the host
/// process (Power BI, Excel), so nothing gets past this class.
/// </summary>
internal static class Funnel
{
    // The handle kinds are looked up by a cast to their class, not through a shared generic Find<T>:
    // SQLFetch and SQLGetData pay for every instruction here once per row or value.
    public static short Environment(nint handle, Func<OdbcEnvironment, short> body) => Run(HandleRegistry.Find(handle) as OdbcEnvironment, body, Mode.Locked);

    public static short Connection(nint handle, Func<OdbcConnection, short> body) => Run(HandleRegistry.Find(handle) as OdbcConnection, body, Mode.Locked);

    public static short Statement(nint handle, Func<OdbcStatement, short> body) => Run(HandleRegistry.Find(handle) as OdbcStatement, body, Mode.Locked);

    /// <summary>
    /// The same funnel for the per-row calls (SQLGetData): the arguments travel in a struct, so the
    /// call allocates no closure.
    /// </summary>
    public static short Statement<TCall>(nint handle, in TCall call) where TCall : struct, IStatementCall
    {
        if (HandleRegistry.Find(handle) is not OdbcStatement target) return SqlReturn.InvalidHandle;
        try
        {
            using (target.SyncRoot.EnterScope())
            {
                target.Diagnostics.Clear();
                short result;
                try
                {
                    result = call.Run(target);
                }
                catch (Exception exception)
                {
                    Record(target, exception);
                    result = SqlReturn.Error;
                }
                return Complete(target, result);
            }
        }
        catch (Exception)
        {
            return SqlReturn.Error;
        }
    }

    public static short Descriptor(nint handle, Func<Descriptors.OdbcDescriptor, short> body) => Run(HandleRegistry.Find(handle) as Descriptors.OdbcDescriptor, body, Mode.Locked);

    /// <summary>For SQLCancel and SQL_ATTR_CONNECTION_DEAD, which must answer while another thread holds the lock.</summary>
    public static short Unlocked<T>(nint handle, Func<T, short> body) where T : OdbcHandle => Run(Find<T>(handle), body, Mode.Unlocked);

    /// <summary>Any handle kind named by an SQL_HANDLE_* code (SQLFreeHandle, SQLEndTran).</summary>
    public static short Handle(short handleType, nint handle, Func<OdbcHandle, short> body) =>
        Run(Find(handleType, handle), body, Mode.Locked);

    /// <summary>The SQLGetDiag* family: reads the diagnostics, so it must not clear them.</summary>
    public static short Diagnostics(short handleType, nint handle, Func<OdbcHandle, short> body)
    {
        if (Find(handleType, handle) is not { } found) return SqlReturn.InvalidHandle;
        try
        {
            using (found.SyncRoot.EnterScope()) return body(found);
        }
        catch (Exception)
        {
            // A failure to report diagnostics cannot itself be reported.
            return SqlReturn.Error;
        }
    }

    /// <summary>Runs a body that needs no handle (SQLAllocHandle of an environment).</summary>
    public static short Unbound(Func<short> body)
    {
        try
        {
            return body();
        }
        catch (Exception)
        {
            return SqlReturn.Error;
        }
    }

    private enum Mode { Locked, Unlocked }

    private static T? Find<T>(nint handle) where T : OdbcHandle => HandleRegistry.TryGet<T>(handle, out var found) ? found : null;

    private static OdbcHandle? Find(short handleType, nint handle) =>
        HandleRegistry.TryGet((HandleType)handleType, handle, out var found) ? found : null;

    private static short Run<T>(T? target, Func<T, short> body, Mode mode) where T : OdbcHandle
    {
        if (target is null) return SqlReturn.InvalidHandle;
        try
        {
            // Unlocked calls leave the diagnostic area alone: the lock holder may be writing to it.
            if (mode == Mode.Unlocked) return Invoke(target, body);
            using (target.SyncRoot.EnterScope())
            {
                target.Diagnostics.Clear();
                return Complete(target, Invoke(target, body));
            }
        }
        catch (Exception)
        {
            // Only reachable if recording the diagnostic failed (e.g. out of memory).
            return SqlReturn.Error;
        }
    }

    private static short Invoke<T>(T target, Func<T, short> body) where T : OdbcHandle
    {
        try
        {
            return body(target);
        }
        catch (Exception exception)
        {
            Record(target, exception);
            return SqlReturn.Error;
        }
    }

    /// <summary>SQL_SUCCESS becomes SQL_SUCCESS_WITH_INFO when the body left warnings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static short Complete(OdbcHandle target, short result)
    {
        if (result == SqlReturn.Success && target.Diagnostics.Count > 0) result = SqlReturn.SuccessWithInfo;
        target.Diagnostics.ReturnCode = result;
        return result;
    }

    private static void Record(OdbcHandle target, Exception exception)
    {
        switch (exception)
        {
            case ZohoOdbcException core:
                target.Diagnostics.Add(core.SqlState, core.Message, core.NativeError);
                break;
            case OdbcException driver:
                target.Diagnostics.Add(driver.SqlState, driver.Message);
                break;
            case OperationCanceledException:
                target.Diagnostics.Add(OdbcStates.Cancelled, "The operation was cancelled.");
                break;
            default:
                target.Diagnostics.Add(OdbcStates.GeneralError, $"Internal error: {exception.Message}");
                break;
        }
    }
}
