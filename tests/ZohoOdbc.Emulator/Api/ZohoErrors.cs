namespace ZohoOdbc.Emulator.Api;

/// <summary>The Zoho error codes and messages the emulator answers with (zoho-api.md §6).</summary>
public static class ZohoErrors
{
    public const string NotAuthenticatedMessage =
        "The request could not be authenticated as the authentication value you entered is invalid. Enter a valid authentication value and try again.";

    public const string NotAuthorizedMessage = "You are not authorized to perform this operation";

    /// <summary>Code 2, HTTP 400: a query parameter with a value Zoho rejects.</summary>
    public static ZohoApiException InvalidValue(string field) =>
        new(StatusCodes.Status400BadRequest, 2, $"Invalid value passed for {field}");

    /// <summary>Code 5, HTTP 404: no such route.</summary>
    public static ZohoApiException InvalidUrl() =>
        new(StatusCodes.Status404NotFound, 5, "Invalid URL Passed");

    /// <summary>Code 14, HTTP 401: no usable Authorization header.</summary>
    public static ZohoApiException NotAuthenticated() =>
        new(StatusCodes.Status401Unauthorized, 14, NotAuthenticatedMessage);

    /// <summary>Code 57, HTTP 401: unknown, expired or revoked access token.</summary>
    public static ZohoApiException NotAuthorized() =>
        new(StatusCodes.Status401Unauthorized, 57, NotAuthorizedMessage);

    /// <summary>Code 6041, HTTP 400: an organization the user does not belong to.</summary>
    public static ZohoApiException UnknownOrganization(string organizationId) =>
        new(StatusCodes.Status400BadRequest, 6041, $"This user is not associated with the CompanyID/CompanyName:{organizationId}.");

    /// <summary>Code 1002, HTTP 404: e.g. "Invoice does not exist."</summary>
    public static ZohoApiException DoesNotExist(string entityName) =>
        new(StatusCodes.Status404NotFound, 1002, $"{entityName} does not exist.");

    /// <summary>Code 1000, HTTP 500.</summary>
    public static ZohoApiException InternalError() =>
        new(StatusCodes.Status500InternalServerError, 1000, "Internal error");

    public const string RateLimitMessage =
        "For security reasons your organization has been blocked as it have exceeded the maximum number of requests per minute that can originate from an organization.";

    public const string InProcessMessage =
        "You have reached the maximum number of in process requests allowed. Kindly try again after some time.";

    /// <summary>Code 44, HTTP 429: more than the allowed requests per minute for the organization.</summary>
    public static ZohoApiException RateLimitExceeded() =>
        new(StatusCodes.Status429TooManyRequests, 44, RateLimitMessage);

    /// <summary>Code 45, HTTP 429: the plan's daily quota is used up.</summary>
    public static ZohoApiException DailyLimitExceeded(int limit) =>
        new(StatusCodes.Status429TooManyRequests, 45,
            $"The API call for this organization has exceeded the maximum call rate limit of {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");

    /// <summary>Code 1070, HTTP 429: too many calls of the organization in flight.</summary>
    public static ZohoApiException TooManyInProcessRequests() =>
        new(StatusCodes.Status429TooManyRequests, 1070, InProcessMessage);
}
