using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>The IRD: the columns of the prepared or executed result, valid right after SQLPrepare.</summary>
internal sealed class ImplementationRowDescriptor(OdbcStatement owner) : OdbcDescriptor(owner)
{
    public IReadOnlyList<ColumnDescriptor> Columns { get; set; } = [];
}
