using ZohoOdbc.Cli.Connection;
using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Cli.Setup;

/// <summary>The steps the setup page and the scripted setup share once Zoho has issued a grant.</summary>
internal static class SetupSteps
{
    /// <summary>
    /// After the grant went into the token store: the data centre the account lives in (the redirect's, unless an
    /// AccountsUrl pins the server) and the organizations it may use. Throws SetupProblemException when there are none.
    /// </summary>
    public static SignedInAccount AfterGrant(SetupRequest request, OAuthGrant grant, CancellationToken cancellationToken)
    {
        if (!grant.Stored) throw new SetupProblemException(SetupProblems.NotStored());
        var region = string.IsNullOrWhiteSpace(request.AccountsUrl) && grant.Region is { } accountRegion ? accountRegion : request.Region;
        var organizations = OAuthSetup.ListOrganizations(request.Settings(withSecret: false, region), cancellationToken);
        if (organizations.Count == 0) throw new SetupProblemException(SetupProblems.NoOrganization(request.ProductName, grant.AccountsServer));
        return new SignedInAccount(region, grant.AccountsServer, organizations);
    }

    /// <summary>Writes the DSN (no secret in it), then connects through its settings and runs a test query.</summary>
    public static SetupOutcome Save(SetupRequest request, SignedInAccount account, string organizationId, CancellationToken cancellationToken)
    {
        var organization = account.Organizations.FirstOrDefault(o => o.Id == organizationId.Trim())
            ?? throw new SetupProblemException(SetupProblems.UnknownOrganization(organizationId));
        var dataSource = request.ToDataSource(account.Region, organization);
        // The DSN names ClientId and OrganizationId: keep this sign-in's grant under both, so that another DSN of the
        // same client signed in to another Zoho account cannot replace it.
        OAuthSetup.KeepGrantForOrganization(request.ClientId!, organization.Id);
        DataSources.Write(dataSource, request.Scope);
        try
        {
            var report = ConnectionCheck.Run(request.Settings(withSecret: false, account.Region, organization.Id), cancellationToken);
            return new SetupOutcome(dataSource, request.Scope, report, null);
        }
        catch (ZohoOdbcException e)
        {
            return new SetupOutcome(dataSource, request.Scope, null, SetupProblems.Connection(e));
        }
    }
}
