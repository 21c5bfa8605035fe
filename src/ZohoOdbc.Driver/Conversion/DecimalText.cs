using System.Globalization;
using System.Runtime.CompilerServices;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// A decimal's text with exactly <c>scale</c> fraction digits, as <see cref="ValueText"/> writes
/// it ("F" + scale, invariant culture), for the fetch loop's typed path. The usual amount (an
/// unscaled value that fits 64 bits, no more fraction digits than the column's scale) is written
/// from its digits, which costs a fraction of decimal's general formatting; anything else
/// (rounding, 96-bit values, negative zero) goes to decimal's own formatting, so the text is
/// always ValueText's.
/// </summary>
[SkipLocalsInit] // Its stack buffers are always written before they are read.
internal static class DecimalText
{
    public static bool TryFormat(decimal value, short scale, Span<char> destination, out int written)
    {
        Span<byte> ascii = stackalloc byte[MaxSimpleLength];
        var length = FormatSimple(value, scale, ascii);
        if (length < 0) return value.TryFormat(destination, out written, ValueText.DecimalFormat(scale), CultureInfo.InvariantCulture);
        written = 0;
        if (length > destination.Length) return false;
        for (var i = 0; i < length; i++) destination[i] = (char)ascii[i];
        written = length;
        return true;
    }

    public static bool TryFormat(decimal value, short scale, Span<byte> destination, out int written)
    {
        Span<byte> ascii = stackalloc byte[MaxSimpleLength];
        var length = FormatSimple(value, scale, ascii);
        if (length < 0) return value.TryFormat(destination, out written, ValueText.DecimalFormat(scale), CultureInfo.InvariantCulture);
        written = 0;
        if (!ascii[..length].TryCopyTo(destination)) return false;
        written = length;
        return true;
    }

    /// <summary>Sign, 20 digits of a 64-bit value, point and up to 38 fraction digits.</summary>
    private const int MaxSimpleLength = 1 + 20 + 1 + MaxScale;

    private const int MaxScale = 38;

    /// <summary>The text in ASCII, or -1 when the value needs decimal's general formatting.</summary>
    private static int FormatSimple(decimal value, short scale, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int valueScale = (byte)(bits[3] >> 16);
        var negative = bits[3] < 0;
        var unscaled = (ulong)(uint)bits[1] << 32 | (uint)bits[0];
        if (bits[2] != 0 || valueScale > scale || scale > MaxScale || (negative && unscaled == 0)) return -1;

        // The unscaled digits, right-aligned, with leading zeros up to one whole digit ("0.05").
        Span<byte> digits = stackalloc byte[32];
        var start = digits.Length;
        do
        {
            var quotient = unscaled / 10;
            digits[--start] = (byte)('0' + (int)(unscaled - quotient * 10));
            unscaled = quotient;
        }
        while (unscaled != 0);
        while (digits.Length - start < valueScale + 1) digits[--start] = (byte)'0';

        var at = 0;
        if (negative) destination[at++] = (byte)'-';
        var whole = digits.Length - start - valueScale;
        digits.Slice(start, whole).CopyTo(destination[at..]);
        at += whole;
        if (scale == 0) return at;
        destination[at++] = (byte)'.';
        digits[(start + whole)..].CopyTo(destination[at..]);
        at += valueScale;
        destination.Slice(at, scale - valueScale).Fill((byte)'0');
        return at + scale - valueScale;
    }
}
