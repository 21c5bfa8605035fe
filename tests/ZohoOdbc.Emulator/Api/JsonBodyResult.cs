namespace ZohoOdbc.Emulator.Api;

/// <summary>A pre-serialized JSON body with its status code, sent with Zoho's content type.</summary>
internal sealed class JsonBodyResult(ReadOnlyMemory<byte> body, int statusCode) : IResult
{
    public const string ContentType = "application/json;charset=UTF-8";

    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
