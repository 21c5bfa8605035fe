using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLEndTran on a read-only source: there is never anything to commit or roll back.</summary>
internal static class Transactions
{
    private const short Commit = 0;
    private const short Rollback = 1;

    public static short End(short completion) => completion is Commit or Rollback
        ? SqlReturn.Success
        : throw new OdbcException(OdbcStates.TransactionOperation, $"Completion type {completion} is neither SQL_COMMIT nor SQL_ROLLBACK.");
}
