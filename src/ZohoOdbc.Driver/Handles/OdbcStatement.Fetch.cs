using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLBindCol, SQLFetch / SQLFetchScroll / SQLExtendedFetch (block cursors), SQLSetPos and SQLGetData.</summary>
internal sealed unsafe partial class OdbcStatement
{
    private GetDataProgress getData;

    /// <summary>Writes ARD record <paramref name="number"/>; null buffers unbind it.</summary>
    public short BindColumn(ushort number, short cType, void* data, nint bufferLength, nint* indicator)
    {
        RequireNoPendingData();
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

        var record = Ard.Record(number);
        record.DeclareConciseType(cType);
        record.OctetLength = bufferLength;
        record.DataPtr = (nint)data;
        record.IndicatorPtr = record.OctetLengthPtr = (nint)indicator;
        return SqlReturn.Success;
    }

    /// <summary>The next rowset of SQL_ATTR_ROW_ARRAY_SIZE rows, reported through ROW_STATUS_PTR and ROWS_FETCHED_PTR.</summary>
    public short Fetch() => FetchRowset(Ard.ArraySize, (ushort*)Ird.ArrayStatusPtr, (nuint*)Ird.RowsProcessedPtr);

    /// <summary>The cursor is forward-only: SQL_FETCH_NEXT, and nothing else (HY106).</summary>
    public short FetchScroll(short orientation)
    {
        RequireForwardOnly(orientation);
        return Fetch();
    }

    /// <summary>ODBC 2's block fetch: SQL_ROWSET_SIZE rows, counted and reported through its own arguments.</summary>
    public short ExtendedFetch(short orientation, nuint* rowCount, ushort* rowStatus)
    {
        RequireForwardOnly(orientation);
        return FetchRowset(odbc2RowsetSize, rowStatus, rowCount);
    }

    /// <summary>SQLSetPos: only SQL_POSITION, which makes a row of the rowset current for SQLGetData.</summary>
    public short SetPosition(nuint row, ushort operation, ushort lockType)
    {
        const ushort Position = 0, LockNoChange = 0;
        var result = OpenCursor;
        if (operation != Position)
            throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "The cursor is read-only: SQLSetPos supports SQL_POSITION only.");
        if (lockType != LockNoChange)
            throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Row locking is not supported: use SQL_LOCK_NO_CHANGE.");
        if (!result.OnRow) throw new OdbcException(OdbcStates.InvalidCursorState, "The cursor is not on a rowset: call SQLFetch first.");
        if (row > int.MaxValue || !result.Position((int)row))
            throw new OdbcException(OdbcStates.InvalidCursorPosition, $"Row {row} is not in the rowset of {result.RowsetCount} row(s).");
        getData = default;
        return SqlReturn.Success;
    }

    public short GetData(ushort number, short cType, void* data, nint bufferLength, nint* indicator)
    {
        var result = OpenCursor;
        if (!result.OnRow) throw new OdbcException(OdbcStates.InvalidCursorState, "The cursor is not on a row: call SQLFetch first.");

        ColumnDescriptor column;
        TypedTransfer transfer;
        NumericFormat? numeric = null;
        var plans = getDataPlans;
        var columns = Ird.Columns;
        if (plans is not null && number >= 1 && number <= plans.Length && plans[number - 1].Fits(result, columns, cType, maxLength))
        {
            // The column number and C type were checked when the plan was made; the buffer is new each call.
            ref readonly var plan = ref plans[number - 1];
            if (data == null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The data buffer pointer is null.");
            if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
            column = plan.Column;
            cType = plan.CType;
            transfer = plan.Transfer;
        }
        else
        {
            column = Column(number);
            if (data == null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The data buffer pointer is null.");
            if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");

            var requested = cType;
            var ardRecord = Ard.Find(number);
            if (cType == CType.ArdType)
            {
                cType = ardRecord?.ConciseType ?? CType.Default;
                if (ardRecord is { HasExplicitNumericFormat: true }) numeric = new(ardRecord.Precision, ardRecord.Scale);
            }
            else if (cType == CType.Numeric && ardRecord is { ConciseType: CType.Numeric, HasExplicitNumericFormat: true })
            {
                // The precision and scale the application put in the ARD for this column.
                numeric = new(ardRecord.Precision, ardRecord.Scale);
            }
            CTypeInfo.Validate(cType);
            cType = CTypeInfo.Resolve(cType, column);
            transfer = TypedTransfers.For(result.CoreColumns[number - 1], column, cType, maxLength);
            // SQL_ARD_TYPE and SQL_C_NUMERIC read the ARD, which can change between calls: they are worked out every time.
            if (requested is not (CType.ArdType or CType.Numeric))
                RememberPlan(new GetDataPlan(result, columns, requested, maxLength, column, cType, transfer), number);
        }

        // The state is taken from what this call knows rather than read back from the field it just
        // wrote: that read waited on the stores (a store-forwarding stall, ~1/3 of this method's time).
        TransferState state;
        if (getData.Column != number)
        {
            getData = new GetDataProgress(number, default, false);
            state = default;
        }
        else if (getData.Done) return SqlReturn.NoData;
        else state = getData.State;

        var target = new CellTarget(cType, data, bufferLength, indicator, indicator, numeric, maxLength);
        // The first read of a value can take the typed path; later pieces continue CellWriter's.
        if (!result.HasTypedCells || state.Offset != 0 || state.Encoded is not null) transfer = TypedTransfer.None;
        if (transfer == TypedTransfer.None || !TypedCellWriter.TryWrite(result.Cell(number - 1), transfer, column.DecimalDigits, target, out var outcome))
            outcome = CellWriter.Write(result.GetValue(number - 1), column, target, ref state);
        getData = getData with { State = state, Done = outcome != TransferOutcome.Truncated };
        ReportWarning(outcome, DiagField.NoRowNumber, number);
        return SqlReturn.Success;
    }

    /// <summary>SQLGetData's plans by column number - 1, for the open cursor (see <see cref="GetDataPlan"/>).</summary>
    private GetDataPlan[]? getDataPlans;

    private void RememberPlan(in GetDataPlan plan, ushort number)
    {
        var columns = Math.Max(plan.Columns.Count, number);
        if (getDataPlans is null || getDataPlans.Length < columns) getDataPlans = new GetDataPlan[columns];
        getDataPlans[number - 1] = plan;
    }

    private void RequireForwardOnly(short orientation)
    {
        const short Next = 1;
        if (orientation != Next)
            throw new OdbcException(OdbcStates.InvalidFetchOrientation, "The cursor is forward-only: only SQL_FETCH_NEXT is supported.");
    }

    /// <summary>
    /// Fetches the next rowset into the bound buffers, filling the row status array and the
    /// rows-fetched count. A conversion error marks its row SQL_ROW_ERROR and the others go on.
    /// </summary>
    private short FetchRowset(nuint size, ushort* status, nuint* fetchedCount)
    {
        var result = OpenCursor;
        getData = default;
        var rowsetSize = (int)Math.Clamp(size, 1, int.MaxValue);
        nuint fetched = 0, failed = 0;
        var warned = false;

        result.BeginRowset(rowsetSize);
        var bound = BoundColumns(result);
        if (result.Kept is not null)
        {
            // A typed block cursor: the rowset is read in one call, then written column by column (one tight loop per bound column).
            var limit = maxRows == 0 ? rowsetSize : (int)Math.Clamp((long)maxRows - result.RowsRead, 0, rowsetSize);
            if (limit == 0) result.Stop();
            fetched = (nuint)result.ReadRowset(limit);
            var statuses = RowStatuses(rowsetSize);
            if (bound.Length > 0) TransferColumnWise(result, bound, (int)fetched, statuses);
            else Array.Fill(statuses, RowStatus.Success, 0, (int)fetched);
            for (var row = 0; row < (int)fetched; row++)
            {
                if (statuses[row] == RowStatus.Error) failed++;
                if (statuses[row] == RowStatus.SuccessWithInfo) warned = true;
                if (status != null) status[row] = statuses[row];
            }
        }
        else
        {
            for (var row = 0; row < rowsetSize; row++)
            {
                if (maxRows > 0 && result.RowsRead >= (long)maxRows) result.Stop();
                if (!result.MoveNext()) break;
                fetched++;
                var rowStatus = bound.Length == 0 ? RowStatus.Success : TransferBoundColumns(result, bound, row, result.HasTypedCells);
                if (rowStatus == RowStatus.Error) failed++;
                if (rowStatus == RowStatus.SuccessWithInfo) warned = true;
                if (status != null) status[row] = rowStatus;
            }
        }
        result.EndRowset();

        if (status != null)
            for (var row = (int)fetched; row < rowsetSize; row++) status[row] = RowStatus.NoRow;
        if (fetchedCount != null) *fetchedCount = fetched;

        if (fetched == 0) return SqlReturn.NoData;
        if (failed == fetched) return SqlReturn.Error;
        return failed > 0 || warned ? SqlReturn.SuccessWithInfo : SqlReturn.Success;
    }

    /// <summary>The bound columns of the result, worked out for this rowset (the bind offset may have moved).</summary>
    private BoundColumn[] BoundColumns(ResultCursor result)
    {
        // Called for every fetch: nothing is allocated when no column is bound (pyodbc's SQLGetData-only loop).
        var ard = Ard;
        var last = Math.Min(ard.Count, result.Columns.Count);
        var count = 0;
        for (var number = 1; number <= last; number++)
            if (ard.Find(number)!.IsBound) count++;
        if (count == 0) return [];
        var bound = new BoundColumn[count];
        for (int number = 1, next = 0; number <= last; number++)
            if (ard.Find(number) is { IsBound: true } record)
                bound[next++] = new BoundColumn(ard, number, record, result.Columns[number - 1], result.CoreColumns[number - 1], maxLength);
        return bound;
    }

    private ushort[]? rowStatuses;

    private ushort[] RowStatuses(int rows)
    {
        if (rowStatuses is null || rowStatuses.Length < rows) rowStatuses = new ushort[rows];
        return rowStatuses;
    }

    /// <summary>
    /// Writes a kept rowset into the bound buffers column by column. Values the typed path cannot
    /// take go through <see cref="TransferCell"/> afterwards, in row then column order, so the
    /// diagnostics come in the order row-wise transfer gives them.
    /// </summary>
    private void TransferColumnWise(ResultCursor result, BoundColumn[] bound, int rows, ushort[] statuses)
    {
        Array.Fill(statuses, RowStatus.Success, 0, rows);
        List<(int Row, int Column)>? general = null;
        for (var b = 0; b < bound.Length; b++)
        {
            ref readonly var column = ref bound[b];
            var index = column.Number - 1;
            if (result.Kept is { } kept && KeptColumnWriter.TryWrite(kept, index, column, rows, ref general, b)) continue;
            var digits = column.Column.DecimalDigits;
            for (var row = 0; row < rows; row++)
            {
                if (column.Transfer == TypedTransfer.None
                    || !TypedCellWriter.TryWrite(result.Cell(row, index), column.Transfer, digits, column.Target(row, maxLength), out _))
                    (general ??= []).Add((row, b));
            }
        }
        if (general is null) return;
        general.Sort();
        foreach (var (row, b) in general) TransferCell(result, bound[b], row, ref statuses[row]);
    }

    /// <summary>
    /// Writes every bound column of the row just read into its element of the rowset: typed
    /// where the column has a typed path, through CellWriter otherwise.
    /// </summary>
    private ushort TransferBoundColumns(ResultCursor result, BoundColumn[] bound, int row, bool typed)
    {
        var status = RowStatus.Success;
        foreach (var column in bound)
        {
            if (typed && column.Transfer != TypedTransfer.None
                && TypedCellWriter.TryWrite(result.Cell(row, column.Number - 1), column.Transfer, column.Column.DecimalDigits, column.Target(row, maxLength), out _))
                continue;
            TransferCell(result, column, row, ref status);
        }
        return status;
    }

    /// <summary>One bound value through CellWriter; a warning or an error is recorded for its row and column and lowers the row's status.</summary>
    private void TransferCell(ResultCursor result, in BoundColumn column, int row, ref ushort status)
    {
        try
        {
            var state = default(TransferState);
            var outcome = CellWriter.Write(result.GetValue(row, column.Number - 1), column.Column, column.Target(row, maxLength), ref state);
            if (ReportWarning(outcome, row + 1, column.Number) && status == RowStatus.Success) status = RowStatus.SuccessWithInfo;
        }
        catch (OdbcException error)
        {
            Diagnostics.Add(error.SqlState, error.Message, 0, row + 1, column.Number);
            status = RowStatus.Error;
        }
    }

    /// <summary>SQL_ATTR_ROW_NUMBER: the current row's number in the result, 0 when not on a row.</summary>
    private nuint CurrentRowNumber() => cursor is { OnRow: true } open ? (nuint)open.CurrentRowNumber : 0;

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
