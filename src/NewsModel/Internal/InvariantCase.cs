namespace NewsModel.Internal;

/// <summary>
/// <see cref="char.ToUpperInvariant"/> and <see cref="char.ToLowerInvariant"/> for characters outside ASCII, remembered
/// per character: the runtime maps such a character through the globalisation library, a call that costs more than
/// the rest of a vocabulary lookup, and the same curly quotes, bullets and dashes come back at every token.
/// </summary>
/// <remarks>
/// Each answer is the runtime's own, computed the first time it is asked for, so results are identical. Characters
/// below <see cref="Cached"/> are remembered (a zero entry means not yet asked: no character outside ASCII maps to
/// U+0000); others go to the runtime every time. Threads may race to fill an entry, but they write the same value,
/// and a char is written whole: safe to share.
/// </remarks>
internal static class InvariantCase
{
    /// <summary>The end of the remembered range: Latin, Greek, Cyrillic and the other alphabets, punctuation, currency signs.</summary>
    private const int Cached = 0x3000;

    private static readonly char[] s_upper = new char[Cached];
    private static readonly char[] s_lower = new char[Cached];

    /// <summary>The invariant upper case of a character that is not ASCII.</summary>
    public static char UpperNonAscii(char c) => c < Cached ? Remembered(s_upper, c, upper: true) : char.ToUpperInvariant(c);

    /// <summary>The invariant lower case of a character that is not ASCII.</summary>
    public static char LowerNonAscii(char c) => c < Cached ? Remembered(s_lower, c, upper: false) : char.ToLowerInvariant(c);

    private static char Remembered(char[] table, char c, bool upper)
    {
        var mapped = table[c];
        if (mapped == '\0')
        {
            mapped = table[c] = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
        }

        return mapped;
    }
}
