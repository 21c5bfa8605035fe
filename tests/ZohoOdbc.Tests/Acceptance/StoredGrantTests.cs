using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Auth;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// Grants kept by setup in the token store, and the process's token brokers: a DSN finds its own grant by ClientId and
/// OrganizationId, and a wrong client secret does not stick to the grant for the life of the process.
/// </summary>
[Collection(AcceptanceCollection.Name)]
public class StoredGrantTests
{
    [Fact]
    public async Task Two_DSNs_of_one_client_signed_in_to_different_accounts_each_use_their_own_grant()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(Two_DSNs_of_one_client_signed_in_to_different_accounts_each_use_their_own_grant),
            new EmulatorOptions { Invoices = 50 });
        using var services = harness.Services();
        var store = services.Tokens.Brokers.Store;
        var accounts = harness.Server.BaseUrl;
        // The account that sees the second organization signs in first, the single-organization account last: the grant
        // stored under ClientId alone is then the one that cannot see the second organization.
        store.SaveCredentials(new OAuthClientCredentials(accounts, EmulatorCredentials.ClientId, EmulatorCredentials.ClientSecret,
            EmulatorCredentials.MultiOrganizationRefreshToken), EmulatorCredentials.SecondOrganizationId);
        store.SaveCredentials(new OAuthClientCredentials(accounts, EmulatorCredentials.ClientId, EmulatorCredentials.ClientSecret,
            EmulatorCredentials.RefreshToken), EmulatorCredentials.OrganizationId);

        Assert.Equal(EmulatorCredentials.MultiOrganizationRefreshToken, store.LoadCredentials(EmulatorCredentials.ClientId, EmulatorCredentials.SecondOrganizationId)?.RefreshToken);
        Assert.Equal(EmulatorCredentials.RefreshToken, store.LoadCredentials(EmulatorCredentials.ClientId, EmulatorCredentials.OrganizationId)?.RefreshToken);
        // Without an organization (or with one no setup named) the latest grant of the client answers.
        Assert.Equal(EmulatorCredentials.RefreshToken, store.LoadCredentials(EmulatorCredentials.ClientId)?.RefreshToken);
        Assert.Equal(EmulatorCredentials.RefreshToken, store.LoadCredentials(EmulatorCredentials.ClientId, "99999")?.RefreshToken);

        foreach (var organization in new[] { EmulatorCredentials.SecondOrganizationId, EmulatorCredentials.OrganizationId })
        {
            // A DSN as setup writes it: ClientId and OrganizationId, no secret.
            var dsn = ConnectionSettings.Parse(new Dictionary<string, string>
            {
                ["ClientId"] = EmulatorCredentials.ClientId, ["OrganizationId"] = organization, ["Region"] = "US", ["CacheMode"] = "Off",
            }, out _);
            using var session = Session.Open(dsn, services, ownsServices: false, CancellationToken.None);
            Assert.Equal(organization, session.Organization.Id);
            Assert.Single(AcceptanceQueries.Lines(session, "SELECT TOP 1 invoice_id FROM invoices"));
        }
    }

    [Fact]
    public async Task A_wrong_client_secret_does_not_stick_to_the_grant()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(A_wrong_client_secret_does_not_stick_to_the_grant), new EmulatorOptions { Invoices = 50 });
        using var services = harness.Services();

        var refused = Assert.Throws<ZohoOdbcException>(() => harness.Open(services, ("ClientSecret", "not-the-secret")));
        Assert.Equal(SqlStates.InvalidAuthorization, refused.SqlState);

        // Corrected in the DSN, the next connection of the same process signs in.
        using var session = harness.Open(services);
        Assert.Single(AcceptanceQueries.Lines(session, "SELECT TOP 1 invoice_id FROM invoices"));
    }
}
