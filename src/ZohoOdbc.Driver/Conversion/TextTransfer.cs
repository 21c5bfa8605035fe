using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Character and binary transfer in pieces (ODBC SQLGetData rules): write what fits, NUL-terminated
/// for text, report the bytes remaining before this call, and continue from there on the next call.
/// Text is never cut inside a UTF-8 sequence or a surrogate pair.
/// </summary>
internal static unsafe class TextTransfer
{
    /// <param name="offset">Bytes of <paramref name="encoded"/> already returned by earlier calls; advanced here.</param>
    /// <param name="text">The encoding for character data (its unit is the NUL size); null for binary data.</param>
    public static TransferOutcome Write(byte[] encoded, OdbcText? text, in CellTarget target, ref long offset)
    {
        if (target.BufferLength < 0)
            throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");

        var remaining = encoded.AsSpan((int)offset);
        target.SetLength(remaining.Length);
        if (target.Data == null) return remaining.Length > 0 ? TransferOutcome.Truncated : TransferOutcome.Complete;

        var terminator = text?.UnitSize ?? 0;
        var room = target.BufferLength - terminator;
        if (text is not null) room -= room % text.UnitSize;
        var fit = (int)Math.Clamp(room, 0, remaining.Length);
        if (text is not null) fit = text.BoundaryAtOrBefore(remaining, fit);

        remaining[..fit].CopyTo(new Span<byte>(target.Data, fit));
        if (terminator > 0 && target.BufferLength >= terminator)
            new Span<byte>((byte*)target.Data + fit, terminator).Clear();

        offset += fit;
        return fit < remaining.Length ? TransferOutcome.Truncated : TransferOutcome.Complete;
    }
}
