using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Json;

/// <summary>A timestamp that may be absent: Zoho writes "" rather than null (client_viewed_time).</summary>
public sealed class OptionalTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        string? text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return ZohoTime.TryParseTimestamp(text, out DateTimeOffset value)
            ? value
            : throw new JsonException($"Invalid timestamp '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value is { } timestamp ? ZohoTime.FormatTimestamp(timestamp) : string.Empty);
}
