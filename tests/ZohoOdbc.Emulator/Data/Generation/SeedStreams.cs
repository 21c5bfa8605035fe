namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Independent random streams per kind of record, all derived from the organization's seed, so that adding a kind
/// of record never shifts the values of another (and contacts and invoices keep the seed's own stream).
/// </summary>
internal static class SeedStreams
{
    public static Random For(int seed, string stream)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        uint hash = 2166136261;
        foreach (char c in stream)
        {
            hash = (hash ^ c) * 16777619;
        }

        return new Random(unchecked((int)hash ^ (seed * 397)));
    }
}
