using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;

namespace NewsModel.Extraction.Extractors;

/// <summary>
/// Builds commitments from their verbs — <c>agreed</c>, <c>decided</c>/<c>resolved</c>, <c>committed</c>,
/// <c>pledged</c>/<c>vowed</c>, <c>assured</c>, <c>urged</c>/<c>called for</c>, <c>stressed</c>/<c>emphasised</c>/
/// <c>underlined</c> — with the committing parties, the action as written, its object and deadline, and the meeting.
/// </summary>
/// <remarks>
/// <c>both sides</c>, <c>the two sides</c>, <c>they</c> and <c>the two countries</c> resolve to the parties of the
/// meeting being reported; <c>the Kenyan side</c> to Kenya; a person to their affiliation; a bare title
/// (<c>the foreign secretary</c>) to the person who holds it. The action runs from the verb to the end of its clause,
/// without a quotation's attribution.
/// </remarks>
internal sealed class CommitmentExtractor : ExtractionRule
{
    public override int Order => 800;

    public override void Run(ExtractionContext context)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            if (!context.SentenceHas(s, WordClass.ModalityCue))
            {
                continue;
            }

            var sentence = context.Sentences[s];
            for (var i = sentence.First; i < sentence.End; i++)
            {
                if ((context.ClassOf(i) & WordClass.ModalityCue) == 0 || Modality(context, sentence, i) is not { } found)
                {
                    continue;
                }

                var (modality, actionStart) = found;
                if (actionStart >= sentence.End || IsNegated(context, sentence, i))
                {
                    continue;
                }

                var actionEnd = ActionEnd(context, sentence, actionStart);
                if (actionEnd <= actionStart)
                {
                    continue;
                }

                var draft = new CommitmentDraft
                {
                    Modality = modality,
                    Action = context.TextOf(actionStart, actionEnd),
                    Span = context.SentenceSpan(sentence),
                    Sentence = s,
                };
                draft.Note("modality", context.Span(i, actionStart > i + 1 && !context.Tokens[actionStart - 1].IsWord ? i + 1 : Math.Max(i + 1, actionStart)), nameof(CommitmentExtractor) + ".Verb");
                draft.Note("action", context.Span(actionStart, actionEnd), nameof(CommitmentExtractor) + ".Action");
                var meeting = MeetingFor(context, s);
                draft.Meeting = meeting;
                ReadParties(context, sentence, i, draft, meeting);
                ReadObject(context, draft, actionStart, actionEnd);
                ReadDeadline(context, draft, actionStart, actionEnd);
                meeting?.Commitments.Add(draft);
                context.Drafts.Commitments.Add(draft);
                i = actionEnd - 1;
            }
        }
    }

    /// <summary>The modality a verb expresses and where its action starts.</summary>
    private static (CommitmentModality Modality, int ActionStart)? Modality(ExtractionContext context, Sentence sentence, int i)
    {
        var tokens = context.Tokens;
        if (!tokens[i].IsWord || !tokens[i].IsLower)
        {
            return null;
        }

        var word = context.Text(i);
        var next = i + 1 < sentence.End ? context.Text(i + 1) : default;
        return word switch
        {
            "agreed" or "agree" or "agreeing" when next is "to" or "on" or "that" or "upon" => (CommitmentModality.Agreed, i + 1),
            "decided" or "resolved" or "deciding" or "resolving" when next is "to" or "that" => (CommitmentModality.Decided, i + 1),
            "committed" or "committing" when next is "to" || (next is "themselves" or "itself") => (CommitmentModality.Committed, i + 1),
            "reaffirmed" or "renewed" when next is "their" or "its" or "his" or "her" && i + 2 < sentence.End && context.Text(i + 2) is "commitment" => (CommitmentModality.Committed, i + 3),
            "pledged" or "vowed" or "promised" or "pledging" or "vowing" => (CommitmentModality.Pledged, i + 1),
            "assured" or "assuring" => (CommitmentModality.Assured, i + 1),
            "urged" or "urging" => (CommitmentModality.Urged, i + 1),
            "called" or "calling" when next is "for" => (CommitmentModality.Urged, i + 2),
            "called" when next is "on" or "upon" && CallsToAct(context, sentence, i + 2) => (CommitmentModality.Urged, i + 2),
            "stressed" or "emphasised" or "emphasized" or "underlined" or "underscored" or "highlighted" or "stressing" or "emphasising" or "emphasizing"
                or "underlining" or "underscoring" when next is not ("that" or "how" or "what" or "," or "the") || IsNeed(context, sentence, i + 1)
                => (CommitmentModality.Stressed, StressedActionStart(context, sentence, i)),
            _ => null,
        };
    }

    /// <summary>"stressed the need …", "underlined the importance …": a call to act, not a statement of fact.</summary>
    private static bool IsNeed(ExtractionContext context, Sentence sentence, int k) =>
        k + 1 < sentence.End && context.Text(k) is "the" && context.Text(k + 1) is "need" or "importance" or "necessity" or "urgency" or "significance";

    /// <summary>"stressed the need to …", "stressed on regular engagement": the action starts after the verb (and "on").</summary>
    private static int StressedActionStart(ExtractionContext context, Sentence sentence, int i) =>
        i + 1 < sentence.End && context.Text(i + 1) is "on" or "upon" ? i + 2 : i + 1;

    private static bool CallsToAct(ExtractionContext context, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.End && k < from + 10; k++)
        {
            if (context.Text(k) is "to" && k + 1 < sentence.End && context.Tokens[k + 1].IsLower)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(ExtractionContext context, Sentence sentence, int i) =>
        (i - 1 >= sentence.First && context.Text(i - 1) is "not" or "never" or "n't")
        || (i - 2 >= sentence.First && context.Text(i - 2) is "not" or "never");

    /// <summary>The action ends at the end of its clause: before ", noting", a closing quote or an attribution.</summary>
    private static int ActionEnd(ExtractionContext context, Sentence sentence, int start)
    {
        var tokens = context.Tokens;
        var end = sentence.End;
        for (var k = start; k < sentence.End; k++)
        {
            // "underlined the importance of stability and called for restraint": the next commitment starts at "and".
            if (context.Text(k) is "and" && k + 1 < sentence.End && (context.ClassOf(k + 1) & WordClass.ModalityCue) != 0 && Modality(context, sentence, k + 1) is not null)
            {
                end = k;
                break;
            }

            if (tokens[k].Kind is TokenKind.CloseQuote || Clauses.IsBoundary(context, k, sentence.End)
                || (tokens[k].IsPunctuation(context.Source, ',') && k + 2 < sentence.End && context.Text(k + 1) is "according" or "the" or "it" or "said"
                    && Attribution(context, k + 1, sentence.End)))
            {
                end = k;
                break;
            }
        }

        while (end > start && tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.CloseQuote)
        {
            end--;
        }

        return end;
    }

    private static bool Attribution(ExtractionContext context, int from, int end)
    {
        for (var k = from; k < end && k < from + 8; k++)
        {
            if (context.Text(k) is "said" or "according" or "added" or "stated" or "noted")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The meeting a commitment belongs to: the article's lead event — the first held meeting with two or more parties
    /// reported at or before its sentence. Later background meetings rarely carry the commitments a story reports.
    /// </summary>
    private static MeetingDraft? MeetingFor(ExtractionContext context, int sentence)
    {
        foreach (var meeting in context.Drafts.Meetings)
        {
            if (meeting.Sentence <= sentence && meeting.Status == MeetingStatus.Held && meeting.Parties.Count >= 2)
            {
                return meeting;
            }
        }

        return context.Drafts.Meetings.FirstOrDefault(m => m.Status == MeetingStatus.Held && m.Parties.Count >= 2);
    }

    private static void ReadParties(ExtractionContext context, Sentence sentence, int verb, CommitmentDraft draft, MeetingDraft? meeting)
    {
        // The subject: from the clause start to the verb.
        var (first, _) = Clauses.Around(context, sentence, verb);
        for (var k = verb - 1; k >= sentence.First && k >= first; k--)
        {
            if (context.Tokens[k].Kind is TokenKind.CloseQuote or TokenKind.OpenQuote)
            {
                first = k + 1;
                break;
            }
        }

        // "the ministry said the two sides stressed …": the subject is the nearest one to the verb.
        for (var k = verb - 1; k > first; k--)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "said" or "says" or "that")
            {
                first = k + 1;
                break;
            }
        }

        var subject = context.Chars(first, Math.Max(first + 1, verb));
        if (first < verb && IsGroupReference(context, first, verb) && meeting is not null)
        {
            foreach (var party in meeting.Parties)
            {
                Parties.AddDistinct(draft.Parties, party);
            }

            draft.Note("parties", context.Span(first, verb), nameof(CommitmentExtractor) + ".BothSides");
            return;
        }

        // "X held talks with Y, and pledged …": the partner after "with" is not the one committing.
        var subjectEnd = verb;
        for (var k = first; k < verb; k++)
        {
            if (context.Text(k) is "with" && k > first)
            {
                subjectEnd = k;
                break;
            }
        }

        foreach (var kind in (ReadOnlySpan<AnnotationKind>)[AnnotationKind.Person, AnnotationKind.Organization, AnnotationKind.Place])
        {
            foreach (var annotation in context.AnnotationsIn(first, subjectEnd, kind))
            {
                Parties.AddDistinct(draft.Parties, Parties.Of(context, annotation));
            }
        }

        if (draft.Parties.Count == 0 && first < verb)
        {
            // "The foreign secretary stressed …": the person who holds that title.
            foreach (var person in context.People)
            {
                if (person.Title is { } title && subject.Contains(title, StringComparison.OrdinalIgnoreCase) || (person.Title is { } t2 && t2.Length > 3
                    && subject.EndsWith(t2.Split(' ')[^1], StringComparison.OrdinalIgnoreCase) && subject.Contains(t2.Split(' ')[0], StringComparison.OrdinalIgnoreCase)))
                {
                    Parties.AddDistinct(draft.Parties, Parties.OfPerson(person));
                    break;
                }
            }
        }

        // "the government agreed …", "the authorities assured …": the article's home country.
        if (draft.Parties.Count == 0 && first < verb && context.HasWord(first, verb, "government", "Government", "authorities", "cabinet", "Cabinet")
            && Parties.HomeCountry(context) is { } home)
        {
            Parties.AddDistinct(draft.Parties, home);
        }

        if (draft.Parties.Count > 0 && first < verb)
        {
            draft.Note("parties", context.Span(first, verb), nameof(CommitmentExtractor) + ".Subject");
        }
    }

    private static bool IsGroupReference(ExtractionContext context, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            var word = context.Text(k);
            if (word is "They" or "they" or "sides" or "countries" or "leaders" or "ministers" or "delegations" or "governments" or "nations"
                or "presidents" or "heads" or "parties" or "officials" or "neighbours" or "neighbors" or "premiers" or "chiefs" or "secretaries" or "envoys")
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadObject(ExtractionContext context, CommitmentDraft draft, int start, int end)
    {
        var tokens = context.Tokens;
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsCapitalized || context.IsCovered(k))
            {
                continue;
            }

            var stop = k;
            while (stop < end && tokens[stop].IsWord && (tokens[stop].IsCapitalized || (stop > k && context.Text(stop) is "of" or "on" or "and")) && !context.IsCovered(stop))
            {
                stop++;
            }

            while (stop > k && context.Text(stop - 1) is "of" or "on" or "and")
            {
                stop--;
            }

            if (stop - k >= 2 || (stop - k == 1 && context.Text(k) is "MoU" or "MoUs" or "Agreement" or "Accord" or "Treaty"))
            {
                var from = k >= 1 && context.Text(k - 1) is "the" ? k - 1 : k;
                draft.Object = context.TextOf(from, stop);
                draft.Note("object", context.Span(from, stop), nameof(CommitmentExtractor) + ".Object");
                return;
            }

            k = stop;
        }
    }

    private static void ReadDeadline(ExtractionContext context, CommitmentDraft draft, int start, int end)
    {
        foreach (var annotation in context.AnnotationsIn(start, end, AnnotationKind.Date))
        {
            if (annotation.First > start && context.Text(annotation.First - 1) is "by" or "before" or "within" or "until" || context.Text(annotation.First) is "by" or "before" or "until")
            {
                draft.Deadline = context.Dates[annotation.Entity];
                draft.Note("deadline", draft.Deadline.Mention.Span, draft.Deadline.Rule);
                return;
            }
        }
    }
}
