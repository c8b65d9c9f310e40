namespace NewsModel.Extraction.Tokens;

/// <summary>
/// Splits text into tokens in one forward pass with no backtracking: words (with inner hyphens, apostrophes and
/// initialism dots), numbers (with inner separators), currency signs, possessive endings, quotation marks and
/// punctuation. White space produces no token; <see cref="Token.SpaceBefore"/> records it.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="source"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string source, int start, int end, List<Token> tokens)
    {
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = source[i];
            if (c == ' ' || char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF')
            {
                space = true;
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            if (char.IsAsciiLetter(c) || char.IsLetter(c))
            {
                i = ScanWord(source, i, end);
                kind = TokenKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(source, i, end);
                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = c switch
                {
                    '$' or '€' or '£' or '¥' or '₹' or '₦' or '৳' or '₨' => TokenKind.Currency,
                    '“' => TokenKind.OpenQuote,
                    '”' => TokenKind.CloseQuote,
                    '"' or '‘' => space || IsOpening(source, tokenStart, start) ? TokenKind.OpenQuote : TokenKind.CloseQuote,
                    '’' or '\'' => ClassifyApostrophe(source, tokenStart, end, ref i),
                    _ => TokenKind.Punctuation,
                };
            }

            tokens.Add(new Token(tokenStart, i - tokenStart, kind, kind == TokenKind.Word ? FlagsOf(source, tokenStart, i) : TokenFlags.None, space));
            space = false;
        }
    }

    private static int ScanWord(string source, int i, int end)
    {
        var start = i;

        // Initialisms: U.S., U.A.E., D.C., a.m.
        if (i + 1 < end && source[i + 1] == '.' && i + 2 < end && char.IsLetter(source[i + 2]) && (i + 3 >= end || !char.IsLetter(source[i + 3])))
        {
            while (i + 1 < end && char.IsLetter(source[i]) && source[i + 1] == '.')
            {
                i += 2;
                if (i >= end || !char.IsLetter(source[i]) || (i + 1 < end && char.IsLetter(source[i + 1])))
                {
                    break;
                }
            }

            return i;
        }

        i = start;
        while (i < end)
        {
            var c = source[i];

            // The common case first: plain ASCII letters.
            if (char.IsAsciiLetter(c))
            {
                i++;
                continue;
            }

            // Letters then digits split: "Rs50", "JPY794", "Sh112" are a currency and a number; "G20" tokenizes the
            // same way in the vocabulary, so phrases still match.
            if (char.IsAsciiDigit(c) && i > start && char.IsLetter(source[i - 1]))
            {
                break;
            }

            if (char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '-' or '‐' && i + 1 < end && char.IsLetterOrDigit(source[i + 1]))
            {
                i++;
            }
            else if (c is '’' or '\'' && i + 1 < end && char.IsLetter(source[i + 1]) && !IsPossessiveS(source, i, end))
            {
                // d’Ivoire, O'Brien — but not the possessive in Pakistan’s.
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string source, int i, int end)
    {
        while (i < end)
        {
            if (char.IsAsciiDigit(source[i]))
            {
                i++;
            }
            else if (source[i] is ',' or '.' && i + 1 < end && char.IsAsciiDigit(source[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static TokenKind ClassifyApostrophe(string source, int at, int end, ref int i)
    {
        if (IsPossessiveS(source, at, end))
        {
            i = at + 2;
            return TokenKind.Possessive;
        }

        // The plural possessive: "the ministers’ meeting".
        if (at > 0 && source[at - 1] == 's' && (at + 1 >= end || !char.IsLetterOrDigit(source[at + 1])) && !IsQuoteOpenBefore(source, at))
        {
            return TokenKind.Possessive;
        }

        return source[at] == '’' || !(at == 0 || char.IsWhiteSpace(source[at - 1])) ? TokenKind.CloseQuote : TokenKind.OpenQuote;
    }

    private static bool IsPossessiveS(string source, int at, int end) =>
        at > 0 && char.IsLetterOrDigit(source[at - 1]) && at + 1 < end && source[at + 1] is 's' or 'S'
        && (at + 2 >= end || !char.IsLetterOrDigit(source[at + 2]));

    /// <summary>Whether a single opening quote (‘) is pending before <paramref name="at"/> on the same line, so ’ closes it.</summary>
    private static bool IsQuoteOpenBefore(string source, int at)
    {
        for (var k = at - 1; k >= 0 && at - k < 200 && source[k] is not ('\n' or '\r'); k--)
        {
            if (source[k] == '‘')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpening(string source, int at, int start) =>
        at == start || source[at - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '“' or '‘';

    private static TokenFlags FlagsOf(string source, int start, int end)
    {
        var flags = TokenFlags.None;
        int upper = 0, lower = 0;
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (char.IsAsciiLetterLower(c))
            {
                lower++;
            }
            else if (char.IsAsciiLetterUpper(c) || char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (c == '-')
            {
                flags |= TokenFlags.Hyphenated;
            }
        }

        if (char.IsUpper(source[start]))
        {
            flags |= TokenFlags.Capitalized;
        }

        if (lower == 0 && upper >= 2)
        {
            flags |= TokenFlags.AllCaps;
        }
        else if (upper == 0)
        {
            flags |= TokenFlags.Lower;
        }

        return flags;
    }
}
