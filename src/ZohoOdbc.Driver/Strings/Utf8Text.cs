using System.Runtime.InteropServices;
using System.Text;

namespace ZohoOdbc.Driver.Strings;

/// <summary>SQLCHAR strings: UTF-8, the locale encoding of unixODBC on Linux.</summary>
internal sealed unsafe class Utf8Text : OdbcText
{
    public override int UnitSize => 1;

    public override byte[] Encode(ReadOnlySpan<char> value)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(value)];
        Encoding.UTF8.GetBytes(value, bytes);
        return bytes;
    }

    public override int ByteCount(ReadOnlySpan<char> value) => Encoding.UTF8.GetByteCount(value);

    public override int Encode(ReadOnlySpan<char> value, Span<byte> destination) => Encoding.UTF8.GetBytes(value, destination);

    /// <summary>Backs off continuation bytes (10xxxxxx) so a multi-byte sequence is never split.</summary>
    public override int BoundaryAtOrBefore(ReadOnlySpan<byte> encoded, int limit)
    {
        if (limit >= encoded.Length) return encoded.Length;
        while (limit > 0 && (encoded[limit] & 0xC0) == 0x80) limit--;
        return limit;
    }

    protected override nint TerminatedLength(void* text) => MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)text).Length;

    protected override string Decode(void* text, int length) => Encoding.UTF8.GetString((byte*)text, length);
}
