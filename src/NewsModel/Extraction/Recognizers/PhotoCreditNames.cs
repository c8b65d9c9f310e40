using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Reads the photographer a photo credit names: <c>Photo: R. Kumar Das</c> (the layout has dropped <c>Photo:</c>),
/// <c>AFP Photo/Jean Martin</c>, with the agency before the slash. An agency, an office or a service alone
/// (<c>Reuters</c>, <c>Foreign Office</c>, <c>Cabinet press service</c>) names nobody.
/// </summary>
internal static class PhotoCreditNames
{
    private const int MinNameWords = 2;
    private const int MaxNameWords = 4;

    /// <summary>
    /// Finds a personal name in <paramref name="credit"/>: its range, and the range of the agency written before a slash
    /// (length 0 when there is none).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> credit, out (int Start, int Length) name, out (int Start, int Length) agency)
    {
        name = default;
        agency = default;
        var nameStart = 0;
        var slash = credit.IndexOf('/');
        if (slash >= 0)
        {
            // "AP Photo/Jean Martin": an agency, optionally followed by "Photo", before the slash.
            var before = credit[..slash].TrimEnd();
            if (before.EndsWith(" Photo", StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^" Photo".Length].TrimEnd();
            }

            if (!WireAgencies.Contains(before))
            {
                return false;
            }

            agency = (0, before.Length);
            nameStart = slash + 1;
            while (nameStart < credit.Length && TextChars.IsTrimmable(credit[nameStart]))
            {
                nameStart++;
            }
        }

        var text = credit[nameStart..].TrimEnd();
        if (!IsPersonalName(text))
        {
            agency = default;
            return false;
        }

        name = (nameStart, text.Length);
        return true;
    }

    /// <summary>Two to four capitalised words, initials allowed, none of them a known place, title, agency or office word.</summary>
    private static bool IsPersonalName(ReadOnlySpan<char> text)
    {
        var words = 0;
        var fullWords = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (++words > MaxNameWords || word.IsEmpty)
            {
                return false;
            }

            if (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.')
            {
                continue;
            }

            if (!IsNameWord(word) || WireAgencies.Contains(word) || OrganizationHeads.TryGetHead(word, out _) || PortfolioWords.Contains(word)
                || (WordClasses.Of(word) & (WordClass.EntityStart | WordClass.TitleStart)) != 0)
            {
                return false;
            }

            fullWords++;
        }

        return fullWords >= MinNameWords;
    }

    /// <summary>A capital and then lower-case letters, with an inner hyphen or apostrophe ("Al-Amin", "O’Hara").</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = 0;
        for (var k = 1; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsLower(c))
            {
                lower++;
            }
            else if (!(c is '-' or '\'' or '’' && k + 1 < word.Length) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return lower > 0;
    }
}
