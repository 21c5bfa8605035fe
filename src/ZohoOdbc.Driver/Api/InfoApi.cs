using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Functions;
using ZohoOdbc.Driver.Info;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>SQLGetInfo and SQLGetFunctions.</summary>
internal static unsafe class InfoApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLGetInfo")]
    public static short GetInfo(nint connection, ushort infoType, void* value, short bufferLength, short* length) =>
        Funnel.Connection(connection, c => InfoRequest.Answer(c, infoType, OdbcText.Ansi, value, bufferLength, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetInfoW")]
    public static short GetInfoW(nint connection, ushort infoType, void* value, short bufferLength, short* length) =>
        Funnel.Connection(connection, c => InfoRequest.Answer(c, infoType, OdbcText.Wide, value, bufferLength, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetFunctions")]
    public static short GetFunctions(nint connection, ushort functionId, ushort* supported) =>
        Funnel.Connection(connection, _ => FunctionBitmap.Fill(functionId, supported));
}
