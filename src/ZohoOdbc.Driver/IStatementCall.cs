using ZohoOdbc.Driver.Handles;

namespace ZohoOdbc.Driver;

/// <summary>A statement call whose arguments are carried in a struct (see <see cref="Funnel.Statement{TCall}"/>).</summary>
internal interface IStatementCall
{
    short Run(OdbcStatement statement);
}
