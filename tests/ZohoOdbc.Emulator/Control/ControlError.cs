namespace ZohoOdbc.Emulator.Control;

/// <summary>A refused control request: {"error":"..."} with HTTP 400 or 404.</summary>
public sealed record ControlError(string Error);
