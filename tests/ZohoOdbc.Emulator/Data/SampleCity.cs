namespace ZohoOdbc.Emulator.Data;

/// <summary>A city addresses are drawn from. In <see cref="ZipPattern"/> '#' becomes a digit and '@' a letter.</summary>
public sealed record SampleCity(string City, string State, string StateCode, string Country, string ZipPattern, string PhonePrefix);
