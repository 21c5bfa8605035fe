using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core;

/// <summary>A parsed and bound statement. Columns are known before execution.</summary>
public abstract class PreparedQuery
{
    public abstract IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>Fetches what the query needs from Zoho (page by page) and returns the rows.</summary>
    public abstract IRowReader Execute(CancellationToken cancellationToken = default);
}
