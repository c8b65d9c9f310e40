using NewsModel.Extraction.Tokens;

namespace NewsModel.Extraction;

/// <summary>Clause boundaries inside a sentence, so a rule reads the parties of its own clause and not of the next.</summary>
internal static class Clauses
{
    /// <summary>
    /// The clause around token <paramref name="at"/>: bounded by ";", by a comma before a linking word (<c>, after which</c>,
    /// <c>, while</c>, <c>, noting</c>), by a dash, or by a quotation's attribution (<c>,” the ministry said</c>).
    /// </summary>
    public static (int First, int End) Around(ExtractionContext context, Sentence sentence, int at)
    {
        var first = sentence.First;
        for (var k = at - 1; k > sentence.First; k--)
        {
            if (IsBoundary(context, k, sentence.End))
            {
                first = k + 1;
                break;
            }
        }

        var end = sentence.End;
        for (var k = at + 1; k < sentence.End; k++)
        {
            if (IsBoundary(context, k, sentence.End))
            {
                end = k;
                break;
            }
        }

        return (first, end);
    }

    /// <summary>
    /// Where a trailing attribution starts (<c>…, Mansour told reporters.</c>, <c>…, the ministry said.</c>,
    /// <c>…, according to the statement.</c>), or the sentence's end when there is none.
    /// </summary>
    public static int AttributionStart(ExtractionContext context, Sentence sentence)
    {
        for (var k = sentence.End - 1; k > sentence.First && k >= sentence.End - 10; k--)
        {
            if (!context.Tokens[k].IsPunctuation(context.Source, ','))
            {
                continue;
            }

            for (var m = k + 1; m < sentence.End && m <= k + 7; m++)
            {
                if (context.Text(m) is "said" or "says" or "told" or "added" or "noted" or "stated" or "according" or "reported")
                {
                    return k;
                }
            }

            return sentence.End;
        }

        return sentence.End;
    }

    /// <summary>"the “2+2” talks": a short quoted term inside a noun phrase, not the end of a quotation.</summary>
    private static bool IsQuotedTerm(ExtractionContext context, int close, int sentenceEnd)
    {
        var tokens = context.Tokens;
        // The word after it is the noun the term modifies; "the “successful conclusion” of the round" ends the quotation.
        if (close + 1 >= sentenceEnd || !tokens[close + 1].IsWord || !tokens[close + 1].IsLower
            || context.Text(close + 1) is "of" or "to" or "in" or "at" or "for" or "and" or "or" or "on" or "by" or "with" or "from" or "as" or "that" or "which")
        {
            return false;
        }

        for (var k = close - 1; k >= 0 && k >= close - 4; k--)
        {
            if (tokens[k].Kind == TokenKind.OpenQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "has not met for two years", "did not agree to": a verb denied by "not", "never" or "n't" one or two words
    /// before it.
    /// </summary>
    public static bool IsNegated(ExtractionContext context, Sentence sentence, int verb)
    {
        for (var k = verb - 1; k >= sentence.First && k >= verb - 2; k--)
        {
            if (context.Text(k) is "not" or "never" or "n't" or "Not" or "Never")
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBoundary(ExtractionContext context, int k, int sentenceEnd)
    {
        var tokens = context.Tokens;
        var token = tokens[k];
        if (token.IsPunctuation(context.Source, ';') || token.IsPunctuation(context.Source, '—') || (token.Kind == TokenKind.CloseQuote && !IsQuotedTerm(context, k, sentenceEnd))
            || (token.IsWord && context.Text(k) is "while" or "whereas")
            || (token.Kind == TokenKind.OpenQuote && k > 0 && tokens[k - 1].IsPunctuation(context.Source, ':')))
        {
            return true;
        }

        // ", and pledged …": a second verb of the same subject starts a new clause.
        if (token.IsPunctuation(context.Source, ',') && k + 2 < sentenceEnd && context.Text(k + 1) is "and" && tokens[k + 2].IsLower
            && context.Text(k + 2) is var verb && verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        return token.IsPunctuation(context.Source, ',') && k + 1 < sentenceEnd && tokens[k + 1].IsWord
            && context.Text(k + 1) is "after" or "which" or "who" or "while" or "whereas" or "but" or "when" or "during" or "where"
                or "noting" or "saying" or "adding" or "according" or "although" or "though" or "as" or "since" or "following" or "amid" or "pursuant" or "giving" or "allowing" or "unlocking" or "taking" or "bringing";
    }
}
