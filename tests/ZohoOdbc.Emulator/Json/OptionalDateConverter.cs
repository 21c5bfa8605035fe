using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Json;

/// <summary>A date that may be absent: Zoho writes "" rather than null (last_payment_date).</summary>
public sealed class OptionalDateConverter : JsonConverter<DateOnly?>
{
    public override bool HandleNull => true;

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
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

        return ZohoTime.TryParseDate(text, out DateOnly date)
            ? date
            : throw new JsonException($"Invalid date '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value is { } date ? ZohoTime.FormatDate(date) : string.Empty);
}
