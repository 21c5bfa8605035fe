using System.Globalization;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// SUM over decimals in .NET decimal arithmetic (28 significant digits), for the statement's result columns: SQLite's
/// sum() accumulates doubles, which hold 15-16 significant digits, so a total of many amounts (or of large ones)
/// comes out a few units off in the last places. Each stored value is the exact decimal it stands for (see
/// <see cref="SqlValues.ToDecimal"/>); the total is returned as text, which the reader parses without loss.
/// </summary>
internal readonly record struct DecimalSum(decimal Total, bool HasValue)
{
    public static DecimalSum Add(DecimalSum state, object? value)
    {
        if (SqlValues.IsNull(value)) return state;
        try
        {
            return new DecimalSum(state.Total + SqlValues.ToDecimal(value!), true);
        }
        catch (OverflowException)
        {
            throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, "Arithmetic overflow error converting expression to data type numeric");
        }
    }

    /// <summary>The total as exact text; NULL over no value, as SQL's SUM.</summary>
    public object? Result() => HasValue ? Total.ToString(CultureInfo.InvariantCulture) : null;
}
