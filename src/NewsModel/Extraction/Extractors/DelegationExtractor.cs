using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;

namespace NewsModel.Extraction.Extractors;

/// <summary>
/// Finds delegations and their heads: <c>the Kenyan side was led by …</c>, <c>the Ugandan delegation was headed by …</c>,
/// <c>… led the Kenyan delegation</c>, <c>a Kenyan delegation led by …</c>. The head takes the side's country as
/// affiliation when the title gave none. Meetings claim their delegations later.
/// </summary>
internal sealed class DelegationExtractor : ExtractionRule
{
    public override int Order => 600;

    /// <summary>
    /// "The meeting was co-chaired by … Gasimov and … Rakhimov. The Azerbaijani delegation, headed by Gasimov, …": a side
    /// and head already reported are the same delegation, reported once.
    /// </summary>
    private static DelegationDraft New(ExtractionContext context, INamedEntity side, PersonEntity head, Text.TextSpan span, int sentence)
    {
        var draft = context.NewDelegationDraft();
        draft.Side = side;
        draft.Head = head;
        draft.Span = span;
        draft.Sentence = sentence;
        return draft;
    }

    private static bool Reported(List<DelegationDraft> delegations, DelegationDraft draft)
    {
        foreach (var d in delegations)
        {
            if (d.Side == draft.Side && d.Head == draft.Head)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddUnlessReported(ExtractionContext context, DelegationDraft draft)
    {
        if (draft.Head is null || !Reported(context.Drafts.Delegations, draft))
        {
            context.Drafts.Delegations.Add(draft);
        }
    }

    public override void Run(ExtractionContext context)
    {
        var tokens = context.Tokens;
        for (var s = 0; s < context.BodySentences; s++)
        {
            if (!context.SentenceHas(s, WordClass.SideCue))
            {
                continue;
            }

            var sentence = context.Sentences[s];
            ReadCoChairs(context, sentence, s);
            for (var i = sentence.First; i < sentence.End; i++)
            {
                if ((context.ClassOf(i) & WordClass.SideCue) == 0 || context.Text(i) is not ("side" or "delegation" or "team"))
                {
                    continue;
                }

                // The side: "the Pakistani side", "Pakistan’s delegation", "the ADB team"; for "Mori led a delegation
                // that included …", the head's own.
                var side = SideBefore(context, sentence, i);
                var head = side is null ? null : HeadAfter(context, sentence, i, side) ?? HeadBefore(context, sentence, i);
                if (side is null && i - 2 >= sentence.First && context.Text(i - 1) is "a" or "the" or "his" or "her" or "their"
                    && HeadBefore(context, sentence, i) is { } leader && Parties.OfPerson(leader.Person) is { } own)
                {
                    (side, head) = (own, leader);
                }

                if (side is null || head is null)
                {
                    continue;
                }

                var draft = New(context, side, head.Value.Person, context.SentenceSpan(sentence), s);
                draft.Note("side", context.Span(i - 1, i + 1), nameof(DelegationExtractor) + ".Side");
                draft.Note("head", head.Value.Span, nameof(DelegationExtractor) + ".LedBy");
                if (head.Value.Person.TitleSpan is { } titleSpan)
                {
                    draft.Note("headTitle", titleSpan, "PersonRecognizer.Title");
                }

                if ((head.Value.Person.AffiliationPlace is null && head.Value.Person.AffiliationOrganization is null)
                    || head.Value.Person.AffiliationRule.EndsWith(".HomeCountry", StringComparison.Ordinal))
                {
                    if (side is PlaceEntity place)
                    {
                        head.Value.Person.AffiliationPlace = place;
                    }
                    else if (side is OrganizationEntity organization)
                    {
                        head.Value.Person.AffiliationOrganization = organization;
                    }

                    head.Value.Person.AffiliationSpan = context.Span(i - 1, i + 1);
                    head.Value.Person.AffiliationRule = nameof(DelegationExtractor);
                }

                AddUnlessReported(context, draft);
            }
        }
    }

    /// <summary>
    /// "The meeting, co-chaired by A and B, …", "A and B co-chaired the talks", "A and her counterpart, B, led their
    /// respective delegations": each person heads their own side's delegation.
    /// </summary>
    private static void ReadCoChairs(ExtractionContext context, Sentence sentence, int index)
    {
        int first = -1, end = -1;
        for (var k = sentence.First; k < sentence.End; k++)
        {
            var word = context.Text(k);
            if (word is "co-chaired" or "co-chairing" && k + 1 < sentence.End && context.Text(k + 1) is "by")
            {
                (first, end) = (k + 2, Clauses.Around(context, sentence, k + 2).End);
                break;
            }

            // "… led their respective delegations", but not "… signed on behalf of their respective sides".
            if ((word is "co-chaired" or "co-chair" or "co-chairs")
                || (word is "respective" && k + 1 < sentence.End && context.Text(k + 1) is "delegations" or "teams" && k >= 2 && context.Text(k - 2) is "led" or "headed"))
            {
                (first, end) = (Clauses.Around(context, sentence, k).First, k);
                break;
            }
        }

        if (first < 0)
        {
            return;
        }

        var heads = new List<Annotation>();
        context.AnnotationsIn(first, end, AnnotationKind.Person).CopyTo(heads);
        if (heads.Count < 2)
        {
            return;
        }

        foreach (var annotation in heads)
        {
            var person = context.People[annotation.Entity];
            if (Parties.OfPerson(person) is not { } side || context.Drafts.Delegations.Any(d => d.Head == person))
            {
                continue;
            }

            var span = context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length);
            var draft = New(context, side, person, context.SentenceSpan(sentence), index);
            draft.Note("side", person.AffiliationSpan ?? span, person.AffiliationRule.Length > 0 ? person.AffiliationRule : nameof(DelegationExtractor));
            draft.Note("head", span, nameof(DelegationExtractor) + ".CoChair");
            if (person.TitleSpan is { } titleSpan)
            {
                draft.Note("headTitle", titleSpan, "PersonRecognizer.Title");
            }

            AddUnlessReported(context, draft);
        }
    }

    private static INamedEntity? SideBefore(ExtractionContext context, Sentence sentence, int i)
    {
        var k = i - 1;
        if (k >= sentence.First && context.Tokens[k].Kind == TokenKind.Possessive)
        {
            k--;
        }

        if (k < sentence.First)
        {
            return null;
        }

        return context.AnnotationAt(k) is { Kind: AnnotationKind.Place or AnnotationKind.Organization } annotation && annotation.End - 1 == k
            ? Parties.Of(context, annotation)
            : null;
    }

    /// <summary>"… side was led by HEAD", "… delegation, headed by HEAD", "… delegation led by HEAD".</summary>
    private static (PersonEntity Person, Text.TextSpan Span)? HeadAfter(ExtractionContext context, Sentence sentence, int i, INamedEntity side)
    {
        var limit = Math.Min(sentence.End, i + 9);
        for (var k = i + 1; k < limit; k++)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "led" or "headed" or "leading" && k + 1 < sentence.End && context.Text(k + 1) is "by")
            {
                // "The Indonesian delegation was led by the minister and included …": the minister named before.
                if (Antecedents.Described(context, k + 2, sentence.End, side) is { } described)
                {
                    return (context.People[described.Entity], context.SpanOfChars(described.Start, described.Start + described.Length));
                }

                return FirstPerson(context, k + 2, sentence.End);
            }
        }

        return null;
    }

    /// <summary>"HEAD led the Kenyan delegation".</summary>
    private static (PersonEntity Person, Text.TextSpan Span)? HeadBefore(ExtractionContext context, Sentence sentence, int i)
    {
        for (var k = i - 1; k > sentence.First && k >= i - 5; k--)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "led" or "headed")
            {
                foreach (var annotation in context.AnnotationsIn(Math.Max(sentence.First, k - 8), k, AnnotationKind.Person))
                {
                    if (annotation.End <= k && annotation.End >= k - 1)
                    {
                        return (context.People[annotation.Entity], context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length));
                    }
                }
            }
        }

        return null;
    }

    private static (PersonEntity Person, Text.TextSpan Span)? FirstPerson(ExtractionContext context, int from, int end)
    {
        Annotation? best = null;
        foreach (var annotation in context.AnnotationsIn(from, end, AnnotationKind.Person))
        {
            best = annotation;
            break;
        }

        if (best is not { } found)
        {
            return null;
        }

        // The head is the first person after "led by", before any "while the other side …".
        for (var k = from; k < found.First; k++)
        {
            if (context.Text(k) is "while" or "whereas" or "and" && context.Tokens[k - 1].IsPunctuation(context.Source, ','))
            {
                return null;
            }
        }

        return (context.People[found.Entity], context.SpanOfChars(found.Start, found.Start + found.Length));
    }
}
