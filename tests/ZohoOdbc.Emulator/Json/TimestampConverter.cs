using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Json;

/// <summary>Timestamps as "2025-03-14T10:22:31-0500".</summary>
public sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.GetString();
        return text is not null && ZohoTime.TryParseTimestamp(text, out DateTimeOffset value)
            ? value
            : throw new JsonException($"Invalid timestamp '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ZohoTime.FormatTimestamp(value));
}
