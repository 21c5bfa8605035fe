namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// One organization's in-memory records. Readers take the current <see cref="Dataset"/> without locking
/// (it is immutable); writers replace it under a lock, so each request sees one consistent state.
/// </summary>
public sealed class DataStore(Dataset initial)
{
    private readonly Lock gate = new();
    private Dataset current = initial;

    public Dataset Current => Volatile.Read(ref current);

    /// <summary>Applies <paramref name="change"/> atomically with respect to other writers.</summary>
    public Dataset Update(Func<Dataset, Dataset> change)
    {
        lock (gate)
        {
            Dataset next = change(current);
            Volatile.Write(ref current, next);
            return next;
        }
    }
}
