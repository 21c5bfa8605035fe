using System.Globalization;

namespace ZohoOdbc.Emulator.Data;

/// <summary>Hands out Zoho-style ids: 15-digit numeric strings, increasing in creation order.</summary>
internal sealed class IdSequence(long first = 460_000_000_001_000)
{
    private long next = first;

    public string Next() => (next++).ToString(CultureInfo.InvariantCulture);
}
