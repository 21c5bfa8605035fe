using System.Net;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// Which server addresses Core will send credentials to: https anywhere, plain http only to this
/// machine (an emulator or a local proxy). Checked before any call.
/// </summary>
internal static class ServerUrlPolicy
{
    /// <summary>Returns the absolute URL without a trailing slash, or throws 08001 naming <paramref name="source"/>.</summary>
    public static string Validate(string url, string source)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ZohoOdbcException(SqlStates.UnableToConnect,
                $"{source} '{url}' is not a valid server address: give it as https://host, e.g. https://accounts.zoho.eu.");
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            throw new ZohoOdbcException(SqlStates.UnableToConnect,
                $"{source} '{url}' uses http://, which would send credentials unencrypted: use https:// " +
                "(http:// is accepted only for this machine: 127.0.0.1, ::1 or localhost).");
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
