using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLBindCol, SQLFetch / SQLFetchScroll (block cursors) and SQLGetData.</summary>
internal sealed unsafe partial class OdbcStatement
{
    private GetDataProgress getData;

    public short BindColumn(ushort number, short cType, void* data, nint bufferLength, nint* indicator)
    {
        if (number == 0) throw new OdbcException(OdbcStates.InvalidDescriptorIndex, "Column 0 is the bookmark column, and bookmarks are not supported.");
        if (cursor is not null && number > Ird.Columns.Count)
            throw new OdbcException(OdbcStates.InvalidDescriptorIndex, $"Column {number} does not exist: the result has {Ird.Columns.Count} column(s).");
        if (data == null && indicator == null)
        {
            Ard.Unbind(number);
            return SqlReturn.Success;
        }
        CTypeInfo.Validate(cType);
        if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
        Ard.Bind(number, new ColumnBinding(cType, (nint)data, bufferLength, (nint)indicator));
        return SqlReturn.Success;
    }

    public short FetchScroll(short orientation) => orientation == FetchOrientation.Next
        ? Fetch()
        : throw new OdbcException(OdbcStates.InvalidFetchOrientation, "The cursor is forward-only: only SQL_FETCH_NEXT is supported.");

    /// <summary>
    /// Fetches the next rowset of ROW_ARRAY_SIZE rows into the bound buffers, filling the row
    /// status array and the rows-fetched count. A conversion error marks its row SQL_ROW_ERROR.
    /// </summary>
    public short Fetch()
    {
        var result = OpenCursor;
        getData = default;
        var rowsetSize = Math.Max(Ard.ArraySize, 1);
        var status = (ushort*)Ird.ArrayStatusPtr;
        nuint fetched = 0, failed = 0;
        var warned = false;

        for (nuint row = 0; row < rowsetSize; row++)
        {
            if (maxRows > 0 && result.RowsRead >= (long)maxRows) result.Stop();
            if (!result.MoveNext()) break;
            fetched++;
            var rowStatus = TransferBoundColumns(result, row);
            if (rowStatus == RowStatus.Error) failed++;
            if (rowStatus == RowStatus.SuccessWithInfo) warned = true;
            if (status != null) status[row] = rowStatus;
        }

        if (status != null)
            for (var row = fetched; row < rowsetSize; row++) status[row] = RowStatus.NoRow;
        if (Ird.RowsProcessedPtr != 0) *(nuint*)Ird.RowsProcessedPtr = fetched;

        if (fetched == 0) return SqlReturn.NoData;
        if (failed == fetched) return SqlReturn.Error;
        return failed > 0 || warned ? SqlReturn.SuccessWithInfo : SqlReturn.Success;
    }

    public short GetData(ushort number, short cType, void* data, nint bufferLength, nint* indicator)
    {
        var result = OpenCursor;
        if (!result.OnRow) throw new OdbcException(OdbcStates.InvalidCursorState, "The cursor is not on a row: call SQLFetch first.");
        var column = Column(number);
        if (Ard.ArraySize > 1)
            throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "SQLGetData needs a rowset size of 1 (SQL_GD_BLOCK is not supported).");
        CTypeInfo.Validate(cType);

        if (getData.Column != number) getData = new GetDataProgress(number, 0, false);
        else if (getData.Done) return SqlReturn.NoData;

        var offset = getData.Offset;
        var outcome = CellWriter.Write(result.GetValue(number - 1), column, new CellTarget(cType, data, bufferLength, indicator), ref offset);
        getData = getData with { Offset = offset, Done = outcome != TransferOutcome.Truncated };
        ReportWarning(outcome, DiagField.NoRowNumber, number);
        return SqlReturn.Success;
    }

    /// <summary>Writes every bound column of the current row into its slot of the rowset.</summary>
    private ushort TransferBoundColumns(ResultCursor result, nuint row)
    {
        var status = RowStatus.Success;
        var offset = Ard.BindOffsetPtr == 0 ? 0 : *(nint*)Ard.BindOffsetPtr;
        foreach (var (number, binding) in Ard.Bindings)
        {
            if (number > result.Columns.Count) continue;
            var column = result.Columns[number - 1];
            var target = BoundTarget(binding, column, row, offset);
            try
            {
                long start = 0;
                var outcome = CellWriter.Write(result.GetValue(number - 1), column, target, ref start);
                if (ReportWarning(outcome, (nint)row + 1, number) && status == RowStatus.Success) status = RowStatus.SuccessWithInfo;
            }
            catch (OdbcException error)
            {
                Diagnostics.Add(error.SqlState, error.Message, 0, (nint)row + 1, number);
                status = RowStatus.Error;
            }
        }
        return status;
    }

    /// <summary>
    /// The addresses of a bound column's element in row <paramref name="row"/>: column-wise arrays
    /// step by the element size (BufferLength for variable-length types), row-wise by BIND_TYPE.
    /// </summary>
    private CellTarget BoundTarget(ColumnBinding binding, ColumnDescriptor column, nuint row, nint offset)
    {
        var cType = CTypeInfo.Resolve(binding.CType, column);
        nint dataStride, indicatorStride;
        if (Ard.BindType == 0)
        {
            dataStride = CTypeInfo.IsVariableLength(cType) ? binding.BufferLength : CTypeInfo.FixedSize(cType);
            indicatorStride = sizeof(nint);
        }
        else
        {
            dataStride = indicatorStride = (nint)Ard.BindType;
        }

        var data = binding.DataPtr == 0 ? null : (void*)(binding.DataPtr + offset + (nint)row * dataStride);
        var indicator = binding.IndicatorPtr == 0 ? null : (nint*)(binding.IndicatorPtr + offset + (nint)row * indicatorStride);
        return new CellTarget(cType, data, binding.BufferLength, indicator);
    }

    /// <summary>Turns a transfer warning into its diagnostic record; true when there was one.</summary>
    private bool ReportWarning(TransferOutcome outcome, nint row, int column)
    {
        switch (outcome)
        {
            case TransferOutcome.Truncated:
                Diagnostics.Add(OdbcStates.StringTruncated, "String data, right truncated: the buffer was too small.", 0, row, column);
                return true;
            case TransferOutcome.FractionTruncated:
                Diagnostics.Add(OdbcStates.FractionalTruncation, "Fractional truncation: digits or a time portion were dropped.", 0, row, column);
                return true;
            default:
                return false;
        }
    }
}
