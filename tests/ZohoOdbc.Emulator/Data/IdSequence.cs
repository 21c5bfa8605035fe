using System.Globalization;

namespace ZohoOdbc.Emulator.Data;

/// <summary>Hands out Zoho-style ids: 15-digit numeric strings, increasing in creation order.</summary>
internal sealed class IdSequence
{
    private long next = 460_000_000_001_000;

    public string Next() => (next++).ToString(CultureInfo.InvariantCulture);
}
