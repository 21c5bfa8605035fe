using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Registers, on every in-memory database, the collation and functions the translated SQL calls where SQLite's
/// built-ins differ from SQL Server (see <see cref="NumberFunctions"/>, <see cref="TextFunctions"/>,
/// <see cref="DateFunctions"/>). The names are the translator's vocabulary.
/// </summary>
internal static class SqliteFunctions
{
    public const string Collation = "tsql_ci";

    public const string Round = "tsql_round";
    public const string Truncate = "tsql_truncate";
    public const string Divisor = "tsql_divisor";
    public const string Divide = "tsql_divide";
    public const string Modulo = "tsql_modulo";
    public const string ToInteger = "tsql_to_integer";
    public const string ToDecimal = "tsql_to_decimal";
    public const string Cast = "tsql_cast";
    public const string DecimalText = "tsql_decimal_text";
    public const string FloatText = "tsql_float_text";
    public const string FitText = "tsql_fit_text";
    public const string Ceiling = "tsql_ceiling";
    public const string Floor = "tsql_floor";
    public const string Power = "tsql_power";
    public const string Math = "tsql_math";
    public const string RowCount = "tsql_row_count";

    public const string Upper = "tsql_upper";
    public const string Lower = "tsql_lower";
    public const string Length = "tsql_len";
    public const string CharLength = "tsql_char_length";
    public const string Left = "tsql_left";
    public const string Right = "tsql_right";
    public const string Substring = "tsql_substring";
    public const string Replace = "tsql_replace";
    public const string CharIndex = "tsql_charindex";
    public const string Reverse = "tsql_reverse";
    public const string Replicate = "tsql_replicate";
    public const string Stuff = "tsql_stuff";
    public const string ConcatWs = "tsql_concat_ws";
    public const string Ascii = "tsql_ascii";
    public const string Unicode = "tsql_unicode";
    public const string Char = "tsql_char";
    public const string Like = "tsql_like";
    public const string JsonValue = "tsql_json_value";

    public const string Now = "tsql_now";
    public const string DatePart = "tsql_datepart";
    public const string DateName = "tsql_datename";
    public const string DateAdd = "tsql_dateadd";
    public const string DateDiff = "tsql_datediff";
    public const string EndOfMonth = "tsql_eomonth";
    public const string DateFromParts = "tsql_datefromparts";
    public const string DateTimeFromParts = "tsql_datetimefromparts";
    public const string IsDate = "tsql_isdate";
    public const string Format = "tsql_format";
    public const string StyledText = "tsql_styled_text";
    public const string ParseStyled = "tsql_parse_styled";

    public const string Single = "tsql_single";
    public const string DecimalSum = "tsql_decimal_sum";
    public const string StandardDeviation = "tsql_stdev";
    public const string StandardDeviationPopulation = "tsql_stdevp";
    public const string Variance = "tsql_var";
    public const string VariancePopulation = "tsql_varp";

    public const string IntegerCode = "int";
    public const string BigIntCode = "bigint";
    public const string DecimalCode = "decimal";
    public const string FloatCode = "float";
    public const string BitCode = "bit";
    public const string DateCode = "date";
    public const string TimestampCode = "datetime";
    public const string TimeCode = "time";
    public const string TextCode = "varchar";

    /// <summary>How a type is named to the engine's functions.</summary>
    public static string TypeCode(SqlDataType type) => type switch
    {
        SqlDataType.Integer => IntegerCode,
        SqlDataType.BigInt => BigIntCode,
        SqlDataType.Decimal => DecimalCode,
        SqlDataType.Double => FloatCode,
        SqlDataType.Bit => BitCode,
        SqlDataType.Date => DateCode,
        SqlDataType.Timestamp => TimestampCode,
        SqlDataType.Time => TimeCode,
        _ => TextCode,
    };

    public static void Register(SqliteConnection c)
    {
        c.CreateCollation(Collation, TextFunctions.Compare);

        c.CreateFunction<object?, object?, object?>(Round, NumberFunctions.Round, true);
        c.CreateFunction<object?, object?, object?>(Truncate, NumberFunctions.Truncate, true);
        c.CreateFunction<object?, object?>(Divisor, NumberFunctions.Divisor, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(Divide, NumberFunctions.Divide, true);
        c.CreateFunction<object?, object?, object?>(Modulo, NumberFunctions.Modulo, true);
        c.CreateFunction<object?, object?, object?, object?>(ToInteger, NumberFunctions.ToInteger, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(ToDecimal, NumberFunctions.ToDecimalType, true);
        c.CreateFunction<object?, object?, object?, object?, object?, object?>(Cast, NumberFunctions.Cast, true);
        c.CreateFunction<object?, object?, object?>(DecimalText, NumberFunctions.DecimalText, true);
        c.CreateFunction<object?, object?>(FloatText, NumberFunctions.FloatText, true);
        c.CreateFunction<object?, object?, object?, object?>(FitText, NumberFunctions.FitText, true);
        c.CreateFunction<object?, object?>(Ceiling, NumberFunctions.Ceiling, true);
        c.CreateFunction<object?, object?>(Floor, NumberFunctions.Floor, true);
        c.CreateFunction<object?, object?, object?, object?>(Power, NumberFunctions.Power, true);
        c.CreateFunction<object?, object?, object?, object?>(Math, NumberFunctions.Math2, true);
        c.CreateFunction<object?, object?>(RowCount, NumberFunctions.RowCount, true);

        c.CreateFunction<object?, object?>(Upper, TextFunctions.Upper, true);
        c.CreateFunction<object?, object?>(Lower, TextFunctions.Lower, true);
        c.CreateFunction<object?, object?>(Length, TextFunctions.Length, true);
        c.CreateFunction<object?, object?>(CharLength, TextFunctions.CharLength, true);
        c.CreateFunction<object?, object?, object?>(Left, TextFunctions.Left, true);
        c.CreateFunction<object?, object?, object?>(Right, TextFunctions.Right, true);
        c.CreateFunction<object?, object?, object?, object?>(Substring, TextFunctions.Substring, true);
        c.CreateFunction<object?, object?, object?, object?>(Replace, TextFunctions.Replace, true);
        c.CreateFunction<object?, object?, object?, object?>(CharIndex, TextFunctions.CharIndex, true);
        c.CreateFunction<object?, object?>(Reverse, TextFunctions.Reverse, true);
        c.CreateFunction<object?, object?, object?>(Replicate, TextFunctions.Replicate, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(Stuff, TextFunctions.Stuff, true);
        c.CreateFunction(ConcatWs, TextFunctions.ConcatWs, true);
        c.CreateFunction<object?, object?>(Ascii, TextFunctions.Ascii, true);
        c.CreateFunction<object?, object?>(Unicode, TextFunctions.Unicode, true);
        c.CreateFunction<object?, object?>(Char, TextFunctions.Char, true);
        c.CreateFunction<object?, object?, object?, object?>(Like, TextFunctions.Like, true);
        c.CreateFunction<object?, object?, object?>(JsonValue, JsonFunctions.Value, true);

        c.CreateFunction<object?, object?>(Now, DateFunctions.Now, false);
        c.CreateFunction<object?, object?, object?>(DatePart, DateFunctions.DatePart, true);
        c.CreateFunction<object?, object?, object?>(DateName, DateFunctions.DateName, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(DateAdd, DateFunctions.DateAdd, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(DateDiff, DateFunctions.DateDiff, true);
        c.CreateFunction<object?, object?, object?>(EndOfMonth, DateFunctions.EndOfMonth, true);
        c.CreateFunction<object?, object?, object?, object?>(DateFromParts, DateFunctions.DateFromParts, true);
        c.CreateFunction(DateTimeFromParts, DateFunctions.DateTimeFromParts, true);
        c.CreateFunction<object?, object?>(IsDate, DateFunctions.IsDate, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(Format, DateFunctions.Format, true);
        c.CreateFunction<object?, object?, object?, object?>(StyledText, DateFunctions.StyledText, true);
        c.CreateFunction<object?, object?, object?, object?, object?>(ParseStyled, DateFunctions.ParseStyled, true);

        c.CreateAggregate<object?, SingleValue, object?>(Single, default, SingleValue.Add, s => s.Value, true);
        c.CreateAggregate<object?, Engine.DecimalSum, object?>(DecimalSum, default, Engine.DecimalSum.Add, s => s.Result(), true);
        c.CreateAggregate<object?, Moments, object?>(StandardDeviation, default, Moments.Add, m => m.StandardDeviation(sample: true), true);
        c.CreateAggregate<object?, Moments, object?>(StandardDeviationPopulation, default, Moments.Add, m => m.StandardDeviation(sample: false), true);
        c.CreateAggregate<object?, Moments, object?>(Variance, default, Moments.Add, m => m.Variance(sample: true), true);
        c.CreateAggregate<object?, Moments, object?>(VariancePopulation, default, Moments.Add, m => m.Variance(sample: false), true);
    }

    /// <summary>The value of a scalar subquery: an error when it has more than one row, as in SQL Server.</summary>
    private readonly record struct SingleValue(int Rows, object? Value)
    {
        public static SingleValue Add(SingleValue state, object? value) => state.Rows >= 1
            ? throw SqlFunctionError.Raise("21000",
                "Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, <= , >, >= or when the subquery is used as an expression")
            : new SingleValue(1, value is DBNull ? null : value);
    }

    /// <summary>Running count, mean and sum of squared deviations (Welford), for STDEV and VAR.</summary>
    private readonly record struct Moments(long Count, double Mean, double SquaredDeviations)
    {
        public static Moments Add(Moments state, object? value)
        {
            if (SqlValues.IsNull(value)) return state;
            var x = SqlValues.ToDouble(value!);
            var count = state.Count + 1;
            var delta = x - state.Mean;
            var mean = state.Mean + delta / count;
            return new Moments(count, mean, state.SquaredDeviations + delta * (x - mean));
        }

        public object? Variance(bool sample) => sample
            ? (Count < 2 ? null : SquaredDeviations / (Count - 1))
            : (Count < 1 ? null : SquaredDeviations / Count);

        public object? StandardDeviation(bool sample) => Variance(sample) is double v ? System.Math.Sqrt(v) : null;
    }
}
