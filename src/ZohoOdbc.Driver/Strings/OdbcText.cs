using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Strings;

/// <summary>
/// The string encoding of one family of entry points: ANSI functions use UTF-8, W functions
/// UTF-16. Every A/W pair shares one implementation that receives the matching instance.
/// </summary>
internal abstract unsafe class OdbcText
{
    public static readonly OdbcText Ansi = new Utf8Text();
    public static readonly OdbcText Wide = new Utf16Text();

    /// <summary>Bytes per code unit: 1 for SQLCHAR, 2 for SQLWCHAR.</summary>
    public abstract int UnitSize { get; }

    /// <summary>Reads an input string given in code units, or NUL-terminated with SQL_NTS; null stays null.</summary>
    public string? Read(void* text, nint length)
    {
        if (text == null) return null;
        if (length == Sentinels.NullTerminated) length = TerminatedLength(text);
        else if (length < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The string length is negative and not SQL_NTS.");
        return Decode(text, checked((int)length));
    }

    /// <summary>Reads an input string whose length is given in bytes (SQLSetConnectAttrW and friends).</summary>
    public string? ReadBytes(void* text, nint byteLength)
    {
        if (text != null && byteLength >= 0 && byteLength % UnitSize != 0)
            throw new OdbcException(OdbcStates.InvalidStringLength, "The length of a wide-character string must be an even number of bytes.");
        return Read(text, byteLength == Sentinels.NullTerminated ? byteLength : byteLength / UnitSize);
    }

    /// <summary>The bytes of <paramref name="value"/> in this encoding, without a terminator.</summary>
    public abstract byte[] Encode(ReadOnlySpan<char> value);

    /// <summary>The encoded byte count of <paramref name="value"/>.</summary>
    public abstract int ByteCount(ReadOnlySpan<char> value);

    /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>, which must be large enough; returns the bytes written.</summary>
    public abstract int Encode(ReadOnlySpan<char> value, Span<byte> destination);

    /// <summary>
    /// Writes <paramref name="value"/> NUL-terminated into a buffer of <paramref name="capacity"/>
    /// units, cutting only at a character boundary. Returns the full length in the same unit and
    /// whether the value was cut; a cut adds 01004 to <paramref name="diagnostics"/> when given.
    /// A null buffer is legal: only the length is reported.
    /// </summary>
    public nint Write(string value, void* buffer, nint capacity, LengthUnit unit, DiagnosticList? diagnostics, out bool truncated)
    {
        var encoded = Encode(value);
        var capacityBytes = unit == LengthUnit.Characters ? capacity * UnitSize : capacity - capacity % UnitSize;
        truncated = false;
        if (buffer != null && capacityBytes > 0)
        {
            var fit = (int)Math.Min(encoded.Length, capacityBytes - UnitSize);
            fit = BoundaryAtOrBefore(encoded, fit);
            encoded.AsSpan(0, fit).CopyTo(new Span<byte>(buffer, fit));
            new Span<byte>((byte*)buffer + fit, UnitSize).Clear();
            truncated = fit < encoded.Length;
        }
        else if (buffer != null)
        {
            truncated = encoded.Length > 0;
        }

        if (truncated)
            diagnostics?.Add(OdbcStates.StringTruncated, "String data, right truncated: the buffer was too small.");
        return unit == LengthUnit.Characters ? encoded.Length / UnitSize : encoded.Length;
    }

    public void Write(string value, void* buffer, nint capacity, LengthUnit unit, short* length, DiagnosticList? diagnostics)
    {
        var full = Write(value, buffer, capacity, unit, diagnostics, out _);
        if (length != null) *length = (short)Math.Min(full, short.MaxValue);
    }

    public void Write(string value, void* buffer, nint capacity, LengthUnit unit, int* length, DiagnosticList? diagnostics)
    {
        var full = Write(value, buffer, capacity, unit, diagnostics, out _);
        if (length != null) *length = (int)Math.Min(full, int.MaxValue);
    }

    /// <summary>The largest prefix length not above <paramref name="limit"/> that ends on a character boundary.</summary>
    public abstract int BoundaryAtOrBefore(ReadOnlySpan<byte> encoded, int limit);

    protected abstract nint TerminatedLength(void* text);

    protected abstract string Decode(void* text, int length);
}
