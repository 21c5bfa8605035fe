namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The custom fields of one table as a discovery found them, at <see cref="DiscoveredAt"/>: the typed
/// <see cref="Fields"/>, and <see cref="OtherNames"/>, api_names seen in records that the discovery could not type
/// (they read as text), so that seeing them again does not ask for another discovery.
/// </summary>
internal sealed record KeptCustomFields(IReadOnlyList<CustomFieldDefinition> Fields, IReadOnlyList<string> OtherNames, DateTimeOffset DiscoveredAt)
{
    public static KeptCustomFields None(DateTimeOffset at) => new([], [], at);
}
