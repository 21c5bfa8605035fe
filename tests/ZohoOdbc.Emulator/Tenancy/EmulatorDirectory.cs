using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>
/// Everyone and everything the emulator knows: organizations (with their data), users, OAuth clients and the fixed
/// grants. Built once at start; records change through <see cref="HostedOrganization.Data"/>.
/// </summary>
public sealed class EmulatorDirectory
{
    private readonly Dictionary<string, HostedOrganization> organizationsById;

    private EmulatorDirectory(IReadOnlyList<HostedOrganization> organizations, IReadOnlyList<EmulatorUser> users,
        IReadOnlyList<OAuthClient> clients, IReadOnlyList<FixedGrant> fixedGrants)
    {
        Organizations = organizations;
        Users = users;
        Clients = clients;
        FixedGrants = fixedGrants;
        organizationsById = organizations.ToDictionary(o => o.OrganizationId, StringComparer.Ordinal);
    }

    /// <summary>All organizations; the first is <see cref="EmulatorCredentials.OrganizationId"/>.</summary>
    public IReadOnlyList<HostedOrganization> Organizations { get; }

    public IReadOnlyList<EmulatorUser> Users { get; }

    public IReadOnlyList<OAuthClient> Clients { get; }

    public IReadOnlyList<FixedGrant> FixedGrants { get; }

    public HostedOrganization Primary => Organizations[0];

    public HostedOrganization? FindOrganization(string organizationId) => organizationsById.GetValueOrDefault(organizationId);

    public EmulatorUser? FindUser(string userId) => Users.FirstOrDefault(u => u.UserId == userId);

    public OAuthClient? FindClient(string clientId) => Clients.FirstOrDefault(c => c.ClientId == clientId);

    /// <summary>
    /// The default world: the primary organization sized by the options, the other organizations small and seeded from
    /// the same seed; a single-organization US user, a multi-organization US user, and one user per other DC.
    /// </summary>
    public static EmulatorDirectory Create(EmulatorOptions options)
    {
        IReadOnlyList<OrganizationProfile> profiles = OrganizationProfiles.All;
        var datasets = new Dataset[profiles.Count];
        Parallel.For(0, profiles.Count, i =>
        {
            OrganizationProfile profile = profiles[i];
            datasets[i] = i == 0
                ? SampleData.Generate(options.Seed, options.Contacts, options.Invoices)
                : SampleData.Generate(profile, unchecked(options.Seed + 7919 * i), profile.DefaultContacts, profile.DefaultInvoices);
        });

        var organizations = profiles.Select((p, i) => new HostedOrganization(p, datasets[i])).ToList();

        var users = new List<EmulatorUser>
        {
            new("1000000001", "Emulator Admin", "admin@emulated-trading.example", DataCentre.Us, [EmulatorCredentials.OrganizationId]),
            new("1000000002", "Multi Org User", "multi@emulated-trading.example", DataCentre.Us,
                [EmulatorCredentials.OrganizationId, EmulatorCredentials.SecondOrganizationId]),
        };
        var grants = new List<FixedGrant>
        {
            new(EmulatorCredentials.RefreshToken, EmulatorCredentials.ClientId, "1000000001", EmulatorCredentials.FullAccessScope),
            new(EmulatorCredentials.MultiOrganizationRefreshToken, EmulatorCredentials.ClientId, "1000000002", EmulatorCredentials.FullAccessScope),
        };
        int n = 3;
        foreach (DataCentre dataCentre in DataCentre.All.Where(dc => dc != DataCentre.Us))
        {
            OrganizationProfile profile = OrganizationProfiles.In(dataCentre);
            string userId = "100000000" + n++;
            users.Add(new EmulatorUser(userId, profile.Staff[0].Name, profile.Staff[0].Email, dataCentre, [profile.OrganizationId]));
            grants.Add(new FixedGrant(EmulatorCredentials.RefreshTokenIn(dataCentre), EmulatorCredentials.ClientId, userId, EmulatorCredentials.FullAccessScope));
        }

        return new EmulatorDirectory(organizations, users, [new OAuthClient(EmulatorCredentials.ClientId, EmulatorCredentials.ClientSecret, "ZohoOdbc")], grants);
    }
}
