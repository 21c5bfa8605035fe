using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>
/// One record of an application descriptor or of the IPD: a bound column or parameter. The
/// IRD's records are computed from the result columns instead (see <see cref="OdbcDescriptor"/>).
/// </summary>
internal sealed class DescriptorRecord
{
    /// <summary>An unbound application record: SQL_C_DEFAULT, no buffers.</summary>
    public static DescriptorRecord Application() => new() { ConciseType = CType.Default, Type = CType.Default };

    /// <summary>An IPD record before SQLBindParameter: no type yet, an input parameter.</summary>
    public static DescriptorRecord Parameter() => new() { ParameterType = ParamIo.Input, Nullable = Sentinels.Nullable };

    public short Type { get; set; }

    public short ConciseType { get; set; }

    public short DateTimeIntervalCode { get; set; }

    public int DateTimeIntervalPrecision { get; set; }

    public nuint Length { get; set; }

    public nint OctetLength { get; set; }

    public short Precision { get; set; }

    public short Scale { get; set; }

    /// <summary>
    /// Whether the application set PRECISION or SCALE itself after declaring the type. If not,
    /// SQL_C_NUMERIC transfers keep the value's own digits instead of the default scale 0, so no
    /// amount is silently rounded.
    /// </summary>
    public bool HasExplicitNumericFormat { get; set; }

    public int NumPrecRadix { get; set; }

    public nint DataPtr { get; set; }

    public nint IndicatorPtr { get; set; }

    public nint OctetLengthPtr { get; set; }

    public short ParameterType { get; set; }

    public short Nullable { get; set; }

    public string Name { get; set; } = "";

    /// <summary>A column is bound when it has a data buffer or a length/indicator buffer.</summary>
    public bool IsBound => DataPtr != 0 || IndicatorPtr != 0 || OctetLengthPtr != 0;

    public DescriptorRecord Clone() => (DescriptorRecord)MemberwiseClone();

    /// <summary>
    /// Declares the record's type from a concise code and resets the fields that depend on it,
    /// as SQLSetDescField's initialization rules say (SQL_DESC_TYPE / SQL_DESC_CONCISE_TYPE).
    /// </summary>
    public void DeclareConciseType(short concise)
    {
        var (verbose, code) = SqlType.Split(concise);
        ConciseType = concise;
        Type = verbose;
        DateTimeIntervalCode = code;
        ResetDependentFields();
    }

    /// <summary>SQL_DESC_TYPE: the verbose code; for datetime and interval types the subcode picks the concise type.</summary>
    public void DeclareVerboseType(short verbose)
    {
        Type = verbose;
        ConciseType = SqlType.Join(verbose, DateTimeIntervalCode) ?? verbose;
        ResetDependentFields();
    }

    /// <summary>SQL_DESC_DATETIME_INTERVAL_CODE: refines a verbose SQL_DATETIME / SQL_INTERVAL type.</summary>
    public void DeclareSubcode(short code)
    {
        DateTimeIntervalCode = code;
        if (Type is SqlType.DateTime or SqlType.Interval && SqlType.Join(Type, code) is { } concise) ConciseType = concise;
        ResetDependentFields();
    }

    private void ResetDependentFields()
    {
        HasExplicitNumericFormat = false;
        switch (ConciseType)
        {
            case SqlType.Char or SqlType.VarChar or SqlType.LongVarChar or SqlType.WChar or SqlType.WVarChar or SqlType.WLongVarChar:
                Length = 1;
                Precision = 0;
                break;
            case SqlType.Decimal or SqlType.Numeric:
                Precision = DefaultNumericPrecision;
                Scale = 0;
                break;
            case SqlType.Float or SqlType.Double or SqlType.Real:
                Precision = ConciseType == SqlType.Real ? (short)24 : (short)53;
                break;
            case SqlType.TypeDate or SqlType.TypeTime or SqlType.Odbc2Time:
                Precision = 0;
                break;
            case SqlType.TypeTimestamp or SqlType.Odbc2Timestamp:
                Precision = 6;
                break;
        }
        if (SqlType.IsInterval(ConciseType))
        {
            DateTimeIntervalPrecision = 2;
            Precision = 6;
        }
    }

    /// <summary>The implementation-defined default precision of DECIMAL / NUMERIC / SQL_C_NUMERIC.</summary>
    public const short DefaultNumericPrecision = 38;
}
