namespace ZohoOdbc.Cli.Setup;

// The JSON the setup page and its server exchange (camelCase, source-generated: see SetupJsonContext).

/// <summary>The form of the page; the client secret travels only from the page to the server, never back.</summary>
internal sealed class FormModel
{
    public string? DataSourceName { get; set; }
    public string? Description { get; set; }
    public string? Product { get; set; }
    public string? Region { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? Scope { get; set; }
    public string? CacheMode { get; set; }
    public string? CacheTtl { get; set; }
    public string? AccountsUrl { get; set; }
    public string? ApiUrl { get; set; }
}

/// <summary>Everything the page shows: which step it is at, the form, the problem to fix, the account and the result.</summary>
internal sealed class StateModel
{
    /// <summary>"form", "organization" or "done".</summary>
    public required string Step { get; init; }
    public required string RedirectUri { get; init; }
    public required string Driver { get; init; }
    public required IReadOnlyList<string> Regions { get; init; }
    public required IReadOnlyList<string> CacheModes { get; init; }
    public required bool CanWriteSystem { get; init; }
    public required FormModel Form { get; init; }
    public ProblemModel? Problem { get; init; }
    public AccountModel? Account { get; init; }
    public ResultModel? Result { get; init; }
}

internal sealed class ProblemModel
{
    public required string Title { get; init; }
    public required string Detail { get; init; }
    public required string Action { get; init; }
}

internal sealed class AccountModel
{
    public required string Region { get; init; }
    public required string AccountsServer { get; init; }
    public required IReadOnlyList<OrganizationModel> Organizations { get; init; }
}

internal sealed class OrganizationModel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Currency { get; init; }
}

internal sealed class ResultModel
{
    public required bool Succeeded { get; init; }
    public required string DataSourceName { get; init; }
    public required string Scope { get; init; }
    public required string Location { get; init; }
    public required IReadOnlyList<KeyValueModel> Keys { get; init; }
    public required string TokenStore { get; init; }
    public OrganizationModel? Organization { get; init; }
    public string? ApiBaseUrl { get; init; }
    public IReadOnlyList<TableModel> Tables { get; init; } = [];
    public SampleModel? Sample { get; init; }
    public long ElapsedMilliseconds { get; init; }
}

internal sealed class KeyValueModel
{
    public required string Key { get; init; }
    public required string Value { get; init; }
}

internal sealed class TableModel
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required int Columns { get; init; }
}

internal sealed class SampleModel
{
    public required string Sql { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }
}

internal sealed class AuthorizeModel
{
    public required string AuthorizationUrl { get; init; }
}

internal sealed class FinishModel
{
    public string? OrganizationId { get; set; }
}
