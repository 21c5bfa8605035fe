namespace ZohoOdbc.Emulator.Data;

/// <summary>A user of the organization (GET /users).</summary>
public sealed record OrganizationUser
{
    public required string UserId { get; init; }
    public required string RoleId { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string UserRole { get; init; }
    /// <summary>active | inactive | invited | deleted</summary>
    public required string Status { get; init; }
    public required bool IsCurrentUser { get; init; }
    public string PhotoUrl { get; init; } = "";
    public required string UserType { get; init; }
    public required IReadOnlyList<UserEmail> EmailIds { get; init; }
    public required decimal CostRate { get; init; }
    public required bool IsEmployee { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
}
