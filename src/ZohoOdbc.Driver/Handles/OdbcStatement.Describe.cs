using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLNumResultCols, SQLDescribeCol and SQLColAttribute: reads of the IRD.</summary>
internal sealed partial class OdbcStatement
{
    public unsafe short NumResultColumns(short* count)
    {
        var columns = DescribedColumns;
        if (count != null) *count = (short)columns.Count;
        return SqlReturn.Success;
    }

    public unsafe short DescribeColumn(ushort number, OdbcText text, void* name, short nameCapacity, short* nameLength,
        short* dataType, nuint* columnSize, short* decimalDigits, short* nullable)
    {
        var column = Column(number);
        text.Write(column.Name, name, nameCapacity, LengthUnit.Characters, nameLength, Diagnostics);
        if (dataType != null) *dataType = column.Type.ConciseType(OdbcVersion);
        if (columnSize != null) *columnSize = (nuint)column.ColumnSize;
        if (decimalDigits != null) *decimalDigits = column.DecimalDigits;
        if (nullable != null) *nullable = column.Nullable ? Sentinels.Nullable : Sentinels.NoNulls;
        return SqlReturn.Success;
    }

    /// <summary>
    /// One field of one column. String fields go to <paramref name="text"/> (lengths in bytes for
    /// A and W alike); numeric fields to the SQLLEN at <paramref name="numeric"/>.
    /// </summary>
    public unsafe short ColumnAttribute(ushort number, ushort field, OdbcText text, void* buffer, short bufferLength, short* length, nint* numeric)
    {
        if (field is ColumnField.Count or ColumnField.Odbc2Count)
        {
            if (numeric != null) *numeric = DescribedColumns.Count;
            return SqlReturn.Success;
        }

        var column = Column(number);
        if (ColumnAttributes.Text(column, field) is { } value)
        {
            text.Write(value, buffer, bufferLength, LengthUnit.Bytes, length, Diagnostics);
            return SqlReturn.Success;
        }

        var result = ColumnAttributes.Number(column, field, OdbcVersion)
            ?? throw new OdbcException(OdbcStates.InvalidDescriptorField, $"Column attribute {field} is not known.");
        if (numeric != null) *numeric = result;
        return SqlReturn.Success;
    }

    /// <summary>A described column by its 1-based number; 07009 for 0 (no bookmarks) or past the end.</summary>
    private ColumnDescriptor Column(ushort number)
    {
        var columns = DescribedColumns;
        if (number < 1 || number > columns.Count)
            throw new OdbcException(OdbcStates.InvalidDescriptorIndex, $"Column {number} does not exist: the result has {columns.Count} column(s) and bookmarks are not supported.");
        return columns[number - 1];
    }
}
