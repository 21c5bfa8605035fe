using Microsoft.AspNetCore.Http;

namespace ZohoOdbc.Emulator.Api;

/// <summary>OAuth request parameters, which Zoho accepts in the query string or a form body (the query string wins).</summary>
internal sealed class OAuthParameters(IQueryCollection query, IFormCollection? form)
{
    public static async Task<OAuthParameters> ReadAsync(HttpRequest request)
    {
        IFormCollection? form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        return new OAuthParameters(request.Query, form);
    }

    public string? Get(string name)
    {
        string? value = query[name];
        if (string.IsNullOrEmpty(value) && form is not null)
        {
            value = form[name];
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }
}
