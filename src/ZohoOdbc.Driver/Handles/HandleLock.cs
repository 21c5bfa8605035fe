namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// Serializes the calls on one handle. SQLFetch and SQLGetData take it once per row and per value, where
/// System.Threading.Lock's two atomic instructions (one to enter, one to leave) were a fifth of the call: this lock
/// takes one to enter and leaves with a plain release store. It is reentrant (freeing a statement takes it again
/// inside the call's lock). Calls that find it held wait by spinning, then sleeping a millisecond at a time: two
/// threads on one handle is rare (SQLCancel does not take it), so nothing is kept for waking waiters.
/// </summary>
internal sealed class HandleLock
{
    private int held;
    private int owner;
    private int recursion;

    /// <summary>Takes the lock until the scope is disposed: <c>using (handle.SyncRoot.EnterScope()) { ... }</c>.</summary>
    public Scope EnterScope()
    {
        Enter();
        return new Scope(this);
    }

    public void Enter()
    {
        var me = Environment.CurrentManagedThreadId;
        if (Interlocked.CompareExchange(ref held, 1, 0) == 0)
        {
            owner = me;
            return;
        }
        // Only this thread ever writes its own id here, and clears it before it lets go: seeing it means holding it.
        if (Volatile.Read(ref owner) == me)
        {
            recursion++;
            return;
        }
        EnterContended(me);
    }

    /// <summary>Leaves the lock this thread holds (only through a <see cref="Scope"/>, so nothing else can call it).</summary>
    public void Exit()
    {
        System.Diagnostics.Debug.Assert(IsHeldByCurrentThread);
        if (recursion > 0)
        {
            recursion--;
            return;
        }
        owner = 0;
        Volatile.Write(ref held, 0);
    }

    /// <summary>Whether the calling thread holds the lock.</summary>
    public bool IsHeldByCurrentThread => Volatile.Read(ref held) != 0 && Volatile.Read(ref owner) == Environment.CurrentManagedThreadId;

    private void EnterContended(int me)
    {
        var spinner = new SpinWait();
        while (Volatile.Read(ref held) != 0 || Interlocked.CompareExchange(ref held, 1, 0) != 0) spinner.SpinOnce();
        owner = me;
    }

    public readonly ref struct Scope(HandleLock taken)
    {
        public void Dispose() => taken.Exit();
    }
}
