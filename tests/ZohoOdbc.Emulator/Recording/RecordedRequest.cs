namespace ZohoOdbc.Emulator.Recording;

/// <summary>One API call as tests see it: query string raw (percent-encoded, without '?'), time in UTC.</summary>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string QueryString,
    int StatusCode,
    DateTime TimeUtc,
    string? OrganizationId);
