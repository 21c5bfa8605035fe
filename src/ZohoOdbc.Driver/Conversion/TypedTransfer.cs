using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// The pairs of a column type and a C type that <see cref="TypedCellWriter"/> moves straight from
/// the reader's typed getters; <see cref="None"/> leaves a column to <see cref="CellWriter"/>.
/// Chosen once per column per rowset (or per SQLGetData call), not per value.
/// </summary>
internal enum TypedTransfer : byte
{
    None,
    TextToChar,
    TextToWChar,
    DecimalToChar,
    DecimalToWChar,
    DecimalToDouble,
    DoubleToDouble,
    IntegerToBigInt,
    IntegerToLong,
    IntegerToDouble,
    BitToBit,
    DateToDate,
    DateToTimestamp,
    TimestampToTimestamp,
}

internal static class TypedTransfers
{
    /// <summary>
    /// The typed path for <paramref name="cType"/> (already resolved from SQL_C_DEFAULT), when the
    /// IRD column is what Core's type maps to (catalog results describe some columns otherwise) and
    /// SQL_ATTR_MAX_LENGTH does not cut text.
    /// </summary>
    public static TypedTransfer For(ResultColumn core, ColumnDescriptor column, short cType, nuint maxLength)
    {
        // SQL type codes, not record equality: this runs for every SQLGetData call.
        var type = column.Type.SqlType;
        return core.Type switch
        {
            SqlDataType.VarChar when type == SqlType.VarChar && maxLength == 0 => cType switch
            {
                CType.Char => TypedTransfer.TextToChar,
                CType.WChar => TypedTransfer.TextToWChar,
                _ => TypedTransfer.None,
            },
            SqlDataType.Decimal when type == SqlType.Decimal => cType switch
            {
                CType.Char => TypedTransfer.DecimalToChar,
                CType.WChar => TypedTransfer.DecimalToWChar,
                CType.Double => TypedTransfer.DecimalToDouble,
                _ => TypedTransfer.None,
            },
            SqlDataType.Double when type == SqlType.Double && cType == CType.Double => TypedTransfer.DoubleToDouble,
            SqlDataType.Integer or SqlDataType.BigInt when type is SqlType.Integer or SqlType.BigInt => cType switch
            {
                CType.SBigInt => TypedTransfer.IntegerToBigInt,
                CType.Long or CType.SLong => TypedTransfer.IntegerToLong,
                CType.Double => TypedTransfer.IntegerToDouble,
                _ => TypedTransfer.None,
            },
            SqlDataType.Bit when type == SqlType.Bit && cType == CType.Bit => TypedTransfer.BitToBit,
            SqlDataType.Date when type == SqlType.TypeDate => cType switch
            {
                CType.TypeDate or CType.Date => TypedTransfer.DateToDate,
                CType.TypeTimestamp or CType.Timestamp => TypedTransfer.DateToTimestamp,
                _ => TypedTransfer.None,
            },
            SqlDataType.Timestamp when type == SqlType.TypeTimestamp && cType is CType.TypeTimestamp or CType.Timestamp => TypedTransfer.TimestampToTimestamp,
            _ => TypedTransfer.None,
        };
    }
}
