using ZohoOdbc.Driver.Odbc;
using F = ZohoOdbc.Driver.Odbc.DescField;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>The C width of each descriptor field, as SQLGetDescField writes it.</summary>
internal enum DescriptorFieldWidth
{
    SmallInt,
    Integer,
    Len,
    ULen,
    Pointer,
    Text,
}

/// <summary>
/// Which descriptor fields exist, how wide they are, and which descriptor kinds may read or
/// write them (the table of SQLSetDescField). Anything else is HY091.
/// </summary>
internal static class DescriptorFieldRules
{
    private static readonly HashSet<short> Header = [F.AllocType, F.ArraySize, F.ArrayStatusPtr, F.BindOffsetPtr, F.BindType, F.Count, F.RowsProcessedPtr];

    private static readonly HashSet<short> ApplicationReadable =
    [
        F.AllocType, F.ArraySize, F.ArrayStatusPtr, F.BindOffsetPtr, F.BindType, F.Count,
        F.ConciseType, F.DataPtr, F.DateTimeIntervalCode, F.DateTimeIntervalPrecision, F.IndicatorPtr, F.Length,
        F.NumPrecRadix, F.OctetLength, F.OctetLengthPtr, F.Precision, F.Scale, F.Type,
    ];

    private static readonly HashSet<short> ApplicationWritable = [.. ApplicationReadable.Where(f => f != F.AllocType)];

    private static readonly HashSet<short> RowReadable =
    [
        F.AllocType, F.ArrayStatusPtr, F.Count, F.RowsProcessedPtr,
        F.AutoUniqueValue, F.BaseColumnName, F.BaseTableName, F.CaseSensitive, F.CatalogName, F.ConciseType,
        F.DateTimeIntervalCode, F.DateTimeIntervalPrecision, F.DisplaySize, F.FixedPrecScale, F.Label, F.Length,
        F.LiteralPrefix, F.LiteralSuffix, F.LocalTypeName, F.Name, F.Nullable, F.NumPrecRadix, F.OctetLength,
        F.Precision, F.RowVer, F.Scale, F.SchemaName, F.Searchable, F.TableName, F.Type, F.TypeName, F.Unnamed,
        F.Unsigned, F.Updatable,
    ];

    private static readonly HashSet<short> RowWritable = [F.ArrayStatusPtr, F.RowsProcessedPtr];

    private static readonly HashSet<short> ParameterReadable =
    [
        F.AllocType, F.ArrayStatusPtr, F.Count, F.RowsProcessedPtr,
        F.CaseSensitive, F.ConciseType, F.DateTimeIntervalCode, F.DateTimeIntervalPrecision, F.FixedPrecScale,
        F.Length, F.LocalTypeName, F.Name, F.Nullable, F.NumPrecRadix, F.OctetLength, F.ParameterType, F.Precision,
        F.RowVer, F.Scale, F.Type, F.TypeName, F.Unnamed, F.Unsigned,
    ];

    private static readonly HashSet<short> ParameterWritable =
    [
        F.ArrayStatusPtr, F.RowsProcessedPtr, F.Count,
        F.ConciseType, F.DataPtr, F.DateTimeIntervalCode, F.DateTimeIntervalPrecision, F.Length, F.Name,
        F.NumPrecRadix, F.OctetLength, F.ParameterType, F.Precision, F.Scale, F.Type, F.Unnamed,
    ];

    public static bool IsHeader(short field) => Header.Contains(field);

    /// <summary>The field's C width; null for an identifier ODBC does not define.</summary>
    public static DescriptorFieldWidth? Width(short field) => field switch
    {
        F.AllocType or F.Count or F.ConciseType or F.DateTimeIntervalCode or F.FixedPrecScale or F.Nullable
            or F.ParameterType or F.Precision or F.RowVer or F.Scale or F.Searchable or F.Type or F.Unnamed
            or F.Unsigned or F.Updatable => DescriptorFieldWidth.SmallInt,
        F.AutoUniqueValue or F.CaseSensitive or F.DateTimeIntervalPrecision or F.NumPrecRadix or F.BindType => DescriptorFieldWidth.Integer,
        F.DisplaySize or F.OctetLength => DescriptorFieldWidth.Len,
        F.ArraySize or F.Length => DescriptorFieldWidth.ULen,
        F.ArrayStatusPtr or F.BindOffsetPtr or F.RowsProcessedPtr or F.DataPtr or F.IndicatorPtr or F.OctetLengthPtr => DescriptorFieldWidth.Pointer,
        F.BaseColumnName or F.BaseTableName or F.CatalogName or F.Label or F.LiteralPrefix or F.LiteralSuffix
            or F.LocalTypeName or F.Name or F.SchemaName or F.TableName or F.TypeName => DescriptorFieldWidth.Text,
        _ => null,
    };

    public static bool CanRead(DescriptorKind kind, short field) => kind switch
    {
        DescriptorKind.Application => ApplicationReadable.Contains(field),
        DescriptorKind.ImplementationRow => RowReadable.Contains(field),
        _ => ParameterReadable.Contains(field),
    };

    public static bool CanWrite(DescriptorKind kind, short field) => kind switch
    {
        DescriptorKind.Application => ApplicationWritable.Contains(field),
        DescriptorKind.ImplementationRow => RowWritable.Contains(field),
        _ => ParameterWritable.Contains(field),
    };

    /// <summary>Setting any other record field of an application record unbinds it (SQLSetDescField's deferred fields).</summary>
    public static bool KeepsBinding(short field) => field is F.DataPtr or F.IndicatorPtr or F.OctetLengthPtr;
}
