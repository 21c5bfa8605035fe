using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Parameters;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>SQLBindParameter, SQLNumParams, SQLDescribeParam, SQLParamData and SQLPutData.</summary>
internal sealed unsafe partial class OdbcStatement
{
    private PendingData? dataAtExecution;

    /// <summary>Writes the APD record (C side) and the IPD record (SQL side) of one parameter.</summary>
    public short BindParameter(ushort number, short ioType, short cType, short sqlType, nuint columnSize, short decimalDigits,
        void* data, nint bufferLength, nint* lengthOrIndicator)
    {
        RequireNoPendingData();
        if (number < 1) throw new OdbcException(OdbcStates.InvalidDescriptorIndex, "Parameters are numbered from 1.");
        if (ioType is not (ParamIo.Input or ParamIo.InputOutput or ParamIo.Output or ParamIo.InputOutputStream or ParamIo.OutputStream))
            throw new OdbcException(OdbcStates.InvalidParameterType, $"Parameter type {ioType} is not valid.");
        if (cType != CType.Default && !CTypeInfo.IsKnown(cType))
            throw new OdbcException(OdbcStates.InvalidBufferType, $"The C data type {cType} is not valid.");
        if (!SqlType.IsKnown(sqlType))
            throw new OdbcException(OdbcStates.InvalidSqlDataType, $"The SQL data type {sqlType} is not valid.");
        if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
        if (ioType is not ParamIo.Input and not ParamIo.InputOutput)
            throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Output and streamed parameters are not supported: statements are queries with input parameters only.");
        if (CType.IsInterval(cType) || !SqlTypeCoercion.Supports(sqlType))
            throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, $"Converting C type {cType} to SQL type {sqlType} is not supported.");
        if (data == null && lengthOrIndicator == null)
            throw new OdbcException(OdbcStates.InvalidNullPointer, "Both the value pointer and the length/indicator pointer are null.");

        var application = Apd.Record(number);
        application.DeclareConciseType(cType);
        application.OctetLength = bufferLength;
        application.DataPtr = (nint)data;
        application.IndicatorPtr = application.OctetLengthPtr = (nint)lengthOrIndicator;

        var implementation = Ipd.Record(number);
        implementation.DeclareConciseType(sqlType);
        implementation.ParameterType = ioType;
        if (SqlType.IsCharacter(sqlType)) implementation.Length = columnSize;
        else if (sqlType is SqlType.TypeTime or SqlType.TypeTimestamp or SqlType.Odbc2Time or SqlType.Odbc2Timestamp)
        {
            implementation.Length = columnSize;
            implementation.Precision = decimalDigits;
        }
        else if (sqlType is not (SqlType.TypeDate or SqlType.Odbc2Date)) implementation.Precision = (short)Math.Min(columnSize, (nuint)short.MaxValue);
        if (sqlType is SqlType.Decimal or SqlType.Numeric) implementation.Scale = decimalDigits;
        return SqlReturn.Success;
    }

    public short NumParams(short* count)
    {
        RequireNoPendingData();
        var statement = prepared ?? throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been prepared.");
        if (count != null) *count = (short)statement.Parameters.Count;
        return SqlReturn.Success;
    }

    /// <summary>The type Core inferred for a marker from its context.</summary>
    public short DescribeParameter(ushort number, short* dataType, nuint* size, short* decimalDigits, short* nullable)
    {
        RequireNoPendingData();
        var statement = prepared ?? throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been prepared.");
        if (number < 1 || number > statement.Parameters.Count)
            throw new OdbcException(OdbcStates.InvalidDescriptorIndex, $"Parameter {number} does not exist: the statement has {statement.Parameters.Count}.");
        var marker = statement.Parameters[number - 1];
        var described = ColumnDescriptor.FromParameter(marker);
        if (dataType != null) *dataType = described.Type.ConciseType(OdbcVersion);
        if (size != null) *size = (nuint)described.ColumnSize;
        if (decimalDigits != null) *decimalDigits = described.DecimalDigits;
        if (nullable != null) *nullable = marker.Nullable ? Sentinels.Nullable : Sentinels.NoNulls;
        return SqlReturn.Success;
    }

    /// <summary>
    /// Names the next data-at-execution parameter (SQL_NEED_DATA and its token), or, once all are
    /// supplied, runs the statement and returns what SQLExecute would have.
    /// </summary>
    public short ParamData(nint* token)
    {
        var pending = dataAtExecution ?? throw new OdbcException(OdbcStates.FunctionSequenceError, "No parameter is waiting for data.");
        if (pending.Current is { } finished)
        {
            pending.Current = null;
            try
            {
                pending.Sets.Complete(finished);
            }
            catch (OdbcException)
            {
                AbandonPendingData();
                throw;
            }
        }
        if (pending.Sets.Deferred.TryDequeue(out var next))
        {
            pending.Current = next;
            if (token != null) *token = next.Token;
            return SqlReturn.NeedData;
        }

        dataAtExecution = null;
        return RunFirstSet(pending.Sets);
    }

    /// <summary>One piece of the data-at-execution parameter SQLParamData last named.</summary>
    public short PutData(void* data, nint length)
    {
        var current = dataAtExecution?.Current
            ?? throw new OdbcException(OdbcStates.FunctionSequenceError, "SQLPutData needs SQLParamData to name a parameter first.");
        var record = Apd.Record(current.Parameter + 1);
        var cType = record.ConciseType == CType.Default && Ipd.Find(current.Parameter + 1) is { } ipd
            ? OdbcType.DefaultCTypeOf(ipd.ConciseType)
            : record.ConciseType;
        try
        {
            current.Append(cType, data, length);
        }
        catch (OdbcException)
        {
            // An error ends the data-at-execution sequence, as the driver manager's state machine has it.
            AbandonPendingData();
            throw;
        }
        return SqlReturn.Success;
    }

    /// <summary>Functions other than SQLParamData, SQLPutData and SQLCancel are out of sequence while data is awaited (HY010).</summary>
    private void RequireNoPendingData()
    {
        if (dataAtExecution is not null)
            throw new OdbcException(OdbcStates.FunctionSequenceError, "The statement is waiting for data-at-execution parameters: finish with SQLParamData / SQLPutData or call SQLCancel.");
    }

    private void AbandonPendingData() => dataAtExecution = null;
}
