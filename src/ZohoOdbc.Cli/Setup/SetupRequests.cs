using ZohoOdbc.Cli.Odbc;

namespace ZohoOdbc.Cli.Setup;

/// <summary>Builds a <see cref="SetupRequest"/> from the page's form or from an existing DSN (whose non-secret keys prefill the page).</summary>
internal static class SetupRequests
{
    /// <summary>The page's form over <paramref name="basis"/> (the driver, CachePath and the kept keys of the DSN being replaced).</summary>
    public static SetupRequest FromForm(FormModel form, SetupRequest basis) => basis with
    {
        DataSourceName = form.DataSourceName?.Trim() ?? "",
        Description = Blank(form.Description),
        Product = Blank(form.Product) ?? "Books",
        Region = Blank(form.Region) ?? "US",
        ClientId = Blank(form.ClientId),
        ClientSecret = Blank(form.ClientSecret),
        AccountsUrl = Blank(form.AccountsUrl),
        ApiUrl = Blank(form.ApiUrl),
        CacheMode = Blank(form.CacheMode) ?? "Replica",
        CacheTtl = Blank(form.CacheTtl) ?? "300",
        Scope = string.Equals(form.Scope, "system", StringComparison.OrdinalIgnoreCase) ? DsnScope.System : DsnScope.User,
    };

    /// <summary>The keys setup manages itself; an existing DSN's other keys are kept as they are (secrets excepted).</summary>
    private static readonly HashSet<string> Managed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Driver", "Description", "Product", "Region", "ClientId", "OrganizationId", "AccountsUrl", "ApiUrl", "CacheMode", "CacheTtl", "CachePath",
    };

    /// <summary><paramref name="request"/> with the values of an existing DSN of the same name (explicit options are applied after).</summary>
    public static SetupRequest WithDataSource(SetupRequest request, StoredDataSource existing)
    {
        string? Value(string key) => existing.Values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        return request with
        {
            Description = Value("Description") ?? request.Description,
            Driver = Value("Driver") ?? request.Driver,
            Product = Value("Product") ?? request.Product,
            Region = Value("Region") ?? request.Region,
            ClientId = Value("ClientId") ?? request.ClientId,
            AccountsUrl = Value("AccountsUrl") ?? request.AccountsUrl,
            ApiUrl = Value("ApiUrl") ?? request.ApiUrl,
            CacheMode = Value("CacheMode") ?? request.CacheMode,
            CacheTtl = Value("CacheTtl") ?? request.CacheTtl,
            CachePath = Value("CachePath") ?? request.CachePath,
            Scope = existing.Scope,
            KeptValues = existing.Values.Where(v => !Managed.Contains(v.Key) && !DataSourceDefinition.SecretKeywords.Contains(v.Key)).ToArray(),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
