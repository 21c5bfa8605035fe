using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// The T-SQL scalar functions ZohoOdbc runs, with SQL Server's argument rules and result types, and the ODBC
/// <c>{fn ...}</c> names mapped onto them. Where SQLite's built-in differs from SQL Server (Unicode case, LEN's trailing
/// spaces, case-insensitive REPLACE and CHARINDEX, date arithmetic) the engine's own functions run instead.
/// </summary>
internal static class BuiltinFunctions
{
    private delegate BoundExpr Binder(Arguments args);

    /// <summary>The raw arguments of one call, bound on demand (date parts are keywords, not expressions).</summary>
    private sealed class Arguments(string name, IList<ScalarExpression> raw, ExpressionBinder binder, Place place)
    {
        private BoundExpr?[]? bound;

        public string Name { get; } = name;
        public int Count => raw.Count;
        public BoundExpr this[int index] => (bound ??= new BoundExpr?[raw.Count])[index] ??= binder.Scalar(raw[index], place);
        public IEnumerable<BoundExpr> All => Enumerable.Range(0, raw.Count).Select(i => this[i]);

        public void Expect(int min, int max)
        {
            if (raw.Count < min || raw.Count > max)
                throw new ZohoOdbcException(SqlStates.SyntaxError, min == max
                    ? $"The {Name} function requires {min} argument(s)."
                    : $"The {Name} function requires {min} to {(max == int.MaxValue ? "any number of" : max.ToString(CultureInfo.InvariantCulture))} arguments.");
        }

        /// <summary>A date part keyword (year, yy, month, ...), as SQL Server takes them, unquoted.</summary>
        public string DatePart(int index)
        {
            var text = raw[index] switch
            {
                ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var single] } => single.Value,
                StringLiteral literal => literal.Value,
                _ => throw new ZohoOdbcException(SqlStates.SyntaxError, $"The first argument of {Name} must be a date part such as year, month or day."),
            };
            return DateParts.Normalize(text) ?? throw new ZohoOdbcException(SqlStates.SyntaxError, $"'{text}' is not a recognized {Name} option.");
        }

        public string OdbcInterval(int index)
        {
            var text = raw[index] is ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var single] } ? single.Value : "";
            return DateParts.FromOdbcInterval(text) ?? throw new ZohoOdbcException(SqlStates.SyntaxError, $"'{text}' is not an ODBC interval (SQL_TSI_DAY, SQL_TSI_MONTH, ...).");
        }

        public SqlTypeInfo OdbcType(int index)
        {
            var text = raw[index] switch
            {
                ColumnReferenceExpression { MultiPartIdentifier.Identifiers: [var single] } => single.Value,
                OdbcConvertSpecification spec => spec.Identifier.Value,
                _ => "",
            };
            return text.ToUpperInvariant() switch
            {
                "SQL_CHAR" or "SQL_VARCHAR" or "SQL_LONGVARCHAR" or "SQL_WCHAR" or "SQL_WVARCHAR" or "SQL_WLONGVARCHAR" => SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize),
                "SQL_INTEGER" or "SQL_SMALLINT" or "SQL_TINYINT" => SqlTypeInfo.Integer(),
                "SQL_BIGINT" => SqlTypeInfo.BigInt(),
                "SQL_DECIMAL" or "SQL_NUMERIC" => SqlTypeInfo.Decimal(18, 0),
                "SQL_DOUBLE" or "SQL_FLOAT" or "SQL_REAL" => SqlTypeInfo.Double(),
                "SQL_BIT" => SqlTypeInfo.Bit(),
                "SQL_DATE" or "SQL_TYPE_DATE" => SqlTypeInfo.Date(),
                "SQL_TIMESTAMP" or "SQL_TYPE_TIMESTAMP" => SqlTypeInfo.Timestamp(),
                _ => throw UnsupportedSql.NotYet($"{{fn CONVERT}} to {text}"),
            };
        }

        public BoundExpr Text(int index) => AsText(this[index]);

        public BoundExpr Integer(int index) => AsInteger(this[index], Name);

        public BoundExpr Temporal(int index)
        {
            var value = this[index];
            if (value.Kind == ExprKind.Parameter && !value.Parameter!.IsInferred) value.Parameter.Infer(SqlTypeInfo.Timestamp());
            if (value.Type.IsTemporal || value.IsNullLiteral) return value;
            if (value.Type.Type == SqlDataType.VarChar) return Conversions.Convert(value, SqlTypeInfo.Timestamp(value.Type.Nullable));
            if (value.Type.Type == SqlDataType.Time) throw UnsupportedSql.NotYet($"{Name} on a time value");
            throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Argument data type {value.Type} is invalid for argument {index + 1} of the {Name} function.");
        }
    }

    private static readonly Dictionary<string, Binder> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UPPER"] = a => CaseMap(a, SqliteFunctions.Upper),
        ["LOWER"] = a => CaseMap(a, SqliteFunctions.Lower),
        ["LEN"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call(SqliteFunctions.Length, SqlTypeInfo.Integer(s.Type.Nullable), s); },
        ["LEFT"] = a => { a.Expect(2, 2); var s = a.Text(0); return TextCall(SqliteFunctions.Left, SizeOf(s), s, a.Integer(1)); },
        ["RIGHT"] = a => { a.Expect(2, 2); var s = a.Text(0); return TextCall(SqliteFunctions.Right, SizeOf(s), s, a.Integer(1)); },
        ["SUBSTRING"] = a => { a.Expect(3, 3); var s = a.Text(0); return TextCall(SqliteFunctions.Substring, SizeOf(s), s, a.Integer(1), a.Integer(2)); },
        ["LTRIM"] = a => { a.Expect(1, 1); var s = a.Text(0); return Conversions.Text($"ltrim({s.Sql}, ' ')", SizeOf(s), s); },
        ["RTRIM"] = a => { a.Expect(1, 1); var s = a.Text(0); return Conversions.Text($"rtrim({s.Sql}, ' ')", SizeOf(s), s); },
        ["TRIM"] = a => { a.Expect(1, 1); var s = a.Text(0); return Conversions.Text($"trim({s.Sql}, ' ')", SizeOf(s), s); },
        ["REPLACE"] = a =>
        {
            a.Expect(3, 3);
            var (s, find, with) = (a.Text(0), a.Text(1), a.Text(2));
            return TextCall(SqliteFunctions.Replace, SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize, s.Type.Nullable || find.Type.Nullable || with.Type.Nullable), s, find, with);
        },
        ["CHARINDEX"] = a =>
        {
            a.Expect(2, 3);
            var (find, s) = (a.Text(0), a.Text(1));
            var start = a.Count == 3 ? a.Integer(2) : BoundExpr.ForLiteral(1L, SqlTypeInfo.Integer(false));
            return Call(SqliteFunctions.CharIndex, SqlTypeInfo.Integer(find.Type.Nullable || s.Type.Nullable), find, s, start);
        },
        ["REVERSE"] = a => { a.Expect(1, 1); var s = a.Text(0); return TextCall(SqliteFunctions.Reverse, SizeOf(s), s); },
        ["REPLICATE"] = a => { a.Expect(2, 2); var s = a.Text(0); return TextCall(SqliteFunctions.Replicate, SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize, true), s, a.Integer(1)); },
        ["SPACE"] = a => { a.Expect(1, 1); return TextCall(SqliteFunctions.Replicate, SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize, true), TypeInference.StringLiteral(" "), a.Integer(0)); },
        ["STUFF"] = a =>
        {
            a.Expect(4, 4);
            var s = a.Text(0);
            return TextCall(SqliteFunctions.Stuff, SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize, true), s, a.Integer(1), a.Integer(2), a.Text(3));
        },
        ["CONCAT"] = a =>
        {
            a.Expect(2, 254);
            var parts = a.All.Select(AsText).ToArray();
            var size = Math.Min(parts.Sum(p => p.Type.Size), TypeInference.MaxVarCharSize);
            return Conversions.Text(string.Join(" || ", parts.Select(p => $"coalesce({p.Sql}, '')")), SqlTypeInfo.VarChar(size, false), parts);
        },
        ["CONCAT_WS"] = a =>
        {
            a.Expect(3, 254);
            var parts = a.All.Select(AsText).ToArray();
            var size = Math.Min(parts.Skip(1).Sum(p => p.Type.Size) + parts[0].Type.Size * (parts.Length - 2), TypeInference.MaxVarCharSize);
            return TextCall(SqliteFunctions.ConcatWs, SqlTypeInfo.VarChar(size, false), parts);
        },
        ["JSON_VALUE"] = a =>
        {
            a.Expect(2, 2);
            var json = a.Text(0);
            if (a[1] is not { Kind: ExprKind.Literal, Value: string }) throw UnsupportedSql.NotYet("JSON_VALUE with a path that is not a text constant");
            return TextCall(SqliteFunctions.JsonValue, SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize / 2, true), json, a[1]);
        },
        ["ISJSON"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call("json_valid", SqlTypeInfo.Integer(s.Type.Nullable), s); },
        ["ASCII"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call(SqliteFunctions.Ascii, SqlTypeInfo.Integer(true), s); },
        ["UNICODE"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call(SqliteFunctions.Unicode, SqlTypeInfo.Integer(true), s); },
        ["CHAR"] = a => { a.Expect(1, 1); return TextCall(SqliteFunctions.Char, SqlTypeInfo.VarChar(1, true), a.Integer(0)); },
        ["NCHAR"] = a => { a.Expect(1, 1); return TextCall(SqliteFunctions.Char, SqlTypeInfo.VarChar(1, true), a.Integer(0)); },

        ["ABS"] = a => { a.Expect(1, 1); var x = Number(a, 0); return Same(x, $"abs({x.Sql})"); },
        ["SIGN"] = a => { a.Expect(1, 1); var x = Number(a, 0); return Same(x, $"sign({x.Sql})"); },
        ["CEILING"] = a => { a.Expect(1, 1); return Rounding(Number(a, 0), SqliteFunctions.Ceiling); },
        ["FLOOR"] = a => { a.Expect(1, 1); return Rounding(Number(a, 0), SqliteFunctions.Floor); },
        ["ROUND"] = Round,
        ["POWER"] = a =>
        {
            a.Expect(2, 2);
            var x = Number(a, 0);
            var y = Number(a, 1);
            var type = x.Type.Type switch
            {
                SqlDataType.Decimal => SqlTypeInfo.Decimal(SqlTypeInfo.MaxPrecision, x.Type.Scale, true),
                SqlDataType.Bit => SqlTypeInfo.Double(true),
                _ => x.Type.WithNullable(true),
            };
            var sql = $"{SqliteFunctions.Power}({x.Sql}, {y.Sql}, {SqliteSyntax.Literal(SqliteFunctions.TypeCode(type.Type))})";
            return type.Type == SqlDataType.Decimal ? Conversions.Decimal($"{SqliteFunctions.Round}({sql}, {type.Scale})", type, x, y) : new BoundExpr(sql, type, children: [x, y]);
        },
        ["SQRT"] = a => FloatMath(a, "sqrt"),
        ["SQUARE"] = a => FloatMath(a, "square"),
        ["EXP"] = a => FloatMath(a, "exp"),
        ["LOG"] = a => a.Count == 2 ? FloatMath2(a, "log") : FloatMath(a, "log"),
        ["LOG10"] = a => FloatMath(a, "log10"),
        ["SIN"] = a => FloatMath(a, "sin"),
        ["COS"] = a => FloatMath(a, "cos"),
        ["TAN"] = a => FloatMath(a, "tan"),
        ["ASIN"] = a => FloatMath(a, "asin"),
        ["ACOS"] = a => FloatMath(a, "acos"),
        ["ATAN"] = a => FloatMath(a, "atan"),
        ["ATN2"] = a => FloatMath2(a, "atn2"),
        ["DEGREES"] = a => FloatMath(a, "degrees"),
        ["RADIANS"] = a => FloatMath(a, "radians"),
        ["PI"] = a => { a.Expect(0, 0); return BoundExpr.ForLiteral(Math.PI, SqlTypeInfo.Double(false)); },

        ["ISNULL"] = a =>
        {
            a.Expect(2, 2);
            var (first, second) = (a[0], a[1]);
            var type = (first.IsNullLiteral ? second.Type : first.Type).WithNullable(first.Type.Nullable && second.Type.Nullable);
            var converted = Conversions.Convert(second, type);
            var sql = $"coalesce({first.Sql}, {converted.Sql})";
            return type.Type == SqlDataType.VarChar ? Conversions.Text(sql, type, first, converted) : new BoundExpr(sql, type, children: [first, converted]);
        },
        ["COALESCE"] = a => { a.Expect(2, int.MaxValue); return Coalesce(a.All.ToArray(), "COALESCE"); },
        ["CHOOSE"] = a =>
        {
            a.Expect(2, int.MaxValue);
            var index = a.Integer(0);
            var branches = Enumerable.Range(1, a.Count - 1)
                .Select(i => (ExpressionBinder.Comparison(ComparisonOperator.Equal, index, BoundExpr.ForLiteral((long)i, SqlTypeInfo.Integer(false))), a[i]))
                .ToArray();
            var result = ExpressionBinder.Case(branches, null);
            return new BoundExpr(result.Sql, result.Type.WithNullable(true), children: [result]);
        },

        ["GETDATE"] = a => { a.Expect(0, 0); return Parameterless(ParameterlessCallType.CurrentTimestamp); },
        ["SYSDATETIME"] = a => { a.Expect(0, 0); return Parameterless(ParameterlessCallType.CurrentTimestamp); },
        ["GETUTCDATE"] = a => { a.Expect(0, 0); return new BoundExpr($"{SqliteFunctions.Now}(1)", SqlTypeInfo.Timestamp(false)); },
        ["SYSUTCDATETIME"] = a => { a.Expect(0, 0); return new BoundExpr($"{SqliteFunctions.Now}(1)", SqlTypeInfo.Timestamp(false)); },
        ["YEAR"] = a => { a.Expect(1, 1); return DatePartCall("year", a.Temporal(0)); },
        ["MONTH"] = a => { a.Expect(1, 1); return DatePartCall("month", a.Temporal(0)); },
        ["DAY"] = a => { a.Expect(1, 1); return DatePartCall("day", a.Temporal(0)); },
        ["DATEPART"] = a => { a.Expect(2, 2); return DatePartCall(a.DatePart(0), a.Temporal(1)); },
        ["DATENAME"] = a =>
        {
            a.Expect(2, 2);
            var value = a.Temporal(1);
            return TextCall(SqliteFunctions.DateName, SqlTypeInfo.VarChar(30, value.Type.Nullable), Quoted(a.DatePart(0)), value);
        },
        ["DATEADD"] = a => { a.Expect(3, 3); return DateAdd(a.DatePart(0), a.Integer(1), a.Temporal(2)); },
        ["DATEDIFF"] = a => { a.Expect(3, 3); return DateDiff(a.DatePart(0), a.Temporal(1), a.Temporal(2), SqlTypeInfo.Integer(true)); },
        ["DATEDIFF_BIG"] = a => { a.Expect(3, 3); return DateDiff(a.DatePart(0), a.Temporal(1), a.Temporal(2), SqlTypeInfo.BigInt(true)); },
        ["EOMONTH"] = a =>
        {
            a.Expect(1, 2);
            var value = a.Temporal(0);
            var months = a.Count == 2 ? a.Integer(1) : BoundExpr.ForLiteral(0L, SqlTypeInfo.Integer(false));
            return Call(SqliteFunctions.EndOfMonth, SqlTypeInfo.Date(value.Type.Nullable || months.Type.Nullable), value, months);
        },
        ["DATEFROMPARTS"] = a =>
        {
            a.Expect(3, 3);
            var parts = Enumerable.Range(0, 3).Select(a.Integer).ToArray();
            return Call(SqliteFunctions.DateFromParts, SqlTypeInfo.Date(true), parts);
        },
        ["DATETIMEFROMPARTS"] = a =>
        {
            a.Expect(7, 7);
            var parts = Enumerable.Range(0, 7).Select(a.Integer).ToArray();
            return Call(SqliteFunctions.DateTimeFromParts, SqlTypeInfo.Timestamp(true), parts);
        },
        ["ISDATE"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call(SqliteFunctions.IsDate, SqlTypeInfo.Integer(false), s); },
        ["FORMAT"] = a =>
        {
            a.Expect(2, 3);
            var value = a[0];
            var format = a.Text(1);
            if (a.Count == 3 && a[2] is not { Kind: ExprKind.Literal, Value: string culture } || (a.Count == 3 && !IsInvariantCulture((string)a[2].Value!)))
                throw UnsupportedSql.NotYet("FORMAT with a culture other than 'en-US' or the invariant culture");
            if (value.Type.Type is SqlDataType.VarChar or SqlDataType.Bit)
                throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Argument data type {value.Type} is invalid for argument 1 of the FORMAT function.");
            return TextCall(SqliteFunctions.Format, SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize, true), value, format,
                BoundExpr.ForLiteral(SqliteFunctions.TypeCode(value.Type.Type), SqlTypeInfo.VarChar(10, false)),
                BoundExpr.ForLiteral((long)value.Type.Scale, SqlTypeInfo.Integer(false)));
        },
    };

    /// <summary>ODBC scalar functions ({fn NAME(...)}) by their T-SQL equivalent, or bound here when they differ.</summary>
    private static readonly Dictionary<string, Binder> OdbcFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UCASE"] = a => Functions["UPPER"](a),
        ["LCASE"] = a => Functions["LOWER"](a),
        ["LENGTH"] = a => Functions["LEN"](a),
        ["CHAR_LENGTH"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call(SqliteFunctions.CharLength, SqlTypeInfo.Integer(s.Type.Nullable), s); },
        ["CHARACTER_LENGTH"] = a => { a.Expect(1, 1); var s = a.Text(0); return Call(SqliteFunctions.CharLength, SqlTypeInfo.Integer(s.Type.Nullable), s); },
        ["IFNULL"] = a => Functions["ISNULL"](a),
        ["LOCATE"] = a => Functions["CHARINDEX"](a),
        ["REPEAT"] = a => Functions["REPLICATE"](a),
        ["INSERT"] = a => Functions["STUFF"](a),
        ["CONCAT"] = a =>
        {
            a.Expect(2, 2);
            return ExpressionBinder.Arithmetic("+", a.Text(0), a.Text(1));
        },
        ["MOD"] = a => { a.Expect(2, 2); return ExpressionBinder.Arithmetic("%", a[0], a[1]); },
        ["TRUNCATE"] = a =>
        {
            a.Expect(2, 2);
            var x = Number(a, 0);
            return RoundTo(x, a[1], truncate: true);
        },
        ["CURDATE"] = a => { a.Expect(0, 0); return new BoundExpr($"substr({SqliteFunctions.Now}(0), 1, 10)", SqlTypeInfo.Date(false)); },
        ["CURRENT_DATE"] = a => { a.Expect(0, 0); return new BoundExpr($"substr({SqliteFunctions.Now}(0), 1, 10)", SqlTypeInfo.Date(false)); },
        // The time of day now, as {fn CURTIME()} and standard SQL's CURRENT_TIME give it.
        ["CURTIME"] = a => { a.Expect(0, 0); return new BoundExpr($"substr({SqliteFunctions.Now}(0), 12, 8)", SqlTypeInfo.Time(false)); },
        ["CURRENT_TIME"] = a => { a.Expect(0, 1); return new BoundExpr($"substr({SqliteFunctions.Now}(0), 12, 8)", SqlTypeInfo.Time(false)); },
        ["NOW"] = a => { a.Expect(0, 0); return Parameterless(ParameterlessCallType.CurrentTimestamp); },
        ["CURRENT_TIMESTAMP"] = a => { a.Expect(0, 1); return Parameterless(ParameterlessCallType.CurrentTimestamp); },
        ["DAYOFMONTH"] = a => { a.Expect(1, 1); return DatePartCall("day", a.Temporal(0)); },
        ["DAYOFWEEK"] = a => { a.Expect(1, 1); return DatePartCall("weekday", a.Temporal(0)); },
        ["DAYOFYEAR"] = a => { a.Expect(1, 1); return DatePartCall("dayofyear", a.Temporal(0)); },
        ["QUARTER"] = a => { a.Expect(1, 1); return DatePartCall("quarter", a.Temporal(0)); },
        ["WEEK"] = a => { a.Expect(1, 1); return DatePartCall("week", a.Temporal(0)); },
        ["HOUR"] = a => { a.Expect(1, 1); return DatePartCall("hour", a.Temporal(0)); },
        ["MINUTE"] = a => { a.Expect(1, 1); return DatePartCall("minute", a.Temporal(0)); },
        ["SECOND"] = a => { a.Expect(1, 1); return DatePartCall("second", a.Temporal(0)); },
        ["MONTHNAME"] = a => { a.Expect(1, 1); var v = a.Temporal(0); return TextCall(SqliteFunctions.DateName, SqlTypeInfo.VarChar(30, v.Type.Nullable), Quoted("month"), v); },
        ["DAYNAME"] = a => { a.Expect(1, 1); var v = a.Temporal(0); return TextCall(SqliteFunctions.DateName, SqlTypeInfo.VarChar(30, v.Type.Nullable), Quoted("weekday"), v); },
        ["TIMESTAMPADD"] = a => { a.Expect(3, 3); return DateAdd(a.OdbcInterval(0), a.Integer(1), a.Temporal(2)); },
        ["TIMESTAMPDIFF"] = a => { a.Expect(3, 3); return DateDiff(a.OdbcInterval(0), a.Temporal(1), a.Temporal(2), SqlTypeInfo.Integer(true)); },
        ["CONVERT"] = a => { a.Expect(2, 2); return Conversions.Convert(a[0], a.OdbcType(1).WithNullable(a[0].Type.Nullable), ConversionMode.Explicit); },
        ["DATABASE"] = a => { a.Expect(0, 0); return TypeInference.StringLiteral(Zoho.EntityCatalog.CatalogName); },
        ["USER"] = a => { a.Expect(0, 0); return TypeInference.StringLiteral(""); },
    };

    public static BoundExpr Bind(string name, IList<ScalarExpression> parameters, ExpressionBinder binder, Place place)
    {
        var upper = name.ToUpperInvariant();
        if (Functions.TryGetValue(name, out var bind)) return bind(new Arguments(upper, parameters, binder, place));
        throw Unknown(upper, odbc: false);
    }

    public static BoundExpr BindOdbc(string name, IList<ScalarExpression> parameters, ExpressionBinder binder, Place place)
    {
        var upper = name.ToUpperInvariant();
        if (OdbcFunctions.TryGetValue(name, out var bind) || Functions.TryGetValue(name, out bind))
            return bind(new Arguments(upper, parameters, binder, place));
        throw Unknown(upper, odbc: true);
    }

    private static ZohoOdbcException Unknown(string name, bool odbc)
    {
        if (AggregateFunctions.IsAggregate(name))
            return new ZohoOdbcException(SqlStates.SyntaxError, $"The aggregate {name} cannot be written as an ODBC {{fn}} escape.");
        var known = odbc ? OdbcFunctions.Keys.Concat(Functions.Keys) : Functions.Keys;
        return new ZohoOdbcException(SqlStates.FeatureNotSupported,
            $"The function {name} is not supported. Supported{(odbc ? " {fn}" : "")} functions: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
    }

    public static BoundExpr Parameterless(ParameterlessCallType type) => type switch
    {
        ParameterlessCallType.CurrentTimestamp => new BoundExpr($"{SqliteFunctions.Now}(0)", SqlTypeInfo.Timestamp(false)),
        ParameterlessCallType.CurrentUser or ParameterlessCallType.SessionUser or ParameterlessCallType.SystemUser or ParameterlessCallType.User =>
            TypeInference.StringLiteral(""),
        _ => throw UnsupportedSql.NotYet(type.ToString().ToUpperInvariant()),
    };

    /// <summary>COALESCE: the highest-precedence argument type; every argument converted to it.</summary>
    public static BoundExpr Coalesce(IReadOnlyList<BoundExpr> arguments, string name)
    {
        if (arguments.Count < 2) throw new ZohoOdbcException(SqlStates.SyntaxError, $"The {name} function requires at least 2 arguments.");
        var type = ExpressionBinder.CommonType(arguments, name).WithNullable(arguments.All(a => a.Type.Nullable));
        var converted = arguments.Select(a => Conversions.Convert(a, type)).ToArray();
        var sql = $"coalesce({string.Join(", ", converted.Select(c => c.Sql))})";
        return type.Type == SqlDataType.VarChar ? Conversions.Text(sql, type, converted) : new BoundExpr(sql, type, children: converted);
    }

    private static BoundExpr CaseMap(Arguments a, string function)
    {
        a.Expect(1, 1);
        var s = a.Text(0);
        return TextCall(function, SizeOf(s), s);
    }

    private static BoundExpr Round(Arguments a)
    {
        a.Expect(2, 3);
        var x = Number(a, 0);
        var truncate = false;
        if (a.Count == 3)
        {
            var function = a.Integer(2);
            if (function is not { Kind: ExprKind.Literal, Value: long f }) throw UnsupportedSql.NotYet("ROUND with a function argument that is not a constant");
            truncate = f != 0;
        }
        return RoundTo(x, a[1], truncate);
    }

    private static BoundExpr RoundTo(BoundExpr x, BoundExpr length, bool truncate)
    {
        if (length is not { Kind: ExprKind.Literal, Value: long digits })
            throw UnsupportedSql.NotYet("ROUND with a length that is not a whole-number constant");
        var function = truncate ? SqliteFunctions.Truncate : SqliteFunctions.Round;
        var sql = $"{function}({x.Sql}, {digits.ToString(CultureInfo.InvariantCulture)})";
        return x.Type.Type switch
        {
            SqlDataType.Decimal => Conversions.Decimal(sql, x.Type, x),
            SqlDataType.Integer or SqlDataType.BigInt => new BoundExpr($"CAST({sql} AS INTEGER)", x.Type, children: [x]),
            _ => new BoundExpr(sql, x.Type, children: [x]),
        };
    }

    private static BoundExpr Rounding(BoundExpr x, string function) => x.Type.Type switch
    {
        SqlDataType.Decimal => Conversions.Decimal($"{function}({x.Sql})", SqlTypeInfo.Decimal(x.Type.Size, 0, x.Type.Nullable), x),
        SqlDataType.Integer or SqlDataType.BigInt => x,
        _ => new BoundExpr($"{function}({x.Sql})", x.Type, children: [x]),
    };

    private static BoundExpr FloatMath(Arguments a, string operation)
    {
        a.Expect(1, 1);
        var x = Number(a, 0);
        return new BoundExpr($"{SqliteFunctions.Math}('{operation}', {x.Sql}, NULL)", SqlTypeInfo.Double(true), children: [x]);
    }

    private static BoundExpr FloatMath2(Arguments a, string operation)
    {
        a.Expect(2, 2);
        var (x, y) = (Number(a, 0), Number(a, 1));
        return new BoundExpr($"{SqliteFunctions.Math}('{operation}', {x.Sql}, {y.Sql})", SqlTypeInfo.Double(true), children: [x, y]);
    }

    private static BoundExpr Number(Arguments a, int index)
    {
        var value = a[index];
        if (value.Kind == ExprKind.Parameter && !value.Parameter!.IsInferred) value.Parameter.Infer(SqlTypeInfo.Double());
        if (value.IsNullLiteral) return BoundExpr.ForLiteral(null, SqlTypeInfo.Integer(true));
        if (value.Type.IsNumeric) return value;
        if (value.Type.Type == SqlDataType.VarChar) return Conversions.Convert(value, SqlTypeInfo.Double(value.Type.Nullable));
        throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Argument data type {value.Type} is invalid for argument {index + 1} of the {a.Name} function.");
    }

    private static BoundExpr Same(BoundExpr x, string sql) => new(sql, x.Type.Type == SqlDataType.Bit ? SqlTypeInfo.Double(x.Type.Nullable) : x.Type, children: [x]);

    public static BoundExpr AsText(BoundExpr value)
    {
        if (value.Kind == ExprKind.Parameter && !value.Parameter!.IsInferred) value.Parameter.Infer(SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize));
        if (value.Type.Type == SqlDataType.VarChar) return value;
        if (value.IsNullLiteral) return BoundExpr.ForLiteral(null, SqlTypeInfo.VarChar(1, true));
        var size = value.Type.Type switch
        {
            SqlDataType.Integer => 12,
            SqlDataType.BigInt => 20,
            SqlDataType.Bit => 1,
            SqlDataType.Decimal => value.Type.Size + 2,
            SqlDataType.Date => 10,
            SqlDataType.Timestamp => 19,
            _ => TypeInference.DefaultCastLength,
        };
        return Conversions.Convert(value, SqlTypeInfo.VarChar(size, value.Type.Nullable));
    }

    private static BoundExpr AsInteger(BoundExpr value, string function)
    {
        if (value.Kind == ExprKind.Parameter && !value.Parameter!.IsInferred) value.Parameter.Infer(SqlTypeInfo.Integer());
        if (value.IsNullLiteral) return BoundExpr.ForLiteral(null, SqlTypeInfo.Integer(true));
        if (value.Type.Type is SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Bit) return value;
        if (value.Type.IsNumeric || value.Type.Type == SqlDataType.VarChar) return Conversions.Convert(value, SqlTypeInfo.BigInt(value.Type.Nullable));
        throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Argument data type {value.Type} is invalid for the {function} function.");
    }

    private static SqlTypeInfo SizeOf(BoundExpr text) => SqlTypeInfo.VarChar(text.Type.Size, text.Type.Nullable);

    private static BoundExpr Call(string function, SqlTypeInfo type, params BoundExpr[] arguments) =>
        new($"{function}({string.Join(", ", arguments.Select(a => a.Sql))})", type, children: arguments);

    private static BoundExpr TextCall(string function, SqlTypeInfo type, params BoundExpr[] arguments) =>
        Conversions.Text($"{function}({string.Join(", ", arguments.Select(a => a.Sql))})", type, arguments);

    private static BoundExpr Quoted(string text) => BoundExpr.ForLiteral(text, SqlTypeInfo.VarChar(text.Length, false));

    private static BoundExpr DatePartCall(string part, BoundExpr value) =>
        Call(SqliteFunctions.DatePart, SqlTypeInfo.Integer(value.Type.Nullable), Quoted(part), value);

    private static BoundExpr DateAdd(string part, BoundExpr number, BoundExpr value)
    {
        // A date stays a date (adding hours to a date is an error in SQL Server); text becomes datetime.
        var type = value.IsNullLiteral ? SqlTypeInfo.Timestamp(true) : value.Type.WithNullable(value.Type.Nullable || number.Type.Nullable);
        if (type.Type == SqlDataType.Date && DateParts.IsTimeOfDay(part))
            throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"The datepart {part} is not supported by date function DATEADD for data type date.");
        return Call(SqliteFunctions.DateAdd, type, Quoted(part), number, value,
            BoundExpr.ForLiteral(SqliteFunctions.TypeCode(type.Type), SqlTypeInfo.VarChar(10, false)));
    }

    private static BoundExpr DateDiff(string part, BoundExpr start, BoundExpr end, SqlTypeInfo type) =>
        Call(SqliteFunctions.DateDiff, type.WithNullable(start.Type.Nullable || end.Type.Nullable), Quoted(part), start, end,
            BoundExpr.ForLiteral(type.Type == SqlDataType.BigInt ? 1L : 0L, SqlTypeInfo.Integer(false)));

    private static bool IsInvariantCulture(string culture) =>
        culture.Length == 0 || culture.Equals("en-US", StringComparison.OrdinalIgnoreCase) || culture.Equals("en", StringComparison.OrdinalIgnoreCase);
}
