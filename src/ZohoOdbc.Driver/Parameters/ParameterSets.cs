using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Parameters;

/// <summary>
/// The parameter values of one execution: one row of typed values per parameter set
/// (SQL_ATTR_PARAMSET_SIZE), read from the APD's buffers and converted to the IPD's SQL type
/// (Appendix D, C to SQL); Core converts them on to the type it inferred for each marker. Values
/// marked data-at-execution are filled later through SQLParamData / SQLPutData
/// (<see cref="DataAtExecution"/>).
/// </summary>
internal sealed unsafe class ParameterSets
{
    private const nint DataAtExecution = -2;        // SQL_DATA_AT_EXEC
    private const nint LengthDataAtExecution = -100; // SQL_LEN_DATA_AT_EXEC_OFFSET
    private const nint DefaultParameter = -5;        // SQL_DEFAULT_PARAM

    private readonly object?[][] values;
    private readonly ushort[] statuses;
    private readonly IReadOnlyList<ParameterDescription> markers;
    private readonly OdbcDescriptor apd;
    private readonly OdbcDescriptor ipd;

    private ParameterSets(IReadOnlyList<ParameterDescription> markers, OdbcDescriptor apd, OdbcDescriptor ipd, int setCount)
    {
        this.markers = markers;
        this.apd = apd;
        this.ipd = ipd;
        values = new object?[setCount][];
        statuses = new ushort[setCount];
        for (var set = 0; set < setCount; set++) values[set] = new object?[markers.Count];
    }

    /// <summary>The data-at-execution parameters still to be supplied, in the order SQLParamData asks for them.</summary>
    public Queue<DataAtExecution> Deferred { get; } = new();

    public int SetCount => values.Length;

    /// <summary>Whether parameter set <paramref name="set"/> can run (not ignored, no conversion error).</summary>
    public bool IsRunnable(int set) => statuses[set] is ParamIo.StatusSuccess or ParamIo.StatusSuccessWithInfo;

    public IReadOnlyList<object?> Values(int set) => values[set];

    public bool AnyFailed => statuses.Contains(ParamIo.StatusError);

    /// <summary>
    /// Reads every parameter set. A conversion error marks its set SQL_PARAM_ERROR with a
    /// diagnostic naming the set (SQL_DIAG_ROW_NUMBER); with a single set it fails the call.
    /// </summary>
    public static ParameterSets Collect(IReadOnlyList<ParameterDescription> markers, OdbcDescriptor apd, OdbcDescriptor ipd, DiagnosticList diagnostics)
    {
        for (var number = 1; number <= markers.Count; number++)
            if (apd.Find(number) is not { IsBound: true })
                throw new OdbcException(OdbcStates.WrongParameterCount,
                    $"The statement has {markers.Count} parameter marker(s) but parameter {number} is not bound.");

        var setCount = checked((int)Math.Max(apd.ArraySize, 1));
        var sets = new ParameterSets(markers, apd, ipd, setCount);
        var operations = (ushort*)apd.ArrayStatusPtr;
        for (var set = 0; set < setCount; set++)
        {
            if (operations != null && operations[set] == ParamIo.Ignore)
            {
                sets.statuses[set] = ParamIo.StatusUnused;
                continue;
            }
            try
            {
                var warned = false;
                for (var index = 0; index < markers.Count; index++) warned |= sets.Read(set, index);
                sets.statuses[set] = warned ? ParamIo.StatusSuccessWithInfo : ParamIo.StatusSuccess;
                if (warned) diagnostics.Add(OdbcStates.FractionalTruncation, "Fractional truncation: a parameter value lost digits converting to its SQL type.", 0, set + 1);
            }
            catch (OdbcException error) when (setCount > 1)
            {
                sets.statuses[set] = ParamIo.StatusError;
                diagnostics.Add(error.SqlState, error.Message, 0, set + 1);
            }
        }
        sets.Report(setCount);
        return sets;
    }

    /// <summary>Completes a data-at-execution value from the pieces SQLPutData collected.</summary>
    public void Complete(DataAtExecution slot)
    {
        var record = apd.Record(slot.Parameter + 1);
        values[slot.Set][slot.Parameter] = slot.IsNull
            ? null
            : Convert(slot.Parameter, slot.Read(ResolvedCType(slot.Parameter, record), record), out _);
    }

    /// <summary>Writes the parameter status array and the processed count (SQL_ATTR_PARAM_STATUS_PTR, PARAMS_PROCESSED_PTR).</summary>
    public void Report(int processed)
    {
        if (ipd.ArrayStatusPtr != 0)
            for (var set = 0; set < statuses.Length; set++) ((ushort*)ipd.ArrayStatusPtr)[set] = statuses[set];
        if (ipd.RowsProcessedPtr != 0) *(nuint*)ipd.RowsProcessedPtr = (nuint)processed;
    }

    /// <summary>Records an execution failure of one set.</summary>
    public void Fail(int set) => statuses[set] = ParamIo.StatusError;

    /// <summary>Reads parameter <paramref name="index"/> of set <paramref name="set"/>; true when a fraction was dropped.</summary>
    private bool Read(int set, int index)
    {
        var record = apd.Find(index + 1)!;
        var cType = ResolvedCType(index, record);
        var element = BoundElement.Locate(apd, record, cType, (nuint)set);
        var lengthSlot = element.OctetLength != null ? element.OctetLength : element.Indicator;
        var length = lengthSlot == null ? Sentinels.NullTerminated : *lengthSlot;

        if (element.Indicator != null && *element.Indicator == Sentinels.NullData)
        {
            values[set][index] = null;
            return false;
        }
        if (length == DataAtExecution || length <= LengthDataAtExecution)
        {
            Deferred.Enqueue(new DataAtExecution(set, index, (nint)element.Data));
            return false;
        }
        if (length == DefaultParameter)
            throw new OdbcException(OdbcStates.InvalidDefaultParameter, "SQL_DEFAULT_PARAM is only for procedure parameters.");

        var raw = CValueReader.Read(cType, element.Data, length, record);
        values[set][index] = Convert(index, raw, out var truncated);
        return truncated;
    }

    /// <summary>C value → the IPD's SQL type (Appendix D); without an IPD type, the type Core inferred for the marker.</summary>
    private object Convert(int index, object raw, out bool truncated)
    {
        var declared = ipd.Find(index + 1) is { ConciseType: not 0 } described ? described.ConciseType : SqlTypeOf(markers[index].Type);
        return SqlTypeCoercion.To(declared, raw, out truncated);
    }

    /// <summary>SQL_C_DEFAULT means the default C type of the parameter's SQL type.</summary>
    private short ResolvedCType(int index, DescriptorRecord record)
    {
        if (record.ConciseType != CType.Default) return record.ConciseType;
        var sqlType = ipd.Find(index + 1) is { ConciseType: not 0 } described ? described.ConciseType : SqlTypeOf(markers[index].Type);
        return OdbcType.DefaultCTypeOf(sqlType);
    }

    private static short SqlTypeOf(SqlDataType type) => type switch
    {
        SqlDataType.VarChar => SqlType.VarChar,
        SqlDataType.Decimal => SqlType.Decimal,
        SqlDataType.Integer => SqlType.Integer,
        SqlDataType.BigInt => SqlType.BigInt,
        SqlDataType.Double => SqlType.Double,
        SqlDataType.Bit => SqlType.Bit,
        SqlDataType.Date => SqlType.TypeDate,
        SqlDataType.Time => SqlType.TypeTime,
        _ => SqlType.TypeTimestamp,
    };
}
