using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Zoho's response envelope: {"code":0,"message":"success","&lt;key&gt;":...} plus page_context on lists,
/// and {"code":N,"message":"..."} on errors. Text is written as raw UTF-8, as Zoho does.
/// </summary>
internal static class Envelope
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult List<T>(string key, IReadOnlyList<T> rows, Action<Utf8JsonWriter, T>? writeRow, PageContext page) =>
        Write(StatusCodes.Status200OK, writer =>
        {
            WriteSuccess(writer);
            writer.WriteStartArray(key);
            if (writeRow is not null)
            {
                foreach (T row in rows)
                {
                    writeRow(writer, row);
                }
            }

            writer.WriteEndArray();
            writer.WritePropertyName("page_context");
            JsonSerializer.Serialize(writer, page, EmulatorJsonContext.Default.PageContext);
        });

    /// <summary>A success envelope whose payload is an array without paging (e.g. organizations).</summary>
    public static IResult Array<T>(string key, IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> writeRow) =>
        Write(StatusCodes.Status200OK, writer =>
        {
            WriteSuccess(writer);
            writer.WriteStartArray(key);
            foreach (T row in rows)
            {
                writeRow(writer, row);
            }

            writer.WriteEndArray();
        });

    public static IResult Detail<T>(string key, T record, Action<Utf8JsonWriter, T> writeRecord) =>
        Write(StatusCodes.Status200OK, writer =>
        {
            WriteSuccess(writer);
            writer.WritePropertyName(key);
            writeRecord(writer, record);
        });

    public static IResult Error(ZohoApiException error) =>
        Json(new ZohoErrorBody(error.Code, error.Message), EmulatorJsonContext.Default.ZohoErrorBody, error.HttpStatus);

    /// <summary>A bare JSON document (OAuth responses, control endpoints).</summary>
    public static IResult Json<T>(T value, JsonTypeInfo<T> info, int statusCode = StatusCodes.Status200OK)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, info);
        }

        return new JsonBodyResult(buffer.WrittenMemory, statusCode);
    }

    private static IResult Write(int statusCode, Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }

        return new JsonBodyResult(buffer.WrittenMemory, statusCode);
    }

    private static void WriteSuccess(Utf8JsonWriter writer)
    {
        writer.WriteNumber("code", 0);
        writer.WriteString("message", "success");
    }
}
