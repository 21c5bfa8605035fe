using System.Globalization;
using System.Net.Http.Headers;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// Zoho's X-Rate-Limit-Limit / -Remaining / -Reset headers (reference §7): the quota the answer counted
/// against, the calls left in it, and the seconds until it renews. Absent on many answers.
/// </summary>
internal sealed record RateLimitHeaders(int? Limit, int? Remaining, int? ResetSeconds)
{
    public static RateLimitHeaders? From(HttpResponseHeaders headers)
    {
        var limit = Read(headers, "X-Rate-Limit-Limit");
        var remaining = Read(headers, "X-Rate-Limit-Remaining");
        var reset = Read(headers, "X-Rate-Limit-Reset");
        return limit is null && remaining is null && reset is null ? null : new RateLimitHeaders(limit, remaining, reset);
    }

    private static int? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : null;
}
