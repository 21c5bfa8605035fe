namespace ZohoOdbc.Emulator.Recording;

/// <summary>
/// One API or OAuth call as tests see it: query string raw (percent-encoded, without '?'), time in UTC, the route
/// it matched (ids as {id}, DC prefix kept), the data centre, and the fault injected if any. status_code is 0 when
/// the connection was dropped (timeout fault).
/// </summary>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string QueryString,
    int StatusCode,
    DateTime TimeUtc,
    string? OrganizationId,
    string Endpoint,
    string DataCentre,
    string? Fault);
