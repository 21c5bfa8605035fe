using System.Text;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Moves one Core value into an application buffer of a given C type: the single path shared by
/// SQLGetData and bound columns (SQLBindCol + SQLFetch).
/// </summary>
internal static unsafe class CellWriter
{
    /// <param name="offset">For character and binary data, the bytes returned by earlier SQLGetData calls.</param>
    public static TransferOutcome Write(object? value, ColumnDescriptor column, CellTarget target, ref long offset)
    {
        target = target.WithCType(CTypeInfo.Resolve(target.CType, column));
        if (value is null)
        {
            if (target.LengthOrIndicator == null)
                throw new OdbcException(OdbcStates.IndicatorRequired, "The value is NULL and no indicator variable was bound.");
            *target.LengthOrIndicator = Sentinels.NullData;
            return TransferOutcome.Complete;
        }

        return target.CType switch
        {
            CType.Char => TextTransfer.Write(OdbcText.Ansi.Encode(ValueText.Format(value, column)), OdbcText.Ansi, target, ref offset),
            CType.WChar => TextTransfer.Write(OdbcText.Wide.Encode(ValueText.Format(value, column)), OdbcText.Wide, target, ref offset),
            // Binary: the bytes of the value's UTF-8 text form.
            CType.Binary => TextTransfer.Write(Encoding.UTF8.GetBytes(ValueText.Format(value, column)), null, target, ref offset),
            CType.Numeric => NumericStructTransfer.Write(value, column, target),
            _ when NumberTransfer.Handles(target.CType) => NumberTransfer.Write(value, target),
            _ when DateTimeTransfer.Handles(target.CType) => DateTimeTransfer.Write(value, target),
            _ => throw new OdbcException(OdbcStates.InvalidBufferType, $"The C data type {target.CType} is not supported."),
        };
    }
}
