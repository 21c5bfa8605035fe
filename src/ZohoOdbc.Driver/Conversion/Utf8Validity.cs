using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Whether text is valid UTF-8, as <see cref="Utf8.IsValid"/> says, with an inline test for short ASCII text first:
/// most values a fetch loop copies are a few dozen ASCII bytes, for which the library call costs more than the test.
/// </summary>
internal static class Utf8Validity
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsValid(ReadOnlySpan<byte> text)
    {
        // Longer text is left to the vectorized library routine.
        if (text.Length > 64) return Utf8.IsValid(text);
        ref var start = ref MemoryMarshal.GetReference(text);
        var i = 0;
        for (; i + sizeof(ulong) <= text.Length; i += sizeof(ulong))
            if ((Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i)) & 0x8080808080808080UL) != 0) return Utf8.IsValid(text);
        for (; i < text.Length; i++)
            if (Unsafe.Add(ref start, i) >= 0x80) return Utf8.IsValid(text);
        return true;
    }
}
