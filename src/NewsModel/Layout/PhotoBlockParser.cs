using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Layout;

/// <summary>
/// Splits a photo caption from its credit. Credits come in parentheses (<c>… 2025. (Foreign Office)</c>,
/// <c>(AFP)</c>), after a dash (<c>… 2025. — Photo via X</c>, <c>— AFP</c>), after a slash (<c>… / Reuters</c>) or
/// as a closing note (<c>… Photo: National Information Office</c>, <c>… File photo</c>). The credit's name is
/// kept without words such as <c>Photo via</c>; a file-photo note is kept as written.
/// </summary>
internal static class PhotoBlockParser
{
    private const int MaxCreditLength = 60;
    private const int MaxCreditWords = 8;

    private static readonly string[] s_creditPrefixes =
    [
        "Photo courtesy of", "Photo courtesy", "Photo credit:", "Photo credit", "Photos courtesy", "Photo via", "Photo by",
        "Photos:", "Photo:", "Photograph:", "Picture:", "Image:", "Courtesy of", "Courtesy", "Credit:", "Source:",
    ];

    private static readonly string[] s_photoNotes = ["File photo", "File image", "File picture", "Handout photo", "Handout", "Representational image", "Screengrab"];

    public static CaptionParts Split(ReadOnlySpan<char> content)
    {
        if (TrySplitParenthesised(content, out var parts) || TrySplitNote(content, out parts)
            || TrySplitAfter(content, "—", out parts) || TrySplitAfter(content, "–", out parts) || TrySplitAfter(content, " - ", out parts)
            || TrySplitAfter(content, " / ", out parts))
        {
            return parts;
        }

        return new CaptionParts(content.Length, -1, 0);
    }

    /// <summary>Reads a line that holds only a credit: <c>(AFP)</c>, <c>Photo: X</c>, <c>— Reuters</c>, <c>File photo</c> or an agency name.</summary>
    public static bool TryReadCreditLine(ReadOnlySpan<char> content, out int start, out int length)
    {
        start = 0;
        length = 0;
        var inner = content;
        var offset = 0;
        if (content.Length > 2 && content[0] == '(' && content[^1] == ')')
        {
            inner = content[1..^1];
            offset = 1;
        }
        else if (content.Length > 1 && content[0] is '—' or '–')
        {
            inner = content[1..];
            offset = 1;
        }

        var (trimStart, trimLength) = TextChars.Trim(inner);
        inner = inner.Slice(trimStart, trimLength);
        offset += trimStart;
        var hasPrefix = StripPrefix(inner, out var nameOffset);
        var isNote = IsPhotoNote(inner);
        if (!IsCreditLike(inner) || !(offset > 0 || hasPrefix || isNote || WireAgencies.Contains(inner)))
        {
            return false;
        }

        start = offset + (isNote ? 0 : nameOffset);
        length = inner.Length - (isNote ? 0 : nameOffset);
        return length > 0;
    }

    private static bool TrySplitParenthesised(ReadOnlySpan<char> content, out CaptionParts parts)
    {
        parts = default;
        if (content.Length < 3 || content[^1] != ')')
        {
            return false;
        }

        var open = content.LastIndexOf('(');
        if (open <= 0 || content[(open + 1)..^1].IndexOfAny('(', ')') >= 0)
        {
            return false;
        }

        var inner = content[(open + 1)..^1];
        var (trimStart, trimLength) = TextChars.Trim(inner);
        inner = inner.Slice(trimStart, trimLength);
        var caption = content[..open].TrimEnd();

        // "(ADB)" after a name is an acronym, not a credit: a credit follows a finished sentence, names an agency or says "photo".
        var hasPrefix = StripPrefix(inner, out var nameOffset);
        if (!IsCreditLike(inner) || !(EndsSentence(caption) || hasPrefix || IsPhotoNote(inner) || WireAgencies.Contains(inner)))
        {
            return false;
        }

        var nameStart = open + 1 + trimStart + (IsPhotoNote(inner) ? 0 : nameOffset);
        parts = new CaptionParts(TrimmedLength(caption), nameStart, trimLength - (nameStart - open - 1 - trimStart));
        return parts.CreditLength > 0;
    }

    private static bool TrySplitNote(ReadOnlySpan<char> content, out CaptionParts parts)
    {
        parts = default;

        // "… in Nairobi. Photo: National Information Office" or "… Saudi Arabia. File photo": a note after a finished sentence.
        for (var i = content.Length - 1; i > 1 && content.Length - i <= MaxCreditLength; i--)
        {
            if (!TextChars.IsTrimmable(content[i - 1]) || !EndsSentence(content[..(i - 1)].TrimEnd()))
            {
                continue;
            }

            var note = content[i..];
            var isNote = IsPhotoNote(note);
            if ((isNote || StripPrefix(note, out _)) && IsCreditLike(note))
            {
                StripPrefix(note, out var nameOffset);
                var nameStart = i + (isNote ? 0 : nameOffset);
                parts = new CaptionParts(TrimmedLength(content[..i]), nameStart, content.Length - nameStart);
                return parts.CreditLength > 0;
            }
        }

        return false;
    }

    private static bool TrySplitAfter(ReadOnlySpan<char> content, string separator, out CaptionParts parts)
    {
        parts = default;
        var at = content.LastIndexOf(separator, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var after = content[(at + separator.Length)..];
        var (trimStart, trimLength) = TextChars.Trim(after);
        after = after.Slice(trimStart, trimLength);
        var caption = content[..at];
        var hasPrefix = StripPrefix(after, out var nameOffset);

        // A dash inside a sentence ("talks — the first in years — ended") is not a credit: require a finished
        // sentence before it, a "Photo" prefix or a known agency after it. A slash credit is short by itself.
        var plausible = separator == " / "
            ? CountWords(after) <= 4
            : EndsSentence(caption.TrimEnd()) || hasPrefix || WireAgencies.Contains(after) || IsPhotoNote(after);
        if (!IsCreditLike(after) || !plausible)
        {
            return false;
        }

        var nameStart = at + separator.Length + trimStart + (IsPhotoNote(after) ? 0 : nameOffset);
        parts = new CaptionParts(TrimmedLength(caption), nameStart, content.Length - nameStart);
        return parts.CreditLength > 0;
    }

    private static bool StripPrefix(ReadOnlySpan<char> text, out int nameOffset)
    {
        foreach (var prefix in s_creditPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length
                && (TextChars.IsTrimmable(text[prefix.Length]) || prefix[^1] == ':'))
            {
                nameOffset = prefix.Length;
                while (nameOffset < text.Length && TextChars.IsTrimmable(text[nameOffset]))
                {
                    nameOffset++;
                }

                return nameOffset < text.Length;
            }
        }

        nameOffset = 0;
        return false;
    }

    private static bool IsPhotoNote(ReadOnlySpan<char> text)
    {
        foreach (var note in s_photoNotes)
        {
            if (text.Equals(note, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCreditLike(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= MaxCreditLength
        && CountWords(text) <= MaxCreditWords
        && char.IsLetterOrDigit(text[0])
        && !HasSentenceBreak(text)
        && text.IndexOfAny('"', '“', '”') < 0;

    /// <summary>Whether a full stop and a space end a sentence inside <paramref name="text"/>; an initial ("R. Kumar") does not.</summary>
    private static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (text[from..].IndexOf(". ", StringComparison.Ordinal) is var at and >= 0)
        {
            var stop = from + at;
            var initial = stop >= 1 && char.IsUpper(text[stop - 1]) && (stop == 1 || TextChars.IsTrimmable(text[stop - 2]));
            if (!initial)
            {
                return true;
            }

            from = stop + 2;
        }

        return false;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '”' or '"' or '’' or ')';

    private static int TrimmedLength(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && TextChars.IsTrimmable(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = TextChars.IsTrimmable(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
