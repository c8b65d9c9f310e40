using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Layout;

/// <summary>
/// Recognises the dateline that opens an article body: one or more places, an optional date and wire tag, and a
/// separator — <c>ISLAMABAD:</c>, <c>Islamabad:</c>, <c>LAHORE / KARACHI:</c>, <c>KARACHI (Reuters):</c>,
/// <c>NEW DELHI:</c>, <c>WASHINGTON, July 7 (Reuters) -</c>.
/// </summary>
/// <remarks>
/// Upper-case places are trusted. A mixed-case opening such as <c>Islamabad:</c> is only a dateline when the
/// gazetteer knows the place or a wire tag follows, because <c>Note:</c> or <c>Finance Minister Ali:</c> open
/// ordinary paragraphs too. Labels such as <c>UPDATE:</c> are never datelines.
/// </remarks>
internal static class DatelineBlockParser
{
    private const int MaxPlaceWords = 5;
    private const int MaxWireLength = 40;

    private static readonly string[] s_connectors = ["es", "el", "al", "de", "da", "do", "du", "la", "le", "of", "upon", "am", "an", "der", "di"];

    /// <summary>
    /// Reads the dateline at the start of <paramref name="content"/>, collecting its places in <paramref name="places"/>,
    /// which is cleared first and which the parts then hold: the layout reads a dateline per article with one list.
    /// </summary>
    public static DatelineParts? TryRead(ReadOnlySpan<char> content, List<(int Start, int Length)> places)
    {
        places.Clear();
        var position = 0;
        var allCaps = true;
        while (true)
        {
            var end = ReadPlace(content, position, ref allCaps);
            if (end == position)
            {
                return null;
            }

            places.Add((position, end - position));
            position = end;
            var next = SkipPlaceSeparator(content, position);
            if (next == position)
            {
                break;
            }

            position = next;
        }

        var placesLength = position;
        var length = placesLength;
        position = SkipSpaces(content, position);

        // "WASHINGTON, July 7 (Reuters) -": a date after the place belongs to the dateline, and so does the country or
        // state that locates it ("ABIDJAN, Côte d’Ivoire –", "MANILA, Philippines (AP) —").
        if (position < content.Length && content[position] == ',')
        {
            var dateStart = SkipSpaces(content, position + 1);
            var dateEnd = ReadDate(content, dateStart);
            if (dateEnd == dateStart)
            {
                var ignored = true;
                dateEnd = ReadPlace(content, dateStart, ref ignored);
                if (dateEnd == dateStart || !PlaceNames.Contains(content[dateStart..dateEnd]))
                {
                    return null;
                }
            }

            length = dateEnd;
            position = SkipSpaces(content, dateEnd);
        }

        int wireStart = -1, wireLength = 0;
        if (position < content.Length && content[position] == '(')
        {
            var close = content[position..].IndexOf(')');
            if (close <= 1 || close > MaxWireLength + 1 || content.Slice(position + 1, close - 1).IndexOf('(') >= 0)
            {
                return null;
            }

            var (trimStart, trimLength) = TextChars.Trim(content.Slice(position + 1, close - 1));
            wireStart = position + 1 + trimStart;
            wireLength = trimLength;
            position += close + 1;
            length = position;
            position = SkipSpaces(content, position);
        }

        var separatorEnd = ReadSeparator(content, position, out var isColon);
        if (separatorEnd == position)
        {
            return null;
        }

        var bodyStart = SkipSpaces(content, separatorEnd);
        if (bodyStart == content.Length || (bodyStart == separatorEnd && !isColon))
        {
            return null;
        }

        var first = content.Slice(places[0].Start, places[0].Length);
        if (ParagraphLabels.Contains(first) || ParagraphLabels.Contains(content[..placesLength]))
        {
            return null;
        }

        if (!allCaps)
        {
            // Mixed case needs outside evidence: a known place, or a wire tag as in "Lima (Reuters):".
            var known = false;
            foreach (var (start, placeLength) in places)
            {
                known |= PlaceNames.Contains(content.Slice(start, placeLength));
            }

            if (!known && wireStart < 0)
            {
                return null;
            }

            // "Nairobi —": a known place before a dash opens the body as surely as a colon; a hyphen alone does not.
            if (!isColon && wireStart < 0 && !(known && content[separatorEnd - 1] is '—' or '–'))
            {
                return null;
            }
        }

        return new DatelineParts(placesLength, places, wireStart, wireLength, length, bodyStart);
    }

    /// <summary>Reads one place of up to five words, each capitalised, with connectors such as "es" in "Dar es Salaam".</summary>
    private static int ReadPlace(ReadOnlySpan<char> text, int position, ref bool allCaps)
    {
        var end = position;
        var words = 0;
        var cursor = position;
        while (words < MaxPlaceWords && cursor < text.Length)
        {
            var wordEnd = cursor;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '.' or '\'' or '’' or '-'))
            {
                wordEnd++;
            }

            if (wordEnd == cursor || !char.IsLetter(text[cursor]))
            {
                break;
            }

            var word = text[cursor..wordEnd];

            // "Côte d’Ivoire": an elided article before a capital.
            if (word.Length > 2 && word[0] == 'd' && word[1] is '’' or '\'' && char.IsUpper(word[2]))
            {
                word = word[2..];
            }

            if (char.IsUpper(word[0]))
            {
                allCaps &= !HasLower(word);
                end = wordEnd;
                words++;
            }
            else if (words == 0 || !IsConnector(word))
            {
                break;
            }

            // Continue only across a single space to another word.
            if (wordEnd + 1 < text.Length && text[wordEnd] == ' ' && char.IsLetter(text[wordEnd + 1]))
            {
                cursor = wordEnd + 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int SkipPlaceSeparator(ReadOnlySpan<char> text, int position)
    {
        var cursor = SkipSpaces(text, position);
        if (cursor < text.Length && text[cursor] is '/' or '&')
        {
            return SkipSpaces(text, cursor + 1);
        }

        if (cursor + 4 < text.Length && text.Slice(cursor, 4).SequenceEqual("and ") && char.IsUpper(text[cursor + 4]))
        {
            return cursor + 4;
        }

        return position;
    }

    /// <summary>"July 7", "Sept. 10", "July 7, 2025", "19th August, 2026", "5 June 2025": a date in a dateline.</summary>
    private static int ReadDate(ReadOnlySpan<char> text, int position)
    {
        var end = ReadMonthDay(text, position);
        if (end == position)
        {
            end = ReadDayMonth(text, position);
        }

        if (end == position)
        {
            return position;
        }

        // An optional year: ", 2026" or " 2026".
        var cursor = end < text.Length && text[end] == ',' ? end + 1 : end;
        cursor = SkipSpaces(text, cursor);
        return cursor + 4 <= text.Length && char.IsAsciiDigit(text[cursor]) && char.IsAsciiDigit(text[cursor + 1]) && char.IsAsciiDigit(text[cursor + 2])
            && char.IsAsciiDigit(text[cursor + 3]) && (cursor + 4 == text.Length || !char.IsAsciiDigit(text[cursor + 4]))
            ? cursor + 4
            : end;
    }

    /// <summary>"19th August", "5 June": a day, its ordinal suffix, and a month.</summary>
    private static int ReadDayMonth(ReadOnlySpan<char> text, int position)
    {
        var cursor = position;
        while (cursor < text.Length && cursor - position < 2 && char.IsAsciiDigit(text[cursor]))
        {
            cursor++;
        }

        if (cursor == position)
        {
            return position;
        }

        if (cursor + 2 <= text.Length && text.Slice(cursor, 2) is "st" or "nd" or "rd" or "th")
        {
            cursor += 2;
        }

        var monthStart = SkipSpaces(text, cursor);
        if (monthStart == cursor)
        {
            return position;
        }

        var monthEnd = monthStart;
        while (monthEnd < text.Length && char.IsAsciiLetter(text[monthEnd]))
        {
            monthEnd++;
        }

        return monthEnd > monthStart && Calendar.Month(text[monthStart..monthEnd]) != 0 ? monthEnd : position;
    }

    private static int ReadMonthDay(ReadOnlySpan<char> text, int position)
    {
        var wordEnd = position;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == position || Calendar.Month(text[position..wordEnd]) == 0)
        {
            return position;
        }

        var cursor = wordEnd < text.Length && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
        cursor = SkipSpaces(text, cursor);
        var digits = cursor;
        while (digits < text.Length && digits - cursor < 2 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > cursor ? digits : position;
    }

    private static int ReadSeparator(ReadOnlySpan<char> text, int position, out bool isColon)
    {
        isColon = false;
        if (position >= text.Length)
        {
            return position;
        }

        // "Buenos Aires (EFE).-": a full stop before the dash.
        if (text[position] == '.' && position + 1 < text.Length && text[position + 1] is '-' or '—' or '–')
        {
            position++;
        }

        switch (text[position])
        {
            case ':':
                isColon = true;
                return position + 1;
            case '—' or '–':
                return position + 1;
            case '-':
                return position + 1 < text.Length && text[position + 1] == '-' ? position + 2 : position + 1;
            default:
                return position;
        }
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && TextChars.IsTrimmable(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in s_connectors)
        {
            if (word.Equals(connector, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
