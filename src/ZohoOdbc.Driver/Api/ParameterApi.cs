using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Api;

/// <summary>Binding and describing parameters, and data-at-execution.</summary>
internal static unsafe class ParameterApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLBindParameter")]
    public static short BindParameter(nint statement, ushort number, short ioType, short cType, short sqlType, nuint columnSize,
        short decimalDigits, void* data, nint bufferLength, nint* lengthOrIndicator) =>
        Funnel.Statement(statement, s => s.BindParameter(number, ioType, cType, sqlType, columnSize, decimalDigits, data, bufferLength, lengthOrIndicator));

    [UnmanagedCallersOnly(EntryPoint = "SQLNumParams")]
    public static short NumParams(nint statement, short* count) => Funnel.Statement(statement, s => s.NumParams(count));

    [UnmanagedCallersOnly(EntryPoint = "SQLDescribeParam")]
    public static short DescribeParam(nint statement, ushort number, short* dataType, nuint* size, short* decimalDigits, short* nullable) =>
        Funnel.Statement(statement, s => s.DescribeParameter(number, dataType, size, decimalDigits, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLParamData")]
    public static short ParamData(nint statement, nint* token) => Funnel.Statement(statement, s => s.ParamData(token));

    [UnmanagedCallersOnly(EntryPoint = "SQLPutData")]
    public static short PutData(nint statement, void* data, nint length) => Funnel.Statement(statement, s => s.PutData(data, length));
}
