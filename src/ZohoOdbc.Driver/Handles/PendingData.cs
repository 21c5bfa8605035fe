using ZohoOdbc.Driver.Parameters;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// A statement between SQLExecute returning SQL_NEED_DATA and the last SQLParamData: the
/// parameter sets being completed and the data-at-execution parameter SQLPutData currently feeds.
/// </summary>
internal sealed class PendingData(ParameterSets sets)
{
    public ParameterSets Sets { get; } = sets;

    /// <summary>The parameter SQLParamData last named; null before the first SQLParamData.</summary>
    public DataAtExecution? Current { get; set; }
}
