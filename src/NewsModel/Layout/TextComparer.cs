using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>Compares two lines the way a reader would: ignoring case, white space runs and curly versus straight quotes.</summary>
internal static class TextComparer
{
    public static bool SameText(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            i = SkipSpace(a, i, out var spaceA);
            j = SkipSpace(b, j, out var spaceB);
            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            // A white space run matches a white space run of any length, but not its absence.
            if ((spaceA && i > 0) != (spaceB && j > 0) || Fold(a[i]) != Fold(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int index, out bool skipped)
    {
        var start = index;
        while (index < text.Length && TextChars.IsTrimmable(text[index]))
        {
            index++;
        }

        skipped = index > start;
        return index;
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' => '-',
        _ => char.ToUpperInvariant(c),
    };
}
