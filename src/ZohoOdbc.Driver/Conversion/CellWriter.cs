using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Moves one Core value into an application buffer of a given C type (Appendix D, SQL to C):
/// the single path shared by SQLGetData and bound columns (SQLBindCol + SQLFetch).
/// </summary>
internal static unsafe class CellWriter
{
    /// <param name="state">For character and binary data, how far earlier SQLGetData calls have read the value.</param>
    public static TransferOutcome Write(object? value, ColumnDescriptor column, CellTarget target, ref TransferState state)
    {
        target = target.WithCType(CTypeInfo.Resolve(target.CType, column));
        if (value is null)
        {
            target.SetNull();
            return TransferOutcome.Complete;
        }

        var maxBytes = column.Type.IsCharacter ? target.MaxLength : 0;
        return target.CType switch
        {
            CType.Char => WriteText(value, column, OdbcText.Ansi, target, ref state, maxBytes),
            CType.WChar => WriteText(value, column, OdbcText.Wide, target, ref state, maxBytes),
            CType.Binary when value is string text => TextTransfer.WriteBytes(System.Text.Encoding.UTF8.GetBytes(text), target, ref state, maxBytes),
            CType.Binary => BinaryTransfer.Write(value, column, target),
            CType.Numeric => NumericStructTransfer.Write(value, column, target),
            _ when NumberTransfer.Handles(target.CType) => NumberTransfer.Write(value, target),
            _ when DateTimeTransfer.Handles(target.CType) => DateTimeTransfer.Write(value, target),
            _ => throw new OdbcException(OdbcStates.RestrictedDataType,
                $"Restricted data type attribute violation: a {column.Type.TypeName} value cannot be converted to C type {target.CType}."),
        };
    }

    /// <summary>
    /// Text of any value. Numbers and dates keep Appendix D's rules on the first piece: a buffer
    /// too small for the whole digits (or the date, or a timestamp without its fraction) is
    /// 22003; losing only fractional digits is 01004.
    /// </summary>
    private static TransferOutcome WriteText(object value, ColumnDescriptor column, OdbcText encoding, in CellTarget target, ref TransferState state, nuint maxBytes)
    {
        if (value is string text) return TextTransfer.WriteText(text, encoding, target, ref state, maxBytes);

        Span<char> buffer = stackalloc char[ValueText.MaxFormattedLength];
        var formatted = buffer[..ValueText.Format(value, column, buffer)];
        if (state.Offset == 0 && target.Data != null)
        {
            var needed = value switch
            {
                DateTime => Math.Min(formatted.Length, "yyyy-mm-dd hh:mm:ss".Length),
                DateOnly => formatted.Length,
                _ => WholeDigits(formatted),
            };
            if (target.BufferLength / encoding.UnitSize < needed + 1)
                throw new OdbcException(OdbcStates.NumericOutOfRange,
                    $"The buffer of {target.BufferLength} bytes cannot hold the value {formatted.ToString()} without losing significant digits.");
        }
        return TextTransfer.WriteText(formatted, encoding, target, ref state, 0);
    }

    /// <summary>The characters before the decimal point, sign included.</summary>
    private static int WholeDigits(ReadOnlySpan<char> number)
    {
        var point = number.IndexOfAny('.', 'E');
        return point < 0 ? number.Length : point;
    }
}
