using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Finds quotations in curly or straight quotes, across sentences, and their speakers: after the quote
/// (<c>…,” the ministry said</c>, <c>…,” said Ana Ruiz</c>, <c>…,” it added</c>), before it (<c>Ruiz said: “…”</c>), or
/// the sentence's subject for a quoted fragment (<c>the ministry said the sides stressed the “need …”</c>).
/// </summary>
/// <remarks>
/// A quotation left open at the end of its paragraph runs to the paragraph's end, as news style continues a quote in the
/// next paragraph. A pronoun (<c>it</c>, <c>he</c>, <c>she</c>) points at the previous quotation's speaker.
/// </remarks>
internal sealed class QuoteRecognizer : ExtractionRule
{
    private const int MaxSpeakerTokens = 10;

    public override int Order => 450;

    public override void Run(ExtractionContext context)
    {
        var tokens = context.Tokens;
        QuoteValue? previous = null;

        // Where the last non-empty paragraph before this one starts, kept as the loop goes, so that a paragraph of
        // quotation does not look back over every paragraph before it.
        var previousParagraphStart = 0;
        foreach (var (first, end) in context.ParagraphTokens)
        {
            for (var i = first; i < end; i++)
            {
                if (tokens[i].Kind != TokenKind.OpenQuote)
                {
                    continue;
                }

                var close = FindClose(context, i, end);
                if (close < 0 && i != first)
                {
                    continue;
                }

                var textEnd = close < 0 ? end : close;
                if (textEnd <= i + 1)
                {
                    continue;
                }

                // The comma before the closing quote belongs to the sentence around the quote, not to the words quoted.
                var last = textEnd - 1;
                while (last > i + 1 && tokens[last].IsPunctuation(context.Source, ','))
                {
                    last--;
                }

                var start = tokens[i + 1].Start;
                var stop = tokens[last].End;
                var quote = context.NewQuote(start, stop, i + 1, textEnd);
                ResolveSpeaker(context, quote, i, close < 0 ? end : close, first, end, previous);
                if (quote.Speaker is null)
                {
                    AccordingTo(context, quote, close < 0 ? end : close, end, previous);
                }

                // A paragraph that is all quotation, right after a quoted paragraph, continues that speaker.
                if (quote.Speaker is null && i == first && (close < 0 || close == end - 1 || (close == end - 2 && context.Tokens[end - 1].Kind == TokenKind.Punctuation))
                    && previous is not null && previous.Span.Start >= previousParagraphStart)
                {
                    quote.Speaker = previous.Speaker;
                    quote.SpeakerSpan = previous.SpeakerSpan;
                    quote.SpeakerPerson = previous.SpeakerPerson;
                    quote.SpeakerOrganization = previous.SpeakerOrganization;
                    quote.SpeakerPlace = previous.SpeakerPlace;
                }

                context.Quotes.Add(quote);
                previous = quote.Speaker is null ? previous : quote;
                i = textEnd;
            }

            if (end > first)
            {
                previousParagraphStart = tokens[first].Start;
            }
        }
    }

    /// <summary>"… the “successful conclusion” of the talks, according to the foreign office.": the sentence's source.</summary>
    private static void AccordingTo(ExtractionContext context, QuoteValue quote, int from, int end, QuoteValue? previous)
    {
        for (var k = from; k + 2 < end; k++)
        {
            if (context.Tokens[k].IsPunctuation(context.Source, '.'))
            {
                return;
            }

            if (context.Text(k) is "according" && context.Text(k + 1) is "to")
            {
                Assign(context, quote, k + 2, PhraseEnd(context, k + 2, end), previous);
                return;
            }
        }
    }

    private static int FindClose(ExtractionContext context, int open, int end)
    {
        var opener = context.Source[context.Tokens[open].Start];
        for (var k = open + 1; k < end; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.CloseQuote && Matches(opener, context.Source[context.Tokens[k].Start]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool Matches(char opener, char closer) => opener switch
    {
        '“' => closer is '”' or '"',
        '"' => closer is '"' or '”',
        '‘' => closer is '’' or '\'',
        _ => false,
    };

    private static void ResolveSpeaker(ExtractionContext context, QuoteValue quote, int open, int close, int first, int end, QuoteValue? previous)
    {
        var tokens = context.Tokens;

        // After: ,” the Pakistani foreign ministry said. / ,” said Ana Ruiz. / ,” it added. / ,” according to officials.
        var k = close + 1;
        if (k < end && tokens[k].IsPunctuation(context.Source, ','))
        {
            k++;
        }

        if (close < end && k < end)
        {
            var verb = FindVerb(context, k, Math.Min(end, k + MaxSpeakerTokens + 1));
            if (verb == k && verb + 1 < end)
            {
                // ,” said Ana Ruiz, the bank’s director.
                var phraseEnd = verb + 1;
                while (phraseEnd < end && phraseEnd - verb <= MaxSpeakerTokens && !tokens[phraseEnd].IsPunctuation(context.Source, ',')
                    && !tokens[phraseEnd].IsPunctuation(context.Source, '.'))
                {
                    phraseEnd++;
                }

                Assign(context, quote, verb + 1, phraseEnd, previous);
                return;
            }

            if (verb > k)
            {
                Assign(context, quote, k, verb, previous);
                return;
            }

            if (k + 2 < end && context.Text(k) is "according" && context.Text(k + 1) is "to")
            {
                Assign(context, quote, k + 2, PhraseEnd(context, k + 2, end), previous);
                return;
            }
        }

        // Before: Ana Ruiz said: “…” / the ministry said the two sides stressed the “…”.
        for (var v = open - 1; v >= first; v--)
        {
            if (tokens[v].Kind is TokenKind.CloseQuote)
            {
                break;
            }

            if (IsAttributionVerb(context, v))
            {
                var phraseStart = v - 1;
                while (phraseStart > first && v - phraseStart < MaxSpeakerTokens && !tokens[phraseStart - 1].IsPunctuation(context.Source, ',')
                    && !tokens[phraseStart - 1].IsPunctuation(context.Source, '.') && tokens[phraseStart - 1].Kind != TokenKind.CloseQuote)
                {
                    phraseStart--;
                }

                // "Ana Ruiz, the bank’s country director, said: “…”": the apposition's head is the speaker.
                if (phraseStart >= first + 2 && context.Tokens[phraseStart - 1].IsPunctuation(context.Source, ',')
                    && context.AnnotationAt(phraseStart - 2) is { Kind: AnnotationKind.Person } head && head.End == phraseStart - 1)
                {
                    phraseStart = head.First;
                    while (v - 1 > phraseStart && context.Tokens[v - 1].IsPunctuation(context.Source, ','))
                    {
                        v--;
                    }
                }

                if (phraseStart < v)
                {
                    Assign(context, quote, phraseStart, v, previous);
                }

                return;
            }
        }
    }

    private static int PhraseEnd(ExtractionContext context, int from, int end)
    {
        var k = from;
        while (k < end && k - from < MaxSpeakerTokens && !context.Tokens[k].IsPunctuation(context.Source, '.') && !context.Tokens[k].IsPunctuation(context.Source, ','))
        {
            k++;
        }

        return k;
    }

    private static int FindVerb(ExtractionContext context, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (IsSpeechVerb(context, k))
            {
                return k;
            }

            if (context.Tokens[k].IsPunctuation(context.Source, '.') || context.Tokens[k].Kind is TokenKind.OpenQuote)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Verbs that attribute what follows to their subject: "X said the sides …".</summary>
    private static bool IsAttributionVerb(ExtractionContext context, int k) =>
        context.Tokens[k].IsWord && context.Text(k) is "said" or "says" or "told" or "added" or "noted" or "stated" or "announced" or "wrote";

    private static bool IsSpeechVerb(ExtractionContext context, int k) =>
        context.Tokens[k].IsWord && context.Text(k) is "said" or "says" or "added" or "adds" or "told" or "noted" or "stated" or "stressed"
            or "emphasised" or "emphasized" or "explained" or "announced" or "warned" or "insisted" or "wrote" or "remarked";

    private static void Assign(ExtractionContext context, QuoteValue quote, int first, int end, QuoteValue? previous)
    {
        if (end <= first)
        {
            return;
        }

        var phrase = context.TextOf(first, end);
        quote.Speaker = phrase;
        quote.SpeakerSpan = context.Span(first, end);
        if (end - first == 1 && context.Text(first) is "it" or "he" or "she" or "they" or "It" or "He" or "She" or "They")
        {
            quote.SpeakerPerson = previous?.SpeakerPerson;
            quote.SpeakerOrganization = previous?.SpeakerOrganization;
            quote.SpeakerPlace = previous?.SpeakerPlace;
            quote.Speaker = previous?.Speaker ?? phrase;
            return;
        }

        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Person))
        {
            quote.SpeakerPerson ??= context.People[annotation.Entity];
        }

        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Organization))
        {
            quote.SpeakerOrganization ??= context.Organizations[annotation.Entity];
        }

        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            if (context.Places[annotation.Entity].Kind == PlaceKind.Country)
            {
                quote.SpeakerPlace ??= context.Places[annotation.Entity];
            }
        }

        // A person outranks the organisation named in their title; an organisation outranks a country adjective.
        if (quote.SpeakerPerson is not null)
        {
            quote.SpeakerOrganization = null;
            quote.SpeakerPlace = null;
        }
        else if (quote.SpeakerOrganization is not null)
        {
            quote.SpeakerPlace = null;
        }
        else if (quote.SpeakerPlace is null && end - first <= 3 && context.Text(end - 1) is "bank" or "lender" or "fund")
        {
            // "the bank said": the lender the article is about.
            quote.SpeakerOrganization = context.Organizations.FirstOrDefault(o => o.Kind is OrganizationKind.DevelopmentBank or OrganizationKind.Fund or OrganizationKind.MonetaryFund);
        }
    }
}
