using NewsModel.Domain;
using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Layout;

/// <summary>
/// Decides what a body line is: a list item (<c>• …</c>), a closing wire credit (<c>—APP</c>, <c>(AFP)</c>,
/// <c>— Reuters</c>, <c>With input from Reuters</c>), a short subheading (<c>Debt relief talks</c>) or running text.
/// </summary>
internal static class ParagraphBlockParser
{
    private const int MaxSubheadingLength = 70;
    private const int MaxSubheadingWords = 9;
    private const int MaxCreditLength = 40;
    private const int MaxCreditWords = 4;

    private static readonly string[] s_creditOpenings =
    [
        "With input from", "With inputs from", "With additional input from", "Additional reporting by", "Reporting by",
        "Writing by", "Editing by", "Compiled by", "Agencies", "With agency inputs",
    ];

    /// <summary>Classifies a trimmed body line; <paramref name="textOffset"/> is where its text starts (after a bullet).</summary>
    public static ParagraphKind Classify(ReadOnlySpan<char> content, bool isFirst, bool isLast, out int textOffset)
    {
        textOffset = 0;
        if (isLast && IsWireCredit(content))
        {
            return ParagraphKind.WireCredit;
        }

        if (HighlightBlockParser.TryReadBullet(content, out textOffset))
        {
            return ParagraphKind.ListItem;
        }

        return !isFirst && IsSubheading(content) ? ParagraphKind.Subheading : ParagraphKind.Body;
    }

    public static bool IsWireCredit(ReadOnlySpan<char> content)
    {
        foreach (var opening in s_creditOpenings)
        {
            if (content.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && content.Length <= opening.Length + MaxCreditLength)
            {
                return true;
            }
        }

        var inner = content;
        if (content.Length > 2 && content[0] == '(' && content[^1] == ')')
        {
            inner = content[1..^1];
        }
        else if (content.Length > 1 && content[0] is '—' or '–' or '-' or '―')
        {
            inner = content[1..];
        }
        else
        {
            return WireAgencies.Contains(content);
        }

        var (start, length) = TextChars.Trim(inner);
        inner = inner.Slice(start, length);
        return inner.Length is > 0 and <= MaxCreditLength && char.IsLetter(inner[0]) && CountWords(inner) <= MaxCreditWords
            && inner[^1] is not ('.' or ',' or ';' or ':');
    }

    public static bool IsSubheading(ReadOnlySpan<char> content) =>
        content.Length is > 0 and <= MaxSubheadingLength
        && (char.IsUpper(content[0]) || char.IsDigit(content[0]))
        && content[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '…' or '"' or '”' or '’' or '\'' or ')')
        && CountWords(content) <= MaxSubheadingWords;

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = TextChars.IsTrimmable(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }
}
