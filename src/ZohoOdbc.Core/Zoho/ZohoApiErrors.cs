namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Zoho's error codes (reference §6) as ZohoOdbcExceptions: SQLSTATE from the kind of failure,
/// Zoho's message and a hint, Zoho's code as the native error.
/// </summary>
internal static class ZohoApiErrors
{
    public const int InvalidAuthentication = 14;
    public const int RequestsPerMinuteExceeded = 44;
    public const int DailyLimitExceeded = 45;
    public const int NotAuthorized = 57;
    public const int TooManyConcurrentRequests = 1070;

    public static ZohoOdbcException ToException(int code, string? message, int httpStatus, string path, string scope)
    {
        var zohoSays = string.IsNullOrWhiteSpace(message) ? $"HTTP {httpStatus}" : message.Trim().TrimEnd('.');
        return code switch
        {
            NotAuthorized => new(SqlStates.InvalidAuthorization,
                $"Zoho refused the access token for {path} (code 57: {zohoSays}). The grant may lack the scope {scope}: " +
                "create a new grant that includes it and update RefreshToken.", code),
            InvalidAuthentication => new(SqlStates.InvalidAuthorization,
                $"Zoho could not authenticate the request for {path} (code 14: {zohoSays}). Create a new grant and update RefreshToken.", code),
            RequestsPerMinuteExceeded => new(SqlStates.GeneralError,
                $"Zoho refused the call: {zohoSays} (code 44). The organization made more than 100 API calls in a minute; " +
                "wait a minute and run the query again.", code),
            DailyLimitExceeded => new(SqlStates.GeneralError,
                $"Zoho refused the call: {zohoSays} (code 45). The organization's daily API quota is used up; it renews at " +
                "midnight in the organization's time zone.", code),
            TooManyConcurrentRequests => new(SqlStates.GeneralError,
                $"Zoho refused the call: {zohoSays} (code 1070). Too many calls are running at once for this organization; " +
                "run the query again shortly.", code),
            _ => new(SqlStates.GeneralError,
                $"Zoho answered {path} with an error: {zohoSays} (code {code}, HTTP {httpStatus}).", code),
        };
    }
}
