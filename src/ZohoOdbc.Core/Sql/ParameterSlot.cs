using System.Globalization;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// One ? marker of the statement (0-based <see cref="Index"/>). Its type is inferred from where it stands: compared with a
/// column it takes the column's type, in LIKE text, in arithmetic the other operand's type; VarChar when nothing says.
/// The SQLite text binds it as a typed parameter, so a value is never pasted into SQL.
/// </summary>
internal sealed class ParameterSlot(int index)
{
    /// <summary>What an uninferred parameter is described as: varchar(4000), as SQL Server's sp_describe_undeclared_parameters would.</summary>
    public static readonly SqlTypeInfo DefaultType = SqlTypeInfo.VarChar(4000, true);

    public int Index { get; } = index;

    public bool IsInferred { get; private set; }

    private SqlTypeInfo type = DefaultType;

    public SqlTypeInfo Type => type;

    /// <summary>The SQLite parameter name.</summary>
    public string Name => "$p" + (Index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Text parameters carry the T-SQL collation like every text value.</summary>
    public string SqlText => Name;

    /// <summary>Fixes the type from context the first time context says something; later contexts do not change it.</summary>
    public void Infer(SqlTypeInfo fromContext)
    {
        if (IsInferred) return;
        IsInferred = true;
        type = fromContext.Type switch
        {
            SqlDataType.VarChar => SqlTypeInfo.VarChar(Math.Max(fromContext.Size, 1), true),
            _ => fromContext.WithNullable(true),
        };
    }
}
