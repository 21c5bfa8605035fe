using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// The driver's narrow view of a statement Core has prepared: its result columns, its parameter
/// markers with the types Core inferred, and running it with typed parameter values. Everything
/// the statement handle needs from Core goes through here.
/// </summary>
internal sealed class PreparedStatement(PreparedQuery query)
{
    public IReadOnlyList<ResultColumn> Columns => query.Columns;

    /// <summary>The statement's <c>?</c> markers in order, typed from where they stand.</summary>
    public IReadOnlyList<ParameterDescription> Parameters { get; } =
        query.Parameters.Select(p => new ParameterDescription(p.Type, p.Size, p.Scale, p.Nullable)).ToArray();

    /// <summary>
    /// Runs the statement with one value per marker (CLR types as <see cref="SqlDataType"/> documents); values are bound, never
    /// pasted into SQL. The result carries the cache notices of this execution alone.
    /// </summary>
    public QueryResult Execute(IReadOnlyList<object?> values, CancellationToken cancellationToken) => query.Run(values, cancellationToken);
}
