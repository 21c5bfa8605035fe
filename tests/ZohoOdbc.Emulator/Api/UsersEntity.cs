using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /users and /users/{id} (settings scope).</summary>
internal static class UsersEntity
{
    public static EntityDefinition<OrganizationUser> Definition { get; } = new()
    {
        EntityName = "User",
        Collection = "users",
        ListKey = "users",
        DetailKey = "user",
        ReportName = "Users",
        ScopeModule = "settings",
        IdField = "user_id",
        Id = u => u.UserId,
        Records = data => data.Users,
        Replace = (data, records) => data with { Users = records },
        Filters = new FilterCatalog<OrganizationUser>(),
        Sorts = new SortCatalog<OrganizationUser>()
            .Text("name", u => u.Name)
            .Text("email", u => u.Email)
            .Text("user_role", u => u.UserRole)
            .Text("status", u => u.Status),
        DefaultSortColumn = "name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<OrganizationUser>()
            .All("Status.All")
            .Add("Status.Active", u => u.Status == "active")
            .Add("Status.Inactive", u => u.Status == "inactive")
            .Add("Status.Invited", u => u.Status == "invited")
            .Add("Status.Deleted", u => u.Status == "deleted"),
        DetailInfo = EmulatorJsonContext.Default.OrganizationUser,
        DetailOnlyFields = ["email_ids", "cost_rate", "is_employee", "created_time", "custom_fields"],
    };
}
