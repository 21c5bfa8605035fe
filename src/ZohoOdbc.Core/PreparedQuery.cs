using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core;

/// <summary>
/// A parsed and bound statement. Its result columns and its ? markers (with the types inferred from where they stand)
/// are known before execution; no API call is made until <see cref="Execute(IReadOnlyList{object?}, CancellationToken)"/>.
/// </summary>
public abstract class PreparedQuery
{
    public abstract IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>The ? markers in order (SQLDescribeParam / SQLNumParams).</summary>
    public abstract IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>Runs a statement without ? markers.</summary>
    public IRowReader Execute(CancellationToken cancellationToken = default) => Execute([], cancellationToken);

    /// <summary>
    /// Fetches what the query needs from Zoho and returns the rows. <paramref name="parameterValues"/> holds one value per
    /// ? marker (string, decimal, long, int, double, bool, DateOnly, DateTime or null), converted to the marker's type:
    /// 22018 or 22007 when it does not convert, 07002 for the wrong number of values. Values are bound, never pasted.
    /// </summary>
    public abstract IRowReader Execute(IReadOnlyList<object?> parameterValues, CancellationToken cancellationToken = default);

    /// <summary>
    /// Executes as <see cref="Execute(IReadOnlyList{object?}, CancellationToken)"/> does, and returns with the rows what the
    /// cache said about this execution's answers (none from another statement of the session; none when it fails).
    /// </summary>
    public virtual QueryResult Run(IReadOnlyList<object?> parameterValues, CancellationToken cancellationToken = default) =>
        new(Execute(parameterValues, cancellationToken), []);
}
