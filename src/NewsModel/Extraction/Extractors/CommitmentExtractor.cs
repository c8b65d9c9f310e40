using System.Collections.Frozen;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;

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
        for (var s = 0; s < context.BodySentences; s++)
        {
            if (!context.SentenceHas(s, WordClass.ModalityCue))
            {
                continue;
            }

            var sentence = context.Sentences[s];
            CommitmentDraft? previous = null;
            for (var i = sentence.First; i < sentence.End; i++)
            {
                if ((context.ClassOf(i) & WordClass.ModalityCue) == 0 || Modality(context, sentence, i) is not { } found)
                {
                    continue;
                }

                var (modality, actionStart, _) = found;
                if (actionStart >= sentence.End || Clauses.IsNegated(context, sentence, i))
                {
                    continue;
                }

                var actionEnd = ActionEnd(context, sentence, actionStart);
                if (actionEnd <= actionStart)
                {
                    continue;
                }

                var draft = context.NewCommitmentDraft();
                draft.Modality = modality;
                draft.Action = context.TextOf(actionStart, actionEnd);
                draft.Span = context.SentenceSpan(sentence);
                draft.Sentence = s;
                draft.Note("modality", context.Span(i, actionStart > i + 1 && !context.Tokens[actionStart - 1].IsWord ? i + 1 : Math.Max(i + 1, actionStart)), nameof(CommitmentExtractor) + ".Verb");
                draft.Note("action", context.Span(actionStart, actionEnd), nameof(CommitmentExtractor) + ".Action");
                var meeting = MeetingFor(context, s);
                draft.Meeting = meeting;
                ReadParties(context, sentence, i, draft, meeting, ownerOf: found.Owner);
                if (draft.Parties.Count == 0 && previous is not null)
                {
                    // "The two sides emphasised …, and agreed to convene …": the second verb shares the first one's subject.
                    draft.Parties.AddRange(previous.Parties);
                    draft.Note("parties", previous.SpanOf("parties") ?? previous.Span, nameof(CommitmentExtractor) + ".SameSubject");
                }

                previous = draft;
                ReadObject(context, draft, actionStart, actionEnd);
                ReadDeadline(context, draft, actionStart, actionEnd);
                meeting?.Commitments.Add(draft);
                context.Drafts.Commitments.Add(draft);
                i = actionEnd - 1;
            }
        }
    }

    /// <summary>The modality a verb expresses and where its action starts.</summary>
    private static (CommitmentModality Modality, int ActionStart, int Owner)? Modality(ExtractionContext context, Sentence sentence, int i)
    {
        if (CommitmentOf(context, sentence, i) is { } reaffirmed)
        {
            return (CommitmentModality.Committed, reaffirmed.ActionStart, reaffirmed.Owner);
        }

        if (Verb(context, sentence, i) is { } plain)
        {
            return (plain.Modality, plain.ActionStart, -1);
        }

        return null;
    }

    /// <summary>
    /// "reaffirmed the bank’s commitment to supporting …", "reiterated Laos' commitment to the one-China principle",
    /// "renewed its commitment to …": a commitment, whose owner (the token before the possessive) commits.
    /// </summary>
    private static (int ActionStart, int Owner)? CommitmentOf(ExtractionContext context, Sentence sentence, int i)
    {
        if (context.Text(i) is not ("reaffirmed" or "renewed" or "reiterated" or "reaffirming" or "reiterating" or "reaffirm" or "reiterate"))
        {
            return null;
        }

        for (var k = i + 1; k < sentence.End && k <= i + 6; k++)
        {
            if (context.Text(k) is "commitment" or "commitments")
            {
                var owner = k - 1 > i && context.Tokens[k - 1].Kind == TokenKind.Possessive ? k - 2 : -1;
                return (k + 1, owner);
            }

            if (!context.Tokens[k].IsWord && context.Tokens[k].Kind != TokenKind.Possessive)
            {
                return null;
            }
        }

        return null;
    }

    private static (CommitmentModality Modality, int ActionStart)? Verb(ExtractionContext context, Sentence sentence, int i)
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
            // "Staff also agreed on the first review of the arrangement": a step of a lender's programme, not a commitment.
            "agreed" or "agree" or "agreeing" when next is "on" or "upon" && IsProgrammeReview(context, sentence, i + 2) => null,
            "agreed" or "agree" or "agreeing" when next is "to" or "on" or "that" or "upon" => (CommitmentModality.Agreed, i + 1),
            "agreed" when next is "in" or "at" or "during" && ToWithin(context, sentence, i + 2, 4) is { } agreedTo => (CommitmentModality.Agreed, agreedTo),
            "expressed" when ToWithin(context, sentence, i + 1, 3) is { } committedTo && context.HasWord(i + 1, committedTo, "commitment")
                => (CommitmentModality.Committed, committedTo),
            "decided" or "resolved" or "deciding" or "resolving" when next is "to" or "that" => (CommitmentModality.Decided, i + 1),
            "committed" or "committing" when next is "to" || (next is "themselves" or "itself") => (CommitmentModality.Committed, i + 1),
            // "Cairo's promised retreat from state control", "the pledged funds": an adjective, not a promise made.
            "pledged" or "promised" when i > sentence.First && (tokens[i - 1].Kind == TokenKind.Possessive || context.Text(i - 1) is "the" or "its" or "their" or "a" or "his" or "her") => null,
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

    /// <summary>
    /// "agreed in Berlin to hold …", "expressed their commitment to enhancing …": the "to" that starts the action, a few
    /// words on.
    /// </summary>
    private static int? ToWithin(ExtractionContext context, Sentence sentence, int from, int words)
    {
        for (var k = from; k < sentence.End && k < from + words; k++)
        {
            if (context.Text(k) is "to")
            {
                return k;
            }

            if (!context.Tokens[k].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the first review", "the combined second and third reviews": a lender's review of its programme.</summary>
    private static bool IsProgrammeReview(ExtractionContext context, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.End && k < from + 5; k++)
        {
            if (context.Text(k) is "review" or "reviews")
            {
                return k > from && context.Text(k - 1) is not "to";
            }

            if (!context.Tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"stressed the need …", "underlined the importance …": a call to act, not a statement of fact.</summary>
    private static bool IsNeed(ExtractionContext context, Sentence sentence, int k) =>
        k + 1 < sentence.End && context.Text(k) is "the" && context.Text(k + 1) is "need" or "importance" or "necessity" or "urgency" or "significance";

    /// <summary>"stressed the need to …", "stressed on regular engagement": the action starts after the verb (and "on").</summary>
    private static int StressedActionStart(ExtractionContext context, Sentence sentence, int i) =>
        i + 1 < sentence.End && context.Text(i + 1) is "on" or "upon" ? i + 2 : i + 1;

    /// <summary>
    /// "called on Indian firms to invest", "called on the President to release …" urge; "called on the President",
    /// "called on Prime Minister Dovhalenko on Wednesday to discuss …" are courtesy calls.
    /// </summary>
    internal static bool CallsToAct(ExtractionContext context, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.End && k < from + 10; k++)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "to" && k + 1 < sentence.End && context.Tokens[k + 1].IsLower)
            {
                return !(context.Text(k + 1) is "discuss" or "review" or "exchange" or "brief" or "explore" or "deliberate" or "talk" or "convey" or "present"
                    && context.AnnotationsIn(from, k, AnnotationKind.Person).Any());
            }

            if (context.Tokens[k].IsPunctuation(context.Source, ',') || context.Tokens[k].IsPunctuation(context.Source, '.'))
            {
                return false;
            }
        }

        return false;
    }


    /// <summary>The action ends at the end of its clause: before ", noting", a closing quote or an attribution.</summary>
    private static int ActionEnd(ExtractionContext context, Sentence sentence, int start)
    {
        var tokens = context.Tokens;
        var end = Math.Max(start + 1, Clauses.AttributionStart(context, sentence));
        var quotes = 0;
        for (var k = start; k < end; k++)
        {
            // "to launch a “2+2” dialogue": a quotation opened inside the action closes inside it.
            if (tokens[k].Kind == TokenKind.OpenQuote)
            {
                quotes++;
            }
            else if (tokens[k].Kind == TokenKind.CloseQuote && quotes > 0)
            {
                quotes--;
                continue;
            }

            // "underlined the importance of stability and called for restraint": the next commitment starts at "and".
            if (context.Text(k) is "and" && k + 1 < sentence.End && (context.ClassOf(k + 1) & WordClass.ModalityCue) != 0 && Modality(context, sentence, k + 1) is not null)
            {
                end = k;
                break;
            }

            // "… and thanked the Kingdom", "… and said Beijing would …": another verb of the same subject; ", and the two
            // Ministers directed …", ", with the finance minister underscoring …": another subject.
            if ((context.Text(k) is "and" && k + 1 < sentence.End && context.Text(k + 1) is "said" or "says" or "told" or "added" or "thanked" or "welcomed"
                    or "expressed" or "noted" or "praised" or "hailed" or "conveyed" or "invited" or "discussed" or "reviewed" or "signed" or "announced")
                || (tokens[k].IsPunctuation(context.Source, ',') && k + 2 < sentence.End
                    && ((context.Text(k + 1) is "and" && (context.Text(k + 2) is "the" or "both" or "they" or "he" or "she" or "it" || tokens[k + 2].IsCapitalized))
                        || context.Text(k + 1) is "with" or "warning" or "arguing" or "describing")))
            {
                end = k;
                break;
            }

            // "to form a rail council, which is to report by June": what the thing promised will do is part of the
            // promise; ", which is funded by Japan" is not.
            if (tokens[k].IsPunctuation(context.Source, ',') && k + 3 < end && context.Text(k + 1) is "which"
                && (context.Text(k + 2) is "will" or "would" or "shall" || (context.Text(k + 2) is "is" or "are" && context.Text(k + 3) is "to")))
            {
                continue;
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
    /// reported at or before its sentence. Later background meetings rarely carry the commitments a story reports. A
    /// later meeting between other sides that is not dated before the lead event does ("Meeting with the Kazakh
    /// minister, … The two sides agreed …" after talks with another country): a story of several meetings reports each
    /// one's outcome after it.
    /// </summary>
    private static MeetingDraft? MeetingFor(ExtractionContext context, int sentence)
    {
        MeetingDraft? lead = null;
        MeetingDraft? latest = null;
        foreach (var meeting in context.Drafts.Meetings)
        {
            if (meeting.Sentence <= sentence && meeting.Status == MeetingStatus.Held && meeting.Parties.Count >= 2)
            {
                lead ??= meeting;
                // On a tie (the meetings one sentence reports separately) the first read keeps it.
                if (latest is null || meeting.LastMentionAtOrBefore(sentence) > latest.LastMentionAtOrBefore(sentence))
                {
                    latest = meeting;
                }
            }
        }

        if (lead is null)
        {
            return context.Drafts.Meetings.FirstOrDefault(m => m.Status == MeetingStatus.Held && m.Parties.Count >= 2);
        }

        return latest != lead && !SameSides(latest!, lead) && !DatedBefore(latest!, lead) ? latest : lead;
    }

    private static bool SameSides(MeetingDraft one, MeetingDraft other) =>
        one.Parties.Count == other.Parties.Count && one.Parties.TrueForAll(other.Parties.Contains);

    /// <summary>"The two leaders last met in Tokyo in March": a meeting dated before the lead event is background.</summary>
    private static bool DatedBefore(MeetingDraft meeting, MeetingDraft lead) =>
        meeting.Date?.Mention.Value is { } date && lead.Date?.Mention.Value is { } leadDate && date < leadDate
            && (meeting.Date.Mention.Precision == DatePrecision.Day || date.Year < leadDate.Year || date.Month < leadDate.Month);

    private static void ReadParties(ExtractionContext context, Sentence sentence, int verb, CommitmentDraft draft, MeetingDraft? meeting, int ownerOf)
    {
        // "reaffirmed Laos' commitment to …": the owner of the commitment commits.
        if (ownerOf >= 0 && Owner(context, sentence, ownerOf, verb) is { } owner)
        {
            Parties.AddDistinct(draft.Parties, owner.Party);
            draft.Note("parties", owner.Span, nameof(CommitmentExtractor) + ".Owner");
            return;
        }

        var first = SubjectStart(context, sentence, verb);

        // "The governors called for reform to give developing countries a voice, and stressed …": a second verb's
        // subject ends where the first verb starts, so the names in the first action commit nothing.
        var subjectVerb = IsSecondVerb(context, sentence, verb) ? FirstVerb(context, sentence, first, verb) : verb;

        // "The minister thanked Japan for its support and assured …": the one thanked is the object of another verb of
        // the subject, not a side of the commitment.
        subjectVerb = ObjectVerb(context, first, subjectVerb) ?? subjectVerb;
        if (first < verb && CountedInstitutions(context, first, subjectVerb) is { } institutions)
        {
            foreach (var party in institutions.Parties)
            {
                Parties.AddDistinct(draft.Parties, party);
            }

            draft.Note("parties", context.Span(institutions.Start, institutions.Start + 2), nameof(CommitmentExtractor) + ".CountedInstitutions");
            return;
        }

        if (first < verb && GroupReference(context, first, subjectVerb) is { } group
            && (Counted(context, sentence, group, meeting ?? LatestMeeting(context, sentence))?.Parties ?? (IsPair(context, group) ? MostNamedPair(context) : null)) is { } sides)
        {
            // With no held meeting: "Both sides also agreed …" after a planned one, or, with none at all, the two parties
            // the article names most.
            foreach (var party in sides)
            {
                Parties.AddDistinct(draft.Parties, party);
            }

            draft.Note("parties", context.Span(group.Start, group.End), nameof(CommitmentExtractor) + ".BothSides");
            return;
        }

        // "X held talks with Y, and pledged …": the partner after "with" is not the one committing.
        var subjectEnd = subjectVerb;
        for (var k = first; k < subjectVerb; k++)
        {
            // "X held talks with Y, and pledged …"; "Bangladesh, which imports Chinese yarn, also urged …".
            if ((context.Text(k) is "with" && k > first) || (k > first + 1 && context.Text(k) is "which" or "who" && context.Tokens[k - 1].IsPunctuation(context.Source, ',')))
            {
                subjectEnd = k;
                break;
            }
        }

        // "who pledged …": the person the relative clause follows.
        if (first < verb && context.Text(first) is "who" && LastPersonBefore(context, sentence.First, first) is { } antecedent
            && Parties.OfPerson(context.People[antecedent.Entity]) is { } side)
        {
            Parties.AddDistinct(draft.Parties, side);
            draft.Note("parties", context.SpanOfChars(antecedent.Start, antecedent.Start + antecedent.Length), nameof(CommitmentExtractor) + ".Who");
            return;
        }

        // People first, then organisations and places that are not part of someone's title ("The IDB's representative in
        // Colombia, …, called on …" commits the IDB, not Colombia).
        foreach (var kind in (ReadOnlySpan<AnnotationKind>)[AnnotationKind.Person, AnnotationKind.Organization, AnnotationKind.Place])
        {
            foreach (var annotation in context.AnnotationsIn(first, subjectEnd, kind))
            {
                if (kind == AnnotationKind.Person || context.TitleAt(annotation.First) is null)
                {
                    Parties.AddDistinct(draft.Parties, Parties.Of(context, annotation));
                }
            }
        }

        if (draft.Parties.Count == 0 && first < verb && TitleHolder(context, sentence, first, subjectVerb) is { } holder && Parties.OfPerson(holder) is { } office)
        {
            // "The foreign secretary stressed …", "the Minister urged …": the person last named with that title.
            Parties.AddDistinct(draft.Parties, office);
        }

        // "the bank pledged …", "the fund remained committed …": the lender the speaker works for, else the last one named.
        // "Executive Directors called for …", "the Board stressed …", "IMF staff urged …": a lender's board or staff speak
        // for it; a lower-case "board" or "staff" of anyone else does not.
        if (draft.Parties.Count == 0 && first < verb
            && (context.HasWord(first, subjectVerb, "bank", "Bank", "fund", "Fund", "lender", "Directors", "Board") || LenderStaff(context, first, subjectVerb))
            && Lender(context, sentence, verb) is { } lender)
        {
            Parties.AddDistinct(draft.Parties, lender);
        }

        // "the government agreed …", "the authorities assured …": the article's home country.
        if (draft.Parties.Count == 0 && first < verb && context.HasWord(first, subjectVerb, "government", "Government", "authorities", "cabinet", "Cabinet")
            && Parties.HomeCountry(context) is { } home)
        {
            Parties.AddDistinct(draft.Parties, home);
        }

        // "She urged the authorities …": the person named last before the pronoun.
        if (draft.Parties.Count == 0 && first < verb && context.HasWord(first, subjectVerb, "He", "She", "he", "she")
            && LastPersonBefore(context, Math.Max(0, sentence.First - 80), first) is { } named && Parties.OfPerson(context.People[named.Entity]) is { } speaker)
        {
            Parties.AddDistinct(draft.Parties, speaker);
            draft.Note("parties", context.SpanOfChars(named.Start, named.Start + named.Length), nameof(CommitmentExtractor) + ".Pronoun");
            return;
        }

        if (draft.Parties.Count > 0 && first < verb)
        {
            draft.Note("parties", context.Span(first, verb), nameof(CommitmentExtractor) + ".Subject");
        }

    }

    /// <summary>
    /// Where the verb's subject starts: the clause start, after a quotation mark or a reporting "said"/"that"; for a
    /// participle after "with" ("…, with the finance minister underscoring …"), after "with"; for a second verb
    /// ("…, and pledged …"), the clause before it.
    /// </summary>
    private static int SubjectStart(ExtractionContext context, Sentence sentence, int verb)
    {
        var (first, _) = Clauses.Around(context, sentence, verb);

        // "Bangladesh, which spends … on Chinese yarn, also urged …": the relative clause closed at its comma, and the
        // verb belongs to the subject before it.
        if (first > sentence.First && context.Text(first) is "which" or "who")
        {
            var adverbs = verb;
            while (adverbs > first && context.Text(adverbs - 1) is "also" or "then" or "further" or "later")
            {
                adverbs--;
            }

            if (adverbs > first && context.Tokens[adverbs - 1].IsPunctuation(context.Source, ','))
            {
                first = Clauses.Around(context, sentence, first - 1).First;
            }
        }

        for (var k = verb - 1; k >= sentence.First && k >= first; k--)
        {
            // "said the two “agreed to …", "that Islamabad “remains fully committed to …": a quotation that opens in the
            // verb phrase keeps the subject before it.
            if (context.Tokens[k].Kind is TokenKind.CloseQuote or TokenKind.OpenQuote && !(context.Tokens[k].Kind == TokenKind.OpenQuote && OnlyVerbWords(context, k + 1, verb)))
            {
                return k + 1;
            }
        }

        for (var k = verb - 1; k > first; k--)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "said" or "says" or "that")
            {
                return k + 1;
            }

            if (context.Text(k) is "with" && context.Text(verb).EndsWith("ing", StringComparison.Ordinal) && verb - k <= 6)
            {
                return k + 1;
            }
        }

        // ", and pledged …": nothing but a conjunction before the verb in its own clause.
        if (IsBare(context, first, verb) && first > sentence.First)
        {
            // "They called for …, which Thailand chaired until April, and stressed …": past a relative clause.
            var before = Clauses.Around(context, sentence, first - 1).First;
            while (before > sentence.First && context.Text(before) is "which" or "who" or "where" or "when" or "whose" or "according")
            {
                before = Clauses.Around(context, sentence, before - 1).First;
            }

            return before;
        }

        return first;
    }

    /// <summary>", and pledged …": a verb with nothing but a conjunction before it in its own clause.</summary>
    private static bool IsSecondVerb(ExtractionContext context, Sentence sentence, int verb)
    {
        var (first, _) = Clauses.Around(context, sentence, verb);
        return first > sentence.First && first < verb && IsBare(context, first, verb);
    }

    private static bool IsBare(ExtractionContext context, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            if (!(context.Text(k) is "and" or "also" or "then" or "later" || context.Tokens[k].IsPunctuation(context.Source, ',')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Ms. X thanked India …", "Kenya welcomed the two countries' support …": a verb after a named subject whose object
    /// (the one thanked, welcomed or briefed) does not act with it.
    /// </summary>
    private static int? ObjectVerb(ExtractionContext context, int first, int verb)
    {
        for (var k = first + 1; k < verb; k++)
        {
            if (context.Tokens[k].IsWord && context.Tokens[k].IsLower && context.Text(k) is "thanked" or "welcomed" or "praised" or "hailed" or "commended"
                    or "lauded" or "congratulated" or "appreciated" or "told" or "informed" or "briefed" or "invited"
                && (context.AnnotationsIn(first, k, AnnotationKind.Person).Any() || context.AnnotationsIn(first, k, AnnotationKind.Place).Any()
                    || context.AnnotationsIn(first, k, AnnotationKind.Organization).Any()))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The first commitment verb from <paramref name="first"/> on, else <paramref name="verb"/>.</summary>
    private static int FirstVerb(ExtractionContext context, Sentence sentence, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            if ((context.ClassOf(k) & WordClass.ModalityCue) != 0 && Modality(context, sentence, k) is not null)
            {
                return k;
            }
        }

        return verb;
    }

    private static Annotation? LastPersonBefore(ExtractionContext context, int first, int end)
    {
        Annotation? last = null;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Person))
        {
            last = annotation;
        }

        return last;
    }

    /// <summary>"Laos'", "the World Bank's", "the bank's", "our": the party the possessive before "commitment" names.</summary>
    private static (INamedEntity Party, TextSpan Span)? Owner(ExtractionContext context, Sentence sentence, int owner, int verb)
    {
        if (context.AnnotationAt(owner) is { Kind: AnnotationKind.Place or AnnotationKind.Organization or AnnotationKind.Person } annotation
            && Parties.Of(context, annotation) is { } party)
        {
            return (party, context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length));
        }

        if (context.Text(owner) is "bank" or "Bank" or "fund" or "Fund" or "lender" && Lender(context, sentence, verb) is { } lender)
        {
            return (lender, context.Span(owner, owner + 1));
        }

        return null;
    }

    /// <summary>The person last named before the verb whose title has a title word of the subject ("the Minister" → "Minister of Finance").</summary>
    private static PersonEntity? TitleHolder(ExtractionContext context, Sentence sentence, int first, int verb)
    {
        // "The Minister pledged …": the holder the story is about (see Antecedents.Described); "The Finance Minister,
        // Ana Ruiz, pledged …" names its own.
        if (!context.AnnotationsIn(first, verb, AnnotationKind.Person).Any() && Antecedents.Described(context, first, verb) is { } described)
        {
            return context.People[described.Entity];
        }

        for (var k = first; k < verb; k++)
        {
            if (!context.Tokens[k].IsWord || (context.ClassOf(k) & WordClass.TitleStart) == 0 || context.Text(k) is "the" or "The")
            {
                continue;
            }

            var word = context.Text(k);
            PersonEntity? holder = null;
            foreach (var annotation in context.AnnotationsIn(0, verb, AnnotationKind.Person))
            {
                var person = context.People[annotation.Entity];
                if (person.Title is { } title && Antecedents.ContainsWord(title, word))
                {
                    holder = person;
                }
            }

            if (holder is not null)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>
    /// The lender "the bank" or "the fund" means: the one the sentence's speaker works for ("Al-Sayegh said the fund …"),
    /// else the lender named last before the verb.
    /// </summary>
    private static OrganizationEntity? Lender(ExtractionContext context, Sentence sentence, int verb)
    {
        foreach (var annotation in context.AnnotationsIn(sentence.First, verb, AnnotationKind.Person))
        {
            if (context.People[annotation.Entity].AffiliationOrganization is { IsLender: true } employer)
            {
                return employer;
            }
        }

        OrganizationEntity? last = null;
        foreach (var annotation in context.AnnotationsIn(0, verb, AnnotationKind.Organization))
        {
            if (context.Organizations[annotation.Entity].IsLender)
            {
                last = context.Organizations[annotation.Entity];
            }
        }

        return last;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_groups =
        FrozenSet.ToFrozenSet(
            ["sides", "countries", "leaders", "ministers", "delegations", "governments", "nations", "presidents", "heads", "parties", "officials",
                "neighbours", "neighbors", "premiers", "chiefs", "secretaries", "envoys", "delegates"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last meeting of any status with two or more parties reported at or before the sentence.</summary>
    private static MeetingDraft? LatestMeeting(ExtractionContext context, Sentence sentence)
    {
        MeetingDraft? latest = null;
        foreach (var meeting in context.Drafts.Meetings)
        {
            if (meeting.Parties.Count >= 2 && context.Sentences[meeting.Sentence].First <= sentence.First)
            {
                latest = meeting;
            }
        }

        return latest;
    }

    /// <summary>
    /// "The four governments agreed …" after a meeting of two: the latest meeting of as many sides (three or more) as
    /// the number says, when there is one; else <paramref name="meeting"/>.
    /// </summary>
    private static MeetingDraft? Counted(ExtractionContext context, Sentence sentence, (int Start, int End) group, MeetingDraft? meeting)
    {
        var count = 0;
        for (var k = group.Start; k < group.End; k++)
        {
            count = NumberWords.Count(context.Text(k)) ?? count;
        }

        // "The two sides" stays with the meeting at hand: a pair is too common a count to look elsewhere for.
        if (count < 3 || meeting is null || meeting.Parties.Count == count)
        {
            return meeting;
        }

        MeetingDraft? counted = null;
        foreach (var candidate in context.Drafts.Meetings)
        {
            if (candidate.Parties.Count == count && context.Sentences[candidate.Sentence].First <= sentence.First)
            {
                counted = candidate;
            }
        }

        return counted ?? meeting;
    }

    /// <summary>"IMF staff", "the Fund's staff": staff named after a lender.</summary>
    private static bool LenderStaff(ExtractionContext context, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (context.Text(k) is "staff" && (context.AnnotationAt(k - 1) is { Kind: AnnotationKind.Organization }
                || (k >= first + 2 && context.Tokens[k - 1].Kind == TokenKind.Possessive && context.Text(k - 2) is "Fund" or "Bank")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Both sides", "the two": a reference that says there are exactly two.</summary>
    private static bool IsPair(ExtractionContext context, (int Start, int End) group) =>
        context.HasWord(group.Start, group.End, "both", "Both", "two");

    /// <summary>The two countries or organisations the article names most, first named first on a tie.</summary>
    private static List<INamedEntity>? MostNamedPair(ExtractionContext context)
    {
        var counts = new Dictionary<INamedEntity, (int Count, int First)>(ReferenceEqualityComparer.Instance);
        foreach (var kind in (ReadOnlySpan<AnnotationKind>)[AnnotationKind.Organization, AnnotationKind.Place])
        {
            foreach (var annotation in context.AnnotationsIn(0, context.Tokens.Count, kind))
            {
                if (Parties.Of(context, annotation) is { } party && !Parties.IsHeadquarters(context, annotation))
                {
                    counts[party] = counts.TryGetValue(party, out var seen) ? (seen.Count + 1, seen.First) : (1, annotation.First);
                }
            }
        }

        if (counts.Count < 2)
        {
            return null;
        }

        var ranked = counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(2).OrderBy(c => c.Value.First);
        return [.. ranked.Select(c => c.Key)];
    }

    /// <summary>
    /// "The three institutions pledged …", "the two lenders agreed …": the organisations named last before the subject,
    /// as many as its number says; null unless the text names that many.
    /// </summary>
    private static (List<INamedEntity> Parties, int Start)? CountedInstitutions(ExtractionContext context, int first, int verb)
    {
        for (var k = first; k + 1 < verb; k++)
        {
            var count = NumberWords.Count(context.Text(k)) ?? 0;
            if (count == 0 || context.Text(k + 1) is not ("institutions" or "lenders" or "banks" or "funds" or "financiers" or "co-financiers"
                or "organisations" or "organizations" or "agencies"))
            {
                continue;
            }

            // Lenders for "institutions", "banks", "funds": "our Coordination Group partners" in between is no lender.
            var lendersOnly = context.Text(k + 1) is not ("organisations" or "organizations" or "agencies");
            var named = new List<Annotation>();
            foreach (var annotation in context.AnnotationsIn(0, first, AnnotationKind.Organization))
            {
                named.Add(annotation);
            }

            var parties = new List<INamedEntity>(count);
            for (var n = named.Count - 1; n >= 0 && parties.Count < count; n--)
            {
                if (Parties.Of(context, named[n]) is { } party && !parties.Contains(party) && (!lendersOnly || party is OrganizationEntity { IsLender: true }))
                {
                    parties.Add(party);
                }
            }

            if (parties.Count != count)
            {
                return null;
            }

            parties.Reverse();
            return (parties, k);
        }

        return null;
    }

    /// <summary>"Both Ministers", "the two sides", "They": where a reference to the meeting's parties stands, if there is one.</summary>
    private static (int Start, int End)? GroupReference(ExtractionContext context, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            var word = context.Text(k);
            if (word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("we", StringComparison.OrdinalIgnoreCase) || s_groups.Contains(word)
                || (word is "two" && k + 1 == verb)
                // "the four reaffirmed …", "the two “agreed to …": a number standing for the meeting's sides.
                || (word is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" && k > first && context.Text(k - 1) is "the" or "The" or "all"
                    && k + 1 <= verb && (k + 1 == verb || !context.Tokens[k + 1].IsWord || context.Text(k + 1) is "also" or "then" or "have" or "had" or "jointly"
                        || (context.Tokens[k + 1].IsLower && context.Text(k + 1).EndsWith("ed", StringComparison.Ordinal))))
                // "The communiqué called for …", "the joint statement urged …": the meeting's sides speak through it.
                || IsJointText(context, first, k)
                || (word is "It" or "it" && k + 2 == verb && context.Text(k + 1) is "was"))
            {
                var start = k;
                while (start > first && context.Text(start - 1) is "the" or "The" or "both" or "Both" or "two" or "three" or "all" or "their" or "respective"
                    or "foreign" or "finance" or "trade" or "two" or "four")
                {
                    start--;
                }

                return (start, k + 1);
            }
        }

        return null;
    }

    private static bool OnlyVerbWords(ExtractionContext context, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!context.Tokens[k].IsWord || !context.Tokens[k].IsLower || k - first >= 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The communiqué …", "the joint declaration …", "the joint statement …" as a subject; "In a communiqué, the Board
    /// of Governors called for …" names its speaker instead.
    /// </summary>
    private static bool IsJointText(ExtractionContext context, int first, int k)
    {
        var word = context.Text(k);
        if (word is not ("communiqué" or "communique" or "declaration" or "statement"))
        {
            return false;
        }

        var determiner = k - 1;
        if (determiner >= first && context.Text(determiner) is "joint")
        {
            determiner--;
        }
        else if (word is "statement")
        {
            return false;
        }

        return determiner >= first && context.Text(determiner) is "the" or "The";
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
