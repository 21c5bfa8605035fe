using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Auth;

/// <summary>{"status":"success"} after a revocation; a failure adds an error.</summary>
public sealed record RevokeResponse(string Status, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null);
