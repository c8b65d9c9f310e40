using NewsModel.Text;

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
            if (c == ' ' || TextChars.IsTrimmable(c))
            {
                space = true;
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            var flags = TokenFlags.None;
            if (char.IsAsciiLetter(c) || char.IsLetter(c))
            {
                i = ScanWord(source, i, end, out flags);
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

            tokens.Add(new Token(tokenStart, i - tokenStart, kind, flags, space));
            space = false;
        }
    }

    /// <summary>Scans a word starting at <paramref name="i"/>, noting how it is written as it goes; returns its end.</summary>
    private static int ScanWord(string source, int i, int end, out TokenFlags flags)
    {
        var start = i;
        var casing = default(Casing);

        // Initialisms: U.S., U.A.E., D.C., a.m.
        if (i + 1 < end && source[i + 1] == '.' && i + 2 < end && char.IsLetter(source[i + 2]) && (i + 3 >= end || !char.IsLetter(source[i + 3])))
        {
            while (i + 1 < end && char.IsLetter(source[i]) && source[i + 1] == '.')
            {
                casing.Add(source[i]);
                i += 2;
                if (i >= end || !char.IsLetter(source[i]) || (i + 1 < end && char.IsLetter(source[i + 1])))
                {
                    break;
                }
            }

            flags = casing.Flags(source[start]);
            return i;
        }

        while (i < end)
        {
            var c = source[i];

            // The common case first: plain ASCII letters.
            if (char.IsAsciiLetter(c))
            {
                casing.Add(c);
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
                casing.Add(c);
                i++;
            }
            else if (c is '-' or '‐' && i + 1 < end && char.IsLetterOrDigit(source[i + 1]))
            {
                casing.Add(c);
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

        flags = casing.Flags(source[start]);
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

    /// <summary>How the letters of a word are written, counted as the word is scanned.</summary>
    private struct Casing
    {
        private int _upper;
        private int _lower;
        private bool _hyphenated;

        public void Add(char c)
        {
            if (char.IsAsciiLetterLower(c))
            {
                _lower++;
            }
            else if (char.IsAsciiLetterUpper(c) || char.IsUpper(c))
            {
                _upper++;
            }
            else if (char.IsLower(c))
            {
                _lower++;
            }
            else if (c == '-')
            {
                _hyphenated = true;
            }
        }

        public readonly TokenFlags Flags(char first)
        {
            var flags = _hyphenated ? TokenFlags.Hyphenated : TokenFlags.None;
            if (char.IsUpper(first))
            {
                flags |= TokenFlags.Capitalized;
            }

            if (_lower == 0 && _upper >= 2)
            {
                flags |= TokenFlags.AllCaps;
            }
            else if (_upper == 0)
            {
                flags |= TokenFlags.Lower;
            }

            return flags;
        }
    }
}
