using System.Text.Json.Serialization;

namespace ZohoOdbc.Core.Zoho.Json;

/// <summary>Source-generated (AOT-safe) serialization of the fixed Zoho shapes; list rows are read by <see cref="EntityRowReader"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OrganizationListResponse))]
[JsonSerializable(typeof(PageContext))]
internal sealed partial class ZohoJsonContext : JsonSerializerContext;
