namespace ZohoOdbc.Emulator.Control;

/// <summary>An injected fault as GET /__emulator/faults shows it: its id, the rule, and how many requests it still takes.</summary>
public sealed record ActiveFault(int Id, FaultRule Rule, int? Remaining, int Injected);
