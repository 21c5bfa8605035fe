using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Api;

/// <summary>Descriptor fields and records, and copying descriptors.</summary>
internal static unsafe class DescriptorApi
{
    [UnmanagedCallersOnly(EntryPoint = "SQLGetDescField")]
    public static short GetDescField(nint descriptor, short record, short field, void* value, int bufferLength, int* length) =>
        Funnel.Descriptor(descriptor, d => d.GetField(record, field, OdbcText.Ansi, value, bufferLength, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetDescFieldW")]
    public static short GetDescFieldW(nint descriptor, short record, short field, void* value, int bufferLength, int* length) =>
        Funnel.Descriptor(descriptor, d => d.GetField(record, field, OdbcText.Wide, value, bufferLength, length));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetDescField")]
    public static short SetDescField(nint descriptor, short record, short field, void* value, int bufferLength) =>
        Funnel.Descriptor(descriptor, d => d.SetField(record, field, value, bufferLength, OdbcText.Ansi));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetDescFieldW")]
    public static short SetDescFieldW(nint descriptor, short record, short field, void* value, int bufferLength) =>
        Funnel.Descriptor(descriptor, d => d.SetField(record, field, value, bufferLength, OdbcText.Wide));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetDescRec")]
    public static short GetDescRec(nint descriptor, short record, byte* name, short nameCapacity, short* nameLength,
        short* type, short* subType, nint* length, short* precision, short* scale, short* nullable) =>
        Funnel.Descriptor(descriptor, d => d.GetRecord(record, OdbcText.Ansi, name, nameCapacity, nameLength, type, subType, length, precision, scale, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLGetDescRecW")]
    public static short GetDescRecW(nint descriptor, short record, char* name, short nameCapacity, short* nameLength,
        short* type, short* subType, nint* length, short* precision, short* scale, short* nullable) =>
        Funnel.Descriptor(descriptor, d => d.GetRecord(record, OdbcText.Wide, name, nameCapacity, nameLength, type, subType, length, precision, scale, nullable));

    [UnmanagedCallersOnly(EntryPoint = "SQLSetDescRec")]
    public static short SetDescRec(nint descriptor, short record, short type, short subType, nint length, short precision, short scale,
        void* data, nint* octetLength, nint* indicator) =>
        Funnel.Descriptor(descriptor, d => d.SetRecord(record, type, subType, length, precision, scale, (nint)data, (nint)octetLength, (nint)indicator));

    /// <summary>The target is locked by the funnel; the source is read under its own lock.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SQLCopyDesc")]
    public static short CopyDesc(nint source, nint target) =>
        Handles.HandleRegistry.TryGet<OdbcDescriptor>(source, out var from)
            ? Funnel.Descriptor(target, to =>
            {
                using (from.SyncRoot.EnterScope()) to.CopyFrom(from);
                return Odbc.SqlReturn.Success;
            })
            : Odbc.SqlReturn.InvalidHandle;
}
