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
    /// <summary>
    /// Text in <paramref name="encoding"/>. A value that fits is encoded straight into the buffer;
    /// one that does not is encoded once into <paramref name="state"/> and handed out in pieces.
    /// <paramref name="maxBytes"/> (SQL_ATTR_MAX_LENGTH, 0 = none) cuts the value silently.
    /// </summary>
    public static TransferOutcome WriteText(ReadOnlySpan<char> text, OdbcText encoding, in CellTarget target, ref TransferState state, nuint maxBytes)
    {
        RequireLength(target);
        if (state.Encoded is null && state.Offset == 0)
        {
            var total = encoding.ByteCount(text);
            var capped = maxBytes > 0 && (nuint)total > maxBytes;
            if (!capped)
            {
                if (target.Data == null)
                {
                    target.SetLength(total);
                    return TransferOutcome.Complete;
                }
                if (total + encoding.UnitSize <= target.BufferLength)
                {
                    var written = encoding.Encode(text, new Span<byte>(target.Data, total));
                    new Span<byte>((byte*)target.Data + written, encoding.UnitSize).Clear();
                    target.SetLength(written);
                    state.Offset = written;
                    return TransferOutcome.Complete;
                }
            }
            var encoded = encoding.Encode(text);
            if (capped) Array.Resize(ref encoded, encoding.BoundaryAtOrBefore(encoded, (int)maxBytes));
            state.Encoded = encoded;
        }
        return WritePiece(state.Encoded ?? [], encoding, target, ref state.Offset);
    }

    /// <summary>Binary data (no terminator), in pieces.</summary>
    public static TransferOutcome WriteBytes(byte[] bytes, in CellTarget target, ref TransferState state, nuint maxBytes)
    {
        RequireLength(target);
        if (state.Encoded is null)
        {
            if (maxBytes > 0 && (nuint)bytes.Length > maxBytes) Array.Resize(ref bytes, (int)maxBytes);
            state.Encoded = bytes;
        }
        return WritePiece(state.Encoded, null, target, ref state.Offset);
    }

    /// <summary>
    /// The next piece of <paramref name="encoded"/> from <paramref name="offset"/>: the length
    /// slot gets the bytes remaining before this call; a null buffer only learns that length.
    /// </summary>
    private static TransferOutcome WritePiece(byte[] encoded, OdbcText? text, in CellTarget target, ref long offset)
    {
        var remaining = encoded.AsSpan((int)offset);
        target.SetLength(remaining.Length);
        if (target.Data == null) return TransferOutcome.Complete;

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

    private static void RequireLength(in CellTarget target)
    {
        if (target.BufferLength < 0)
            throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
    }
}
