using System.Text.Json.Serialization;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Recording;

namespace ZohoOdbc.Emulator.Json;

/// <summary>Source-generated JSON metadata for every type the emulator writes: snake_case names, Zoho's date and amount forms.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(AmountConverter), typeof(TimestampConverter), typeof(OptionalTimestampConverter), typeof(OptionalDateConverter)])]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(ContactListRow))]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(InvoiceListRow))]
[JsonSerializable(typeof(PageContext))]
[JsonSerializable(typeof(ZohoErrorBody))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthError))]
[JsonSerializable(typeof(RevokeResponse))]
[JsonSerializable(typeof(IReadOnlyList<RecordedRequest>))]
public sealed partial class EmulatorJsonContext : JsonSerializerContext;
