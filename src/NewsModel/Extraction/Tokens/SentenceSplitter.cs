using System.Collections.Frozen;

namespace NewsModel.Extraction.Tokens;

/// <summary>
/// Splits a paragraph's tokens into sentences at <c>.</c>, <c>!</c> or <c>?</c> (with any closing quotes after them)
/// when the next token opens a sentence, but not after abbreviations such as <c>Mr.</c>, <c>Dr.</c> or <c>Dec.</c>, nor
/// after an initial (<c>A. K. M. Sohel</c>).
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sen", "Rep", "Gov", "Jr", "Sr", "Inc", "Co",
        "Corp", "Ltd", "No", "Nos", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Engr", "Adv", "Hon", "approx", "Rs", "Mt", "Ft", "Brig", "Cdr", "Adm", "Amb",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Split(string source, List<Token> tokens, int first, int end, int paragraph, List<Sentence> sentences)
    {
        var start = first;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.Length != 1 || source[token.Start] is not ('.' or '!' or '?'))
            {
                continue;
            }

            // "Mr.", "Dec.", and initials: "A. K. M. Sohel", "George W. Bush".
            if (source[token.Start] == '.' && i > first && !tokens[i].SpaceBefore && tokens[i - 1].IsWord
                && (s_abbreviations.Contains(tokens[i - 1].Text(source)) || (tokens[i - 1].Length == 1 && char.IsUpper(source[tokens[i - 1].Start]))))
            {
                continue;
            }

            var last = i;
            while (last + 1 < end && tokens[last + 1].Kind == TokenKind.CloseQuote && !tokens[last + 1].SpaceBefore)
            {
                last++;
            }

            if (last + 1 < end && !OpensSentence(tokens[last + 1]))
            {
                continue;
            }

            sentences.Add(new Sentence(start, last + 1 - start, paragraph));
            start = last + 1;
            i = last;
        }

        if (start < end)
        {
            sentences.Add(new Sentence(start, end - start, paragraph));
        }
    }

    private static bool OpensSentence(Token next) =>
        next.SpaceBefore && (next.IsCapitalized || next.Kind is TokenKind.OpenQuote or TokenKind.Number or TokenKind.Currency);
}
