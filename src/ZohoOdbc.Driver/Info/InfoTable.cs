using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;
using static ZohoOdbc.Driver.Info.InfoValue;

namespace ZohoOdbc.Driver.Info;

/// <summary>
/// Every SQLGetInfo answer, typed. Covers what isql, pyodbc, System.Data.Odbc, Power BI's sweep and
/// odbc-crusher ask; anything else is HY096.
/// </summary>
internal static class InfoTable
{
    private const ushort MaxIdentifierLength = 128;

    public static InfoValue? Lookup(ushort infoType, OdbcConnection connection)
    {
        if (ConvertMasks.IsConvertInfo(infoType)) return UInt(ConvertMasks.For(infoType));
        return infoType switch
        {
            // Driver and data source identity.
            InfoType.DriverName => Text(DriverIdentity.FileName),
            InfoType.DriverVer => Text(DriverIdentity.Version),
            InfoType.DriverOdbcVer => Text(DriverIdentity.OdbcVersion),
            InfoType.OdbcVer => Text(DriverIdentity.OdbcVersion),
            InfoType.DbmsName => Text(connection.ProductName),
            InfoType.DbmsVer => Text(connection.ApiVersion),
            InfoType.DataSourceName => Text(connection.DataSourceName ?? ""),
            InfoType.ServerName => Text(connection.ServerName),
            InfoType.DatabaseName => Text(connection.DatabaseName),
            InfoType.UserName => Text(""),
            InfoType.XOpenCliYear => Text("1995"),

            // Conformance.
            InfoType.OdbcInterfaceConformance => UInt(SqlCapabilities.InterfaceConformanceCore),
            InfoType.SqlConformance => UInt(SqlCapabilities.SqlConformanceEntry),
            InfoType.OdbcApiConformance => UShort(SqlCapabilities.OdbcApiLevel1),
            InfoType.OdbcSqlConformance => UShort(SqlCapabilities.OdbcSqlCore),
            InfoType.OdbcSagCliConformance => UShort(SqlCapabilities.SagCliCompliant),
            InfoType.StandardCliConformance => UInt(SqlCapabilities.StandardCliXOpen),

            // One catalog, "zoho", and one schema, the product ("books" / "invoice"): the same names every catalog function reports.
            InfoType.CatalogName => YesNo(true),
            InfoType.CatalogNameSeparator => Text("."),
            InfoType.CatalogTerm => Text("catalog"),
            InfoType.SchemaTerm => Text("schema"),
            InfoType.ProcedureTerm => Text("procedure"),
            InfoType.CatalogLocation => UShort(SqlCapabilities.CatalogAtStart),
            InfoType.CatalogUsage => UInt(SqlCapabilities.CatalogUsage),
            InfoType.SchemaUsage => UInt(SqlCapabilities.SchemaUsage),
            InfoType.TableTerm => Text("table"),
            InfoType.MaxCatalogNameLen or InfoType.MaxSchemaNameLen => UShort(MaxIdentifierLength),
            InfoType.MaxProcedureNameLen => UShort(0),
            InfoType.MaxCursorNameLen => UShort(Handles.OdbcStatement.MaxCursorNameLength),
            InfoType.MaxTableNameLen or InfoType.MaxColumnNameLen or InfoType.MaxIdentifierLen => UShort(MaxIdentifierLength),
            InfoType.MaxUserNameLen => UShort(0),

            // Identifiers and patterns.
            InfoType.IdentifierQuoteChar => Text("\""),
            InfoType.SearchPatternEscape => Text("\\"),
            InfoType.IdentifierCase or InfoType.QuotedIdentifierCase => UShort(SqlCapabilities.IdentifierCaseLower),
            InfoType.SpecialCharacters => Text(""),
            InfoType.Keywords => Text(""),
            InfoType.LikeEscapeClause => YesNo(true),
            InfoType.CollationSeq => Text(""),

            // Read-only, no transactions.
            InfoType.DataSourceReadOnly => YesNo(true),
            InfoType.AccessibleTables => YesNo(true),
            InfoType.AccessibleProcedures or InfoType.Procedures or InfoType.RowUpdates or InfoType.Integrity => YesNo(false),
            InfoType.TxnCapable => UShort(SqlCapabilities.TransactionsNone),
            InfoType.DefaultTxnIsolation or InfoType.TxnIsolationOption => UInt(0),
            InfoType.MultipleActiveTxn => YesNo(true),
            InfoType.CursorCommitBehavior or InfoType.CursorRollbackBehavior => UShort(SqlCapabilities.CursorBehaviorPreserve),
            InfoType.AlterTable or InfoType.AlterDomain or InfoType.CreateAssertion or InfoType.CreateCharacterSet
                or InfoType.CreateCollation or InfoType.CreateDomain or InfoType.CreateSchema or InfoType.CreateTable
                or InfoType.CreateTranslation or InfoType.CreateView or InfoType.DropAssertion or InfoType.DropCharacterSet
                or InfoType.DropCollation or InfoType.DropDomain or InfoType.DropSchema or InfoType.DropTable
                or InfoType.DropTranslation or InfoType.DropView or InfoType.DdlIndex or InfoType.IndexKeywords
                or InfoType.InsertStatement or InfoType.Sql92Grant or InfoType.Sql92Revoke
                or InfoType.Sql92ForeignKeyDeleteRule or InfoType.Sql92ForeignKeyUpdateRule
                or InfoType.Sql92RowValueConstructor or InfoType.InfoSchemaViews => UInt(0),
            InfoType.NonNullableColumns => UShort(0),
            InfoType.FileUsage => UShort(0),

            // Cursors and fetching.
            InfoType.GetDataExtensions => UInt(SqlCapabilities.GetDataExtensions),
            InfoType.ScrollOptions => UInt(SqlCapabilities.ScrollOptionsForwardOnly),
            InfoType.ScrollConcurrency => UInt(SqlCapabilities.ScrollConcurrencyReadOnly),
            InfoType.FetchDirection => UInt(SqlCapabilities.FetchDirectionNext),
            InfoType.ForwardOnlyCursorAttributes1 => UInt(SqlCapabilities.ForwardOnlyAttributes1),
            InfoType.ForwardOnlyCursorAttributes2 => UInt(SqlCapabilities.ForwardOnlyAttributes2),
            InfoType.StaticCursorAttributes1 or InfoType.StaticCursorAttributes2 or InfoType.KeysetCursorAttributes1
                or InfoType.KeysetCursorAttributes2 or InfoType.DynamicCursorAttributes1 or InfoType.DynamicCursorAttributes2
                or InfoType.PositionedStatements or InfoType.BookmarkPersistence or InfoType.StaticSensitivity => UInt(0),
            InfoType.LockTypes => UInt(SqlCapabilities.LockNoChange),
            InfoType.PosOperations => UInt(SqlCapabilities.PositionOnly),
            InfoType.CursorSensitivity => UInt(SqlCapabilities.InsensitiveCursor),
            InfoType.MaxConcurrentActivities or InfoType.MaxDriverConnections or InfoType.ActiveEnvironments => UShort(0),
            InfoType.MultResultSets => YesNo(false),
            InfoType.BatchRowCount or InfoType.BatchSupport => UInt(0),
            InfoType.ParamArrayRowCounts => UInt(SqlCapabilities.ParamArrayNoBatch),
            InfoType.ParamArraySelects => UInt(SqlCapabilities.ParamArrayBatch),
            InfoType.NeedLongDataLen => YesNo(false),
            InfoType.DescribeParameter => YesNo(true),
            InfoType.AsyncMode or InfoType.MaxAsyncConcurrentStatements or InfoType.AsyncDbcFunctions
                or InfoType.AsyncNotification or InfoType.DriverAwarePoolingSupported => UInt(0),
            InfoType.DtcTransitionCost => UInt(0),
            InfoType.ReturnEscapeClause => UInt(0),

            // SQL language.
            InfoType.StringFunctions => UInt(SqlCapabilities.StringFunctions),
            InfoType.NumericFunctions => UInt(SqlCapabilities.NumericFunctions),
            InfoType.TimeDateFunctions => UInt(SqlCapabilities.TimeDateFunctions),
            InfoType.SystemFunctions => UInt(SqlCapabilities.SystemFunctions),
            InfoType.ConvertFunctions => UInt(SqlCapabilities.ConvertFunctions),
            InfoType.TimeDateAddIntervals or InfoType.TimeDateDiffIntervals => UInt(SqlCapabilities.TimeDateIntervals),
            InfoType.Sql92Predicates => UInt(SqlCapabilities.Sql92Predicates),
            InfoType.Sql92ValueExpressions => UInt(SqlCapabilities.Sql92ValueExpressions),
            InfoType.Sql92StringFunctions => UInt(SqlCapabilities.Sql92StringFunctions),
            InfoType.Sql92NumericValueFunctions => UInt(0),
            InfoType.Sql92DateTimeFunctions => UInt(SqlCapabilities.Sql92DateTimeFunctions),
            InfoType.Sql92RelationalJoinOperators => UInt(SqlCapabilities.JoinOperators),
            InfoType.OjCapabilities => UInt(SqlCapabilities.OuterJoins),
            InfoType.OuterJoins => YesNo(true),
            InfoType.AggregateFunctions => UInt(SqlCapabilities.AggregateFunctions),
            InfoType.GroupBy => UShort(SqlCapabilities.GroupByNoRelation),
            InfoType.Subqueries => UInt(SqlCapabilities.Subqueries),
            InfoType.Union => UInt(SqlCapabilities.Union),
            InfoType.DateTimeLiterals => UInt(0),
            InfoType.ConcatNullBehavior => UShort(SqlCapabilities.ConcatNullIsNull),
            InfoType.NullCollation => UShort(SqlCapabilities.NullsSortLow),
            InfoType.CorrelationName => UShort(SqlCapabilities.CorrelationNameAny),
            InfoType.ColumnAlias => YesNo(true),
            InfoType.ExpressionsInOrderBy => YesNo(true),
            InfoType.OrderByColumnsInSelect => YesNo(false),

            // Limits: 0 means no fixed limit.
            InfoType.MaxColumnsInGroupBy or InfoType.MaxColumnsInIndex or InfoType.MaxColumnsInOrderBy
                or InfoType.MaxColumnsInSelect or InfoType.MaxColumnsInTable or InfoType.MaxTablesInSelect => UShort(0),
            InfoType.MaxIndexSize or InfoType.MaxRowSize or InfoType.MaxStatementLen
                or InfoType.MaxCharLiteralLen or InfoType.MaxBinaryLiteralLen => UInt(0),
            InfoType.MaxRowSizeIncludesLong => YesNo(false),
            _ => null,
        };
    }
}
