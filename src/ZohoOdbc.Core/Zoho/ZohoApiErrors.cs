namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Zoho's error codes (reference §6) as ZohoOdbcExceptions: SQLSTATE from the kind of failure,
/// Zoho's message and a hint, Zoho's code as the native error. The daily quota (45) is worded by the
/// organization's governor, which knows the limit and when it renews.
/// </summary>
internal static class ZohoApiErrors
{
    public const int InvalidAuthentication = 14;
    public const int RequestsPerMinuteExceeded = 44;
    public const int DailyLimitExceeded = 45;
    public const int NotAuthorized = 57;
    public const int TooManyConcurrentRequests = 1070;

    /// <summary>Zoho's message without its final period, or the HTTP status when there is none.</summary>
    public static string Says(string? message, int httpStatus) =>
        string.IsNullOrWhiteSpace(message) ? $"HTTP {httpStatus}" : message.Trim().TrimEnd('.');

    public static ZohoOdbcException ToException(int code, string? message, int httpStatus, string path, string scope)
    {
        var zohoSays = Says(message, httpStatus);
        return code switch
        {
            NotAuthorized => new(SqlStates.InvalidAuthorization,
                $"Zoho refused the access token for {path} (code 57: {zohoSays}). The grant may lack the scope {scope}: " +
                "create a new grant that includes it and update RefreshToken.", code),
            InvalidAuthentication => new(SqlStates.InvalidAuthorization,
                $"Zoho could not authenticate the request for {path} (code 14: {zohoSays}). Create a new grant and update RefreshToken.", code),
            RequestsPerMinuteExceeded => new(SqlStates.GeneralError,
                $"Zoho refused the call: {zohoSays} (code 44). The organization made more than 100 API calls in a minute (other programs " +
                "or machines use the same organization); wait a minute and run the query again, or lower RequestsPerMinute.", code),
            DailyLimitExceeded => new(SqlStates.GeneralError,
                $"Zoho refused the call: {zohoSays} (code 45). The organization's daily API quota is used up; it renews at " +
                "midnight UTC.", code),
            TooManyConcurrentRequests => new(SqlStates.GeneralError,
                $"Zoho refused the call: {zohoSays} (code 1070). Too many calls are running at once for this organization; " +
                "run the query again shortly, or lower MaxConcurrency.", code),
            _ => new(SqlStates.GeneralError,
                $"Zoho answered {path} with an error: {zohoSays} (code {code}, HTTP {httpStatus}).", code),
        };
    }
}
