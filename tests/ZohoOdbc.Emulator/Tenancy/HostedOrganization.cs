using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>An organization the emulator serves: who and where it is (profile), its generated and its current records.</summary>
public sealed class HostedOrganization(OrganizationProfile profile, Dataset generated)
{
    // Records made through the control API get ids from a range the generator never reaches.
    private long nextId = profile.FirstId + 900_000_000;

    public OrganizationProfile Profile { get; } = profile;

    public string OrganizationId => Profile.Organization.OrganizationId;

    public DataCentre DataCentre => Profile.DataCentre;

    /// <summary>The records as generated at start (immutable), which a reset goes back to.</summary>
    public Dataset Generated { get; } = generated;

    public DataStore Data { get; } = new(generated);

    public string NextId() => Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Reset() => Data.Update(_ => Generated);
}
