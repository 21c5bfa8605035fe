namespace ZohoOdbc.Emulator.Control;

/// <summary>Matches a request's full path (data-centre prefix included) against an optional prefix of a fault or latency rule.</summary>
internal static class PathMatch
{
    public static string FullPath(HttpRequest request) => request.PathBase.Add(request.Path).Value ?? "/";

    public static bool Matches(HttpRequest request, string? prefix) =>
        string.IsNullOrEmpty(prefix) || FullPath(request).StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
