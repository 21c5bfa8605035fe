namespace ZohoOdbc.Emulator.Control;

/// <summary>POST /__emulator/clock/advance.</summary>
public sealed record ClockAdvance(int Seconds);

/// <summary>GET /__emulator/clock: the emulator's "now" and how far it was moved ahead of the system clock.</summary>
public sealed record ClockView(string NowUtc, long OffsetSeconds);
