using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>Facts about the SQL_C_* types the driver converts to and from.</summary>
internal static unsafe class CTypeInfo
{
    /// <summary>SQL_C_DEFAULT becomes the column type's default C type.</summary>
    public static short Resolve(short cType, ColumnDescriptor column) =>
        cType == CType.Default ? column.Type.DefaultCType : cType;

    /// <summary>Throws HY003 for a C type the driver does not convert to.</summary>
    public static void Validate(short cType)
    {
        if (cType != CType.Default && !IsKnown(cType))
            throw new OdbcException(OdbcStates.InvalidBufferType, $"The C data type {cType} is not valid.");
    }

    /// <summary>Every C type the driver reads or writes (GUID only as a parameter).</summary>
    public static bool IsKnown(short cType) => cType == CType.Default || IsVariableLength(cType) || FixedSize(cType) > 0;

    public static bool IsVariableLength(short cType) => cType is CType.Char or CType.WChar or CType.Binary;

    /// <summary>Bytes of a fixed-size C type (the column-wise array stride); 0 for variable-length or unknown types.</summary>
    public static int FixedSize(short cType) => cType switch
    {
        CType.Long or CType.SLong or CType.ULong => sizeof(int),
        CType.Short or CType.SShort or CType.UShort => sizeof(short),
        CType.TinyInt or CType.STinyInt or CType.UTinyInt or CType.Bit => sizeof(byte),
        CType.SBigInt or CType.UBigInt => sizeof(long),
        CType.Double => sizeof(double),
        CType.Float => sizeof(float),
        CType.Numeric => sizeof(SqlNumericStruct),
        CType.Date or CType.TypeDate => sizeof(SqlDateStruct),
        CType.Time or CType.TypeTime => sizeof(SqlTimeStruct),
        CType.Timestamp or CType.TypeTimestamp => sizeof(SqlTimestampStruct),
        CType.Guid => sizeof(Guid),
        _ => 0,
    };
}
