using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Json;

/// <summary>Writes decimals without trailing zeros (1234.50m as 1234.5), the way Zoho prints amounts.</summary>
public sealed class AmountConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Normalize(value));

    /// <summary>Drops trailing zeros of the scale; the value is unchanged.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
