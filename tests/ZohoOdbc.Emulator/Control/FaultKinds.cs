namespace ZohoOdbc.Emulator.Control;

/// <summary>The faults the emulator can inject.</summary>
public static class FaultKinds
{
    /// <summary>HTTP 500 with Zoho's body {"code":1000,"message":"Internal error"}.</summary>
    public const string InternalError = "500";

    /// <summary>HTTP 502 with an HTML body, as a gateway in front of Zoho answers.</summary>
    public const string BadGateway = "502";

    /// <summary>HTTP 503 with an HTML body.</summary>
    public const string ServiceUnavailable = "503";

    /// <summary>No answer: the connection hangs for hang_milliseconds, then is dropped.</summary>
    public const string Timeout = "timeout";

    /// <summary>HTTP 200 with the real body made invalid (its first ':' becomes '=').</summary>
    public const string MalformedJson = "malformed_json";

    /// <summary>HTTP 200 with only the first half of the real body (a complete response whose JSON ends early).</summary>
    public const string TruncatedJson = "truncated_json";

    /// <summary>HTTP 429 code 44 with Retry-After and X-Rate-Limit-* headers.</summary>
    public const string RateLimit = "rate_limit";

    /// <summary>HTTP 401 code 57; the access token presented stops working, so the client must refresh.</summary>
    public const string ExpiredToken = "expired_token";

    public static IReadOnlyList<string> All { get; } =
        [InternalError, BadGateway, ServiceUnavailable, Timeout, MalformedJson, TruncatedJson, RateLimit, ExpiredToken];
}
