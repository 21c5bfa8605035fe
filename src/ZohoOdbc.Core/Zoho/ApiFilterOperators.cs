namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The filter parameters a Zoho list endpoint accepts for one column (reference §4 suffix grammar):
/// <c>f</c>, <c>f_startswith</c>, <c>f_start</c>, <c>f_less_than</c>, ...
/// </summary>
[Flags]
internal enum ApiFilterOperators
{
    None = 0,
    Equals = 1 << 0,
    StartsWith = 1 << 1,
    Contains = 1 << 2,
    Start = 1 << 3,
    End = 1 << 4,
    Before = 1 << 5,
    After = 1 << 6,
    LessThan = 1 << 7,
    LessEquals = 1 << 8,
    GreaterThan = 1 << 9,
    GreaterEquals = 1 << 10,

    /// <summary><c>last_modified_time=...</c>: records modified at or after the instant given.</summary>
    ModifiedSince = 1 << 11,

    /// <summary><c>f_in=a,b</c>: any of a comma-separated list (sales orders).</summary>
    In = 1 << 12,

    /// <summary>TXT in the reference: exact, prefix and substring search.</summary>
    Text = Equals | StartsWith | Contains,
    /// <summary>DT in the reference: yyyy-MM-dd, with inclusive start/end and exclusive before/after.</summary>
    Date = Equals | Start | End | Before | After,
    /// <summary>NUM in the reference.</summary>
    Number = Equals | LessThan | LessEquals | GreaterThan | GreaterEquals,

    /// <summary>NUM with the _start/_end forms some entities add (they mean the same as _greater_equals/_less_equals).</summary>
    NumberRange = Number | Start | End,
}

internal static class ApiFilterOperatorNames
{
    /// <summary>The query parameter for a column and one operator, e.g. (date, Start) → date_start.</summary>
    public static string ParameterName(string column, ApiFilterOperators op) => op switch
    {
        ApiFilterOperators.Equals or ApiFilterOperators.ModifiedSince => column,
        ApiFilterOperators.In => column + "_in",
        ApiFilterOperators.StartsWith => column + "_startswith",
        ApiFilterOperators.Contains => column + "_contains",
        ApiFilterOperators.Start => column + "_start",
        ApiFilterOperators.End => column + "_end",
        ApiFilterOperators.Before => column + "_before",
        ApiFilterOperators.After => column + "_after",
        ApiFilterOperators.LessThan => column + "_less_than",
        ApiFilterOperators.LessEquals => column + "_less_equals",
        ApiFilterOperators.GreaterThan => column + "_greater_than",
        ApiFilterOperators.GreaterEquals => column + "_greater_equals",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "one operator expected"),
    };
}
