namespace NewsModel.Text;

/// <summary>Character classes shared by the stages: what counts as white space at the edge of a line or word.</summary>
internal static class TextChars
{
    /// <summary>
    /// White space for trimming: everything <see cref="char.IsWhiteSpace(char)"/> accepts (tabs and non-breaking
    /// spaces included) plus the invisible zero-width space, word joiner and byte order mark that copied pages carry.
    /// </summary>
    public static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Returns the range of <paramref name="text"/> left after trimming <see cref="IsTrimmable"/> characters from both ends.</summary>
    public static (int Start, int Length) Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsTrimmable(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
