using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// One column of a virtual table: its JSON field in Zoho's list rows (same snake_case name), its SQL type,
/// and what the list endpoint can do with it (filter operators, an enumerated filter, sorting).
/// </summary>
internal sealed record EntityColumn(
    string Name,
    SqlTypeInfo Type,
    string Description,
    ApiFilterOperators Filters = ApiFilterOperators.None,
    bool Sortable = false,
    ApiValueFilter? ValueFilter = null)
{
    public ColumnInfo ToColumnInfo() => new(Name, Type.Type, Type.Size, Type.Scale, Type.Nullable, Description);
}
