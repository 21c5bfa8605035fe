using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// What SQLGetData worked out for one column and requested C type on one cursor: the IRD column,
/// the resolved C type and the typed path. pyodbc asks for the same column with the same C type
/// on every row, so the next row's call reuses it instead of validating and resolving again.
/// Only for C types whose handling does not read the ARD (not SQL_ARD_TYPE, not SQL_C_NUMERIC).
/// </summary>
internal readonly record struct GetDataPlan(
    ResultCursor Cursor, IReadOnlyList<ColumnDescriptor> Columns, short RequestedCType, nuint MaxLength,
    ColumnDescriptor Column, short CType, TypedTransfer Transfer)
{
    public bool Fits(ResultCursor cursor, IReadOnlyList<ColumnDescriptor> columns, short requestedCType, nuint maxLength) =>
        ReferenceEquals(Cursor, cursor) && ReferenceEquals(Columns, columns) && RequestedCType == requestedCType && MaxLength == maxLength;
}
