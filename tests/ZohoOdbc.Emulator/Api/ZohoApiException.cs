namespace ZohoOdbc.Emulator.Api;

/// <summary>A failure answered the way Zoho does: an HTTP status plus a JSON body {"code":N,"message":"..."}.</summary>
public sealed class ZohoApiException(int httpStatus, int code, string message) : Exception(message)
{
    public int HttpStatus { get; } = httpStatus;

    public int Code { get; } = code;
}
