namespace ZohoOdbc.Emulator.Data;

public sealed record CommunicationPreference(bool IsSmsEnabled, bool IsWhatsappEnabled);
