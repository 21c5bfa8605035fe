namespace ZohoOdbc.Driver.Info;

/// <summary>
/// The SQL capability bitmasks SQLGetInfo reports. A set bit is a promise that the SQL runs
/// (Power BI trusts it, Tableau probes it), so each mask lists only what Core's binder and
/// function table (Core/Sql/ExpressionBinder.cs, ScalarFunctions.cs) accept today; widen a
/// mask in the same change that teaches Core the feature.
/// </summary>
internal static class SqlCapabilities
{
    // SQL_STRING_FUNCTIONS: {fn UCASE}, {fn LCASE}, {fn LENGTH}.
    private const uint FnStrLength = 0x10, FnStrLcase = 0x40, FnStrUcase = 0x1000;
    public const uint StringFunctions = FnStrLength | FnStrLcase | FnStrUcase;

    // SQL_NUMERIC_FUNCTIONS: {fn ABS}, {fn ROUND}.
    private const uint FnNumAbs = 0x1, FnNumRound = 0x400000;
    public const uint NumericFunctions = FnNumAbs | FnNumRound;

    // SQL_TIMEDATE_FUNCTIONS: {fn DAYOFMONTH}, {fn MONTH}, {fn YEAR}.
    private const uint FnTdDayOfMonth = 0x4, FnTdMonth = 0x20, FnTdYear = 0x100;
    public const uint TimeDateFunctions = FnTdDayOfMonth | FnTdMonth | FnTdYear;

    // SQL_SYSTEM_FUNCTIONS: {fn IFNULL}.
    private const uint FnSysIfNull = 0x4;
    public const uint SystemFunctions = FnSysIfNull;

    // SQL_CONVERT_FUNCTIONS: CAST only, so Power BI emits CAST rather than {fn CONVERT}.
    public const uint ConvertFunctions = 0x2; // SQL_FN_CVT_CAST

    // SQL_SQL92_PREDICATES.
    private const uint PredIsNotNull = 0x2, PredIsNull = 0x4, PredLike = 0x200, PredIn = 0x400, PredBetween = 0x800, PredComparison = 0x1000;
    public const uint Sql92Predicates = PredIsNotNull | PredIsNull | PredLike | PredIn | PredBetween | PredComparison;

    // SQL_SQL92_VALUE_EXPRESSIONS: CAST and COALESCE.
    private const uint VeCast = 0x2, VeCoalesce = 0x4;
    public const uint Sql92ValueExpressions = VeCast | VeCoalesce;

    // SQL_SQL92_STRING_FUNCTIONS: LOWER and UPPER.
    private const uint SsfLower = 0x2, SsfUpper = 0x4;
    public const uint Sql92StringFunctions = SsfLower | SsfUpper;

    // SQL_GETDATA_EXTENSIONS: any column, any order, bound columns too.
    private const uint GdAnyColumn = 0x1, GdAnyOrder = 0x2, GdBound = 0x8;
    public const uint GetDataExtensions = GdAnyColumn | GdAnyOrder | GdBound;

    // Cursor capabilities: forward-only, read-only.
    public const uint ScrollOptionsForwardOnly = 0x1;          // SQL_SO_FORWARD_ONLY
    public const uint ScrollConcurrencyReadOnly = 0x1;         // SQL_SCCO_READ_ONLY
    public const uint FetchDirectionNext = 0x1;                // SQL_FD_FETCH_NEXT
    public const uint ForwardOnlyAttributes1 = 0x1;            // SQL_CA1_NEXT
    private const uint Ca2ReadOnlyConcurrency = 0x1, Ca2MaxRowsSelect = 0x80;
    public const uint ForwardOnlyAttributes2 = Ca2ReadOnlyConcurrency | Ca2MaxRowsSelect;

    // Conformance levels.
    public const uint InterfaceConformanceCore = 1;            // SQL_OIC_CORE
    public const uint SqlConformanceEntry = 1;                 // SQL_SC_SQL92_ENTRY
    public const ushort OdbcApiLevel1 = 1;                     // SQL_OAC_LEVEL1
    public const ushort OdbcSqlCore = 1;                       // SQL_OSC_CORE
    public const ushort SagCliCompliant = 1;                   // SQL_OSCC_COMPLIANT
    public const uint StandardCliXOpen = 1;                    // SQL_SCC_XOPEN_CLI_VERSION1

    // Naming and behaviour.
    public const ushort IdentifierCaseMixed = 4;               // SQL_IC_MIXED: stored lower case, matched case-insensitively
    public const ushort NullsSortLow = 1;                      // SQL_NC_LOW (SQLite orders NULL first)
    public const ushort ConcatNullIsNull = 0;                  // SQL_CB_NULL
    public const ushort CorrelationNameAny = 2;                // SQL_CN_ANY
    public const ushort CursorBehaviorPreserve = 2;            // SQL_CB_PRESERVE
    public const ushort TransactionsNone = 0;                  // SQL_TC_NONE
    public const ushort GroupByNotSupported = 0;               // SQL_GB_NOT_SUPPORTED until Core binds GROUP BY
    public const uint InsensitiveCursor = 1;                   // SQL_INSENSITIVE
    public const uint ParamArrayNoBatch = 2;                   // SQL_PARC_NO_BATCH
    public const uint ParamArrayNoSelect = 3;                  // SQL_PAS_NO_SELECT
}
