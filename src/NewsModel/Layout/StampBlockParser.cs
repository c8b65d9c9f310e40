using System.Buffers;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// Recognises a stamp line: one or more <c>Published</c>/<c>Updated</c> stamps, each a keyword, an optional
/// <c>:</c> or <c>on</c>, a date in a common form and an optional time of day
/// (<c>Updated 07 July 2025</c>, <c>Published: July 7, 2025 at 3:20 pm</c>,
/// <c>Published 7 Jul 2025, 14:05 PKT | Updated 8 Jul 2025</c>).
/// </summary>
/// <remarks>
/// A line that opens with a keyword but whose date cannot be read still counts as a stamp when what follows is short
/// and holds a digit (<c>Updated 31 February 2025</c>); its date is null and the layout reports
/// <see cref="DiagnosticCodes.StampDateUnreadable"/>. Anything longer is ordinary text, so a body sentence such as
/// <c>Published in 2019, the report found …</c> is never taken for a stamp.
/// </remarks>
internal static class StampBlockParser
{
    private const int MaxUnreadableLength = 40;

    private static readonly SearchValues<char> s_offsetChars = SearchValues.Create("0123456789:");

    private static readonly (string Keyword, StampKind Kind)[] s_keywords =
    [
        ("Last updated", StampKind.Updated),
        ("Last modified", StampKind.Updated),
        ("First published", StampKind.Published),
        ("Updated", StampKind.Updated),
        ("Modified", StampKind.Updated),
        ("Published", StampKind.Published),
        ("Posted", StampKind.Published),
    ];

    /// <summary>Reads a trimmed line as stamps; returns false, adding nothing, when it is not a stamp line.</summary>
    public static bool TryRead(ReadOnlySpan<char> content, List<StampPart> parts)
    {
        var first = parts.Count;
        var position = 0;
        while (position < content.Length)
        {
            if (!TryKeyword(content[position..], out var kind, out var keywordLength))
            {
                break;
            }

            var partStart = position;
            position = SkipSeparators(content, position + keywordLength, allowOn: true);
            if (DateReader.TryRead(content[position..], out var date, out var dateLength))
            {
                position = SkipTimeOfDay(content, position + dateLength);
                parts.Add(new StampPart(kind, date, partStart, position - partStart));
                position = SkipSeparators(content, position, allowOn: false);
                continue;
            }

            // An unreadable date: the rest of a short line that has a digit in it.
            var rest = content[position..];
            if (parts.Count == first && rest.Length is > 0 and <= MaxUnreadableLength && rest.IndexOfAnyInRange('0', '9') >= 0)
            {
                parts.Add(new StampPart(kind, null, partStart, content.Length - partStart));
                return true;
            }

            break;
        }

        if (parts.Count > first && position >= content.Length)
        {
            return true;
        }

        parts.RemoveRange(first, parts.Count - first);
        return false;
    }

    /// <summary>
    /// Reads a trimmed header line as stamps: keyword stamps as <see cref="TryRead"/> does, or a line that is only a
    /// date and an optional time of day (<c>April 22, 2025</c>), which gives the published date.
    /// </summary>
    /// <remarks>Only for a line already known to sit in a header: a bare date alone is no evidence of one.</remarks>
    public static bool TryReadHeaderLine(ReadOnlySpan<char> content, List<StampPart> parts) =>
        TryRead(content, parts) || TryReadBare(content, parts);

    /// <summary>Reads a trimmed line that is only a date and an optional time of day as a published stamp with no keyword.</summary>
    public static bool TryReadBare(ReadOnlySpan<char> content, List<StampPart> parts)
    {
        if (content.IsEmpty || !DateReader.TryRead(content, out var date, out var dateLength))
        {
            return false;
        }

        var end = SkipTimeOfDay(content, dateLength);
        if (end != content.Length)
        {
            return false;
        }

        parts.Add(new StampPart(StampKind.Published, date, 0, end));
        return true;
    }

    private static bool TryKeyword(ReadOnlySpan<char> text, out StampKind kind, out int length)
    {
        foreach (var (keyword, keywordKind) in s_keywords)
        {
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
                && (text.Length == keyword.Length || !char.IsLetter(text[keyword.Length])))
            {
                kind = keywordKind;
                length = keyword.Length;
                return true;
            }
        }

        kind = default;
        length = 0;
        return false;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int position, bool allowOn)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (TextChars.IsTrimmable(c) || c is ':' or '|' or '·' or '•' or ',' or ';' or '-' or '–' or '—' or '/')
            {
                position++;
            }
            else if (allowOn && IsWord(text, position, "on"))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>
    /// Skips a time of day and zone after a date: <c>10:45 AM</c>, <c>at 3:20 pm</c>, <c>, 14:05 PKT</c>,
    /// <c>09:12 am (GMT+5)</c>. Returns the position after the time, or <paramref name="position"/> when none follows.
    /// </summary>
    private static int SkipTimeOfDay(ReadOnlySpan<char> text, int position)
    {
        var end = position;
        var cursor = position;
        while (cursor < text.Length)
        {
            while (cursor < text.Length && (TextChars.IsTrimmable(text[cursor]) || text[cursor] is ',' or '(' or ')'))
            {
                cursor++;
            }

            var tokenStart = cursor;
            while (cursor < text.Length && !TextChars.IsTrimmable(text[cursor]) && text[cursor] is not (',' or '(' or ')' or '|'))
            {
                cursor++;
            }

            var token = text[tokenStart..cursor];
            if (token.IsEmpty || !IsTimeToken(token))
            {
                break;
            }

            end = cursor;
        }

        // Keep the closing parenthesis of a zone such as "(GMT+5)".
        while (end < text.Length && text[end] == ')')
        {
            end++;
        }

        return end;
    }

    private static bool IsTimeToken(ReadOnlySpan<char> token)
    {
        if (token.Equals("at", StringComparison.OrdinalIgnoreCase) || token.Equals("hrs", StringComparison.OrdinalIgnoreCase)
            || token.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || token.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
            || token.Equals("am", StringComparison.OrdinalIgnoreCase) || token.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // 10:45, 10.45am, 3:20pm, 14:05:30
        if (char.IsAsciiDigit(token[0]))
        {
            var digits = 0;
            var separators = 0;
            var i = 0;
            for (; i < token.Length && (char.IsAsciiDigit(token[i]) || token[i] is ':' or '.'); i++)
            {
                if (char.IsAsciiDigit(token[i]))
                {
                    digits++;
                }
                else
                {
                    separators++;
                }
            }

            var suffix = token[i..];
            return digits is >= 3 and <= 6 && separators is >= 1 and <= 2
                && (suffix.IsEmpty || suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase));
        }

        // Zones: PKT, GMT, UTC, GMT+5, UTC+05:00, +05:00
        if (token[0] is '+' or '-')
        {
            return token.Length <= 6 && token[1..].IndexOfAnyExcept(s_offsetChars) < 0;
        }

        var letters = 0;
        while (letters < token.Length && char.IsAsciiLetterUpper(token[letters]))
        {
            letters++;
        }

        return letters is >= 2 and <= 5
            && (letters == token.Length || (token[letters] is '+' or '-' && token[(letters + 1)..].IndexOfAnyExcept(s_offsetChars) < 0));
    }

    private static bool IsWord(ReadOnlySpan<char> text, int position, string word) =>
        text[position..].StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (position + word.Length == text.Length || !char.IsLetter(text[position + word.Length]));
}
