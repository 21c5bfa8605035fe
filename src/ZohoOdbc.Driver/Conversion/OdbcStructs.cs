using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>SQL_DATE_STRUCT.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SqlDateStruct
{
    public short Year;
    public ushort Month;
    public ushort Day;
}

/// <summary>SQL_TIME_STRUCT.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SqlTimeStruct
{
    public ushort Hour;
    public ushort Minute;
    public ushort Second;
}

/// <summary>SQL_TIMESTAMP_STRUCT; Fraction is in nanoseconds.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SqlTimestampStruct
{
    public short Year;
    public ushort Month;
    public ushort Day;
    public ushort Hour;
    public ushort Minute;
    public ushort Second;
    public uint Fraction;
}

/// <summary>SQL_NUMERIC_STRUCT: Sign 1 for positive, Value the little-endian scaled integer.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal unsafe struct SqlNumericStruct
{
    public const int ValueBytes = 16;

    public byte Precision;
    public sbyte Scale;
    public byte Sign;
    public fixed byte Value[ValueBytes];
}
