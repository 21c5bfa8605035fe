using ZohoOdbc.Driver.Handles;

namespace ZohoOdbc.Driver.Tests;

/// <summary>The lock every export takes on its handle: exclusive across threads, reentrant on one.</summary>
public sealed class HandleLockTests
{
    [Fact]
    public void Threads_that_share_it_never_overlap()
    {
        var gate = new HandleLock();
        var inside = 0;
        var overlaps = 0;
        long counter = 0;
        const int Threads = 4, Rounds = 100_000;
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                using (gate.EnterScope())
                {
                    if (Interlocked.Increment(ref inside) != 1) Interlocked.Increment(ref overlaps);
                    // A plain read-modify-write: lost updates would show if two threads were ever inside.
                    counter = counter + 1;
                    Interlocked.Decrement(ref inside);
                }
            }
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        Assert.Equal(0, overlaps);
        Assert.Equal((long)Threads * Rounds, counter);
    }

    [Fact]
    public void The_holding_thread_takes_it_again_and_others_wait_until_the_outermost_scope_ends()
    {
        var gate = new HandleLock();
        using var outerTaken = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var otherGotIt = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using (gate.EnterScope())
            {
                using (gate.EnterScope()) Assert.True(gate.IsHeldByCurrentThread);
                // The inner scope ended; the outer one still holds it.
                Assert.True(gate.IsHeldByCurrentThread);
                outerTaken.Set();
                release.Wait();
            }
        });
        holder.Start();
        outerTaken.Wait();
        Assert.False(gate.IsHeldByCurrentThread);
        var waiter = new Thread(() =>
        {
            using (gate.EnterScope()) otherGotIt.Set();
        });
        waiter.Start();
        Assert.False(otherGotIt.Wait(200), "another thread took the lock while it was held");
        release.Set();
        Assert.True(otherGotIt.Wait(10_000), "the lock was not free after the holder's outer scope ended");
        holder.Join();
        waiter.Join();
    }
}
