using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Info;

/// <summary>
/// One SQLGetInfo answer with its C type. The size written depends on the InfoType
/// (SQLUSMALLINT, SQLUINTEGER, SQLULEN or a string): writing 4 bytes into a 2-byte slot would
/// corrupt the caller, so every value carries its own width.
/// </summary>
internal abstract unsafe class InfoValue
{
    public static InfoValue Text(string value) => new TextValue(value);
    public static InfoValue UShort(ushort value) => new FixedValue<ushort>(value);
    public static InfoValue UInt(uint value) => new FixedValue<uint>(value);
    public static InfoValue ULen(nuint value) => new FixedValue<nuint>(value);
    public static InfoValue YesNo(bool value) => new TextValue(value ? "Y" : "N");

    /// <summary>Writes the value; string lengths are in bytes for both GetInfo and GetInfoW.</summary>
    public abstract void Write(OdbcText text, void* buffer, short bufferLength, short* length, DiagnosticList diagnostics);

    private sealed class TextValue(string value) : InfoValue
    {
        public override void Write(OdbcText text, void* buffer, short bufferLength, short* length, DiagnosticList diagnostics) =>
            text.Write(value, buffer, bufferLength, LengthUnit.Bytes, length, diagnostics);
    }

    private sealed class FixedValue<T>(T value) : InfoValue where T : unmanaged
    {
        public override void Write(OdbcText text, void* buffer, short bufferLength, short* length, DiagnosticList diagnostics)
        {
            if (buffer != null) *(T*)buffer = value;
            if (length != null) *length = (short)sizeof(T);
        }
    }
}
