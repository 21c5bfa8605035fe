namespace ZohoOdbc.Driver.Info;

/// <summary>
/// The SQL capability bitmasks SQLGetInfo reports. A set bit is a promise that the SQL runs
/// (Power BI trusts it, Tableau probes it), so each mask lists only what Core's binder and function
/// table accept (Core/Sql/BuiltinFunctions.cs, QueryBinder.cs); the end-to-end CapabilityTests run
/// every advertised bit. Widen a mask in the same change that teaches Core the feature.
/// </summary>
internal static class SqlCapabilities
{
    // SQL_STRING_FUNCTIONS: CONCAT, INSERT, LEFT, LTRIM, LENGTH, LOCATE (both forms), LCASE, REPEAT, REPLACE,
    // RIGHT, RTRIM, SUBSTRING, UCASE, ASCII, CHAR, SPACE, CHAR_LENGTH, CHARACTER_LENGTH.
    public const uint StringFunctions = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
        | 0x1000 | 0x2000 | 0x4000 | 0x10000 | 0x40000 | 0x80000 | 0x100000;

    // SQL_NUMERIC_FUNCTIONS: ABS, ACOS, ASIN, ATAN, CEILING, COS, EXP, FLOOR, LOG, MOD, SIGN, SIN, SQRT, TAN, PI,
    // DEGREES, POWER, RADIANS, ROUND, TRUNCATE (not ATAN2, COT, RAND, LOG10).
    public const uint NumericFunctions = 0x1 | 0x2 | 0x4 | 0x8 | 0x20 | 0x40 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000
        | 0x4000 | 0x8000 | 0x10000 | 0x40000 | 0x100000 | 0x200000 | 0x400000 | 0x800000;

    // SQL_TIMEDATE_FUNCTIONS: NOW, CURDATE, DAYOFMONTH, DAYOFWEEK, DAYOFYEAR, MONTH, QUARTER, WEEK, YEAR, HOUR,
    // MINUTE, SECOND, TIMESTAMPADD, TIMESTAMPDIFF, DAYNAME, MONTHNAME, CURRENT_DATE, CURRENT_TIMESTAMP
    // (no CURTIME / CURRENT_TIME / EXTRACT: there is no time-of-day type).
    public const uint TimeDateFunctions = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x400 | 0x800 | 0x1000
        | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x80000;

    // SQL_TIMEDATE_ADD_INTERVALS / DIFF_INTERVALS: SECOND through YEAR.
    public const uint TimeDateIntervals = 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x80 | 0x100;

    // SQL_SYSTEM_FUNCTIONS: {fn DATABASE()} (the catalog), {fn IFNULL}; not USER (the connection has no user name).
    public const uint SystemFunctions = 0x2 | 0x4;

    // SQL_CONVERT_FUNCTIONS: CAST only, so Power BI emits CAST rather than {fn CONVERT}.
    public const uint ConvertFunctions = 0x2; // SQL_FN_CVT_CAST

    // SQL_SQL92_PREDICATES: EXISTS, IS NOT NULL, IS NULL, LIKE, IN, BETWEEN, comparison.
    private const uint PredExists = 0x1, PredIsNotNull = 0x2, PredIsNull = 0x4, PredLike = 0x200, PredIn = 0x400, PredBetween = 0x800, PredComparison = 0x1000;
    public const uint Sql92Predicates = PredExists | PredIsNotNull | PredIsNull | PredLike | PredIn | PredBetween | PredComparison;

    // SQL_SQL92_VALUE_EXPRESSIONS: CASE, CAST, COALESCE, NULLIF.
    public const uint Sql92ValueExpressions = 0x1 | 0x2 | 0x4 | 0x8;

    // SQL_SQL92_STRING_FUNCTIONS: LOWER, UPPER, SUBSTRING.
    public const uint Sql92StringFunctions = 0x2 | 0x4 | 0x8;

    // SQL_SQL92_DATETIME_FUNCTIONS: CURRENT_TIMESTAMP.
    public const uint Sql92DateTimeFunctions = 0x4;

    // SQL_AGGREGATE_FUNCTIONS: AVG, COUNT, MAX, MIN, SUM, DISTINCT, ALL.
    public const uint AggregateFunctions = 0x7F;

    // SQL_SQL92_RELATIONAL_JOIN_OPERATORS: CROSS, FULL OUTER, INNER, LEFT OUTER, RIGHT OUTER.
    public const uint JoinOperators = 0x2 | 0x8 | 0x10 | 0x40 | 0x100;

    // SQL_OJ_CAPABILITIES: LEFT, RIGHT, FULL, nested, any order, inner, any comparison in ON.
    public const uint OuterJoins = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40;

    // SQL_SUBQUERIES: in comparisons, EXISTS, IN, correlated.
    public const uint Subqueries = 0x1 | 0x2 | 0x4 | 0x10;

    // SQL_UNION: UNION and UNION ALL.
    public const uint Union = 0x1 | 0x2;

    // SQL_GETDATA_EXTENSIONS: any column, any order, bound columns too, and rows of a block cursor after SQLSetPos.
    private const uint GdAnyColumn = 0x1, GdAnyOrder = 0x2, GdBlock = 0x4, GdBound = 0x8;
    public const uint GetDataExtensions = GdAnyColumn | GdAnyOrder | GdBlock | GdBound;

    // Cursor capabilities: forward-only, read-only.
    public const uint ScrollOptionsForwardOnly = 0x1;          // SQL_SO_FORWARD_ONLY
    public const uint ScrollConcurrencyReadOnly = 0x1;         // SQL_SCCO_READ_ONLY
    public const uint FetchDirectionNext = 0x1;                // SQL_FD_FETCH_NEXT
    private const uint Ca1Next = 0x1, Ca1LockNoChange = 0x40, Ca1PosPosition = 0x200;
    public const uint ForwardOnlyAttributes1 = Ca1Next | Ca1LockNoChange | Ca1PosPosition;
    public const uint PositionOnly = 0x1;                      // SQL_POS_POSITION
    public const uint LockNoChange = 0x1;                      // SQL_LCK_NO_CHANGE
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
    public const ushort IdentifierCaseLower = 2;               // SQL_IC_LOWER: case-insensitive, stored in lower case
    public const ushort NullsSortLow = 1;                      // SQL_NC_LOW (SQLite orders NULL first)
    public const ushort ConcatNullIsNull = 0;                  // SQL_CB_NULL
    public const ushort CorrelationNameAny = 2;                // SQL_CN_ANY
    public const ushort CursorBehaviorPreserve = 2;            // SQL_CB_PRESERVE
    public const ushort TransactionsNone = 0;                  // SQL_TC_NONE
    public const ushort GroupByNoRelation = 3;                 // SQL_GB_NO_RELATION: GROUP BY need not match the select list
    public const uint InsensitiveCursor = 1;                   // SQL_INSENSITIVE
    public const uint ParamArrayNoBatch = 2;                   // SQL_PARC_NO_BATCH
    public const uint ParamArrayBatch = 1;                     // SQL_PAS_BATCH: one result per parameter set (SQLMoreResults)

    // Catalog and schema: catalog first ("zoho.books.invoices"), both usable in SELECT (Core resolves the qualifiers).
    public const ushort CatalogAtStart = 1;                    // SQL_CL_START
    public const uint CatalogUsage = 0x1;                      // SQL_CU_DML_STATEMENTS
    public const uint SchemaUsage = 0x1;                       // SQL_SU_DML_STATEMENTS
}
