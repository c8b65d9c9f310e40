using System.Globalization;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Recognizers;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Extractors;

/// <summary>
/// Builds meetings from the clauses that report them — talks, rounds, consultations and dialogues; visits; courtesy
/// calls (<c>called on</c>); phone calls; summits and ministers' meetings — with parties, participants, place, date,
/// level, round, name, topics and whether they were held or are planned. Later mentions of the same meeting
/// (<c>the two sides held the inaugural talks</c>) add to it instead of making another.
/// </summary>
/// <remarks>
/// Parties come from the trigger's own clause: countries by name, adjective or capital, organisations, and the
/// affiliations of the people taking part. A place after <c>in</c> or <c>at</c> is where the meeting took place, not
/// a party; for a visit, the place after <c>to</c> is both. <c>both sides</c>, <c>the two sides</c> and <c>they</c>
/// mean the parties of the meeting being reported.
/// </remarks>
internal sealed class MeetingExtractor : ExtractionRule
{
    // The meeting kinds already read per clause of a sentence, kept per thread with their capacity: the rule itself
    // holds no state between articles.
    [ThreadStatic]
    private static List<(int First, MeetingKind Kind)>? s_clauseKinds;

    public override int Order => 700;

    public override void Run(ExtractionContext context)
    {
        var clauseKinds = s_clauseKinds ??= [];

        // "… issued after the 4th Trilateral Ministers' Meeting here yesterday, the three states …" names no side; "The
        // meeting was chaired by …" in the next sentences does, and the two are one meeting.
        MeetingDraft? unnamed = null;
        for (var s = 0; s < context.BodySentences; s++)
        {
            if (!context.SentenceHas(s, WordClass.MeetingCue))
            {
                continue;
            }

            var sentence = context.Sentences[s];
            var future = DateRecognizer.IsFuture(context, sentence);
            MeetingDraft? previousInSentence = null;
            clauseKinds.Clear();
            for (var i = sentence.First; i < sentence.End; i++)
            {
                if (Trigger(context, sentence, i) is not { } kind || Clauses.IsNegated(context, sentence, i) || IsReferenceSubject(context, sentence, i))
                {
                    continue;
                }

                var (first, end) = Clauses.Around(context, sentence, i);
                if (IsOccasionNoun(context, i, kind) && SidelinesStart(context, sentence, i) is { } sidelines)
                {
                    // "agreed to meet on the sidelines of the G20 summit next month": the summit is a meeting of its own,
                    // beside the one held on its sidelines. "signed … on the sidelines of its Annual Meetings": the
                    // signing parties are not the sides of the occasion.
                    if (context.Text(i) is not ("session" or "sessions"))
                    {
                        AddOccasion(context, sentence, s, first, end, sidelines, i, future);
                    }

                    continue;
                }

                if (clauseKinds.Contains((first, Family(kind) == 0 ? MeetingKind.Talks : kind)))
                {
                    // One meeting of a kind per clause: "held an inaugural round of talks" names one event.
                    continue;
                }

                clauseKinds.Add((first, Family(kind) == 0 ? MeetingKind.Talks : kind));
                var candidate = Read(context, sentence, s, first, end, i, kind, future);
                var separate = context.HasWord(Math.Max(first, i - 3), Math.Min(end, i + 4), "separately", "separate") || WithEach(context, i, end);
                if (candidate.Parties.Count >= 3 && separate)
                {
                    // "met separately with his counterparts from Kazakhstan, India and Iran": one meeting with each.
                    foreach (var part in Separate(context, candidate))
                    {
                        previousInSentence = Mentioned(Place(context, part, previousInSentence, first, end, i, separate: true), s) ?? previousInSentence;
                    }

                    continue;
                }

                var placed = Mentioned(Place(context, candidate, previousInSentence, first, end, i, separate), s);
                if (placed is null && candidate.Parties.Count == 0 && candidate.Status == MeetingStatus.Held
                    && (candidate.Date is not null || candidate.Round is not null))
                {
                    unnamed = candidate;
                }
                else if (unnamed is not null && placed is not null && placed.Parties.Count >= 2 && placed.Status == MeetingStatus.Held
                    && s - unnamed.Sentence <= 2 && IsDefiniteReference(context, first, end))
                {
                    Merge(placed, unnamed);
                    unnamed = null;
                }

                previousInSentence = placed ?? previousInSentence;
            }
        }

        Detail(context.Drafts.Meetings);
        AttachDelegations(context);
        Check(context);
    }

    /// <summary>The kind of meeting a token announces, if it is a trigger.</summary>
    private static MeetingKind? Trigger(ExtractionContext context, Sentence sentence, int i)
    {
        var tokens = context.Tokens;
        if (!tokens[i].IsWord)
        {
            return null;
        }

        var word = context.Text(i);
        var next = i + 1 < sentence.End ? context.Text(i + 1) : default;
        var before = i > sentence.First ? context.Text(i - 1) : default;
        switch (word)
        {
            case "called" when next is "on" or "upon" && !CommitmentExtractor.CallsToAct(context, sentence, i + 2):
            case "call" when next is "on" or "upon" && before is "to" or "will" or "would" && NextIsPerson(context, sentence, i + 2)
                && !CommitmentExtractor.CallsToAct(context, sentence, i + 2):
            case "call" when before is "courtesy":
                return MeetingKind.CallOn;
            case "telephone" or "phone" or "telephonic" or "video" when next is "call" or "conversation" or "talks" or "conference":
            case "telephoned" or "phoned" or "videoconference" or "video-conference":
            case "meeting" or "talks" when before is "virtual" or "online":
            case "phone" or "telephone" when before is "by" && i >= 2 && context.Text(i - 2) is "spoke" or "talked":
                return MeetingKind.PhoneCall;
            case "visiting" when i + 1 < sentence.End && context.Tokens[i + 1].IsLower && next is not ("the" or "a" or "an" or "his" or "her" or "their" or "its"):
                // "assured the visiting team", "the visiting minister": a visitor already reported, not a visit.
                return null;
            case "travel" when next is "to" && before is "will" or "would" or "to" && i + 2 < sentence.End
                && context.AnnotationsIn(i + 2, Math.Min(sentence.End, i + 4), AnnotationKind.Place).Any()
                && !context.HasWord(i + 2, Math.Min(sentence.End, i + 14), "meet", "talks", "attend"):
                // "said he would travel to Cotonou next month to launch work": a planned visit; "will travel to Washington
                // to meet officials of the IMF" is the meeting "meet" reports.
                return MeetingKind.Visit;
            case "visit" or "visited" or "visiting" or "visits" when next is not "visa" && !(before is "site" or "field"):
                return MeetingKind.Visit;
            case "summit" or "Summit":
                return MeetingKind.Summit;
            case "talks" when before is "phone" or "telephone" or "video" or "telephonic":
                // "held phone talks": the call, announced by the word before.
                return null;
            case "dialogue" or "Dialogue" or "mechanism" when IsLaunched(context, sentence, i):
                // "agreed to launch a “2+2” dialogue": a new channel, not a meeting.
                return null;
            case "talks" or "Talks" or "consultations" or "Consultations" or "dialogue" or "Dialogue" or "session":
            case "Session" when i > sentence.First && SidelinesStart(context, sentence, i) is not null:
            case "negotiations" when before is "held" or "hold" or "holding" or "of" or "resumed":
                return MeetingKind.Talks;
            // "The Quad Foreign Ministers’ Meeting, hosted by Secretary of State …" names the host of a meeting, not a call.
            case "received" or "receives" when NextIsPerson(context, sentence, i + 1) || DescribedFollows(context, sentence, i + 1) || DelegationFollows(context, sentence, i + 1):
            case "hosted" when next is not "by" && NextIsPerson(context, sentence, i + 1):
            case "received" when before is "was" or "were" && AgentFollows(context, sentence, i + 1):
                return MeetingKind.CallOn;
            case "round" when next is "of" || Ordinal(context, i - 1) is not null || before is "next" or "inaugural" or "latest":
                return MeetingKind.Talks;
            case "convene" or "convening" or "reconvene" when ForumFollows(context, sentence, i + 1):
                // "agreed to convene the Joint Consultative Commission … next month".
                return MeetingKind.Talks;
            case "met" or "meet" when MetWith(context, sentence, i):
            case "met" or "meet" when next.EndsWith("ly") && context.Tokens[i + 1].IsLower && MetWith(context, sentence, i + 1):
                // "met separately with …", "last met informally in Beijing": the adverb says how, the rest what.
                return MeetingKind.Other;
            case "Meeting" when i == sentence.First && next is "with" && NextIsPerson(context, sentence, i + 2):
                // "Meeting with Iranian Foreign Minister …, Liu called on …": a meeting, reported by its participle.
                return MeetingKind.Talks;
            case "Meeting" or "Meetings" when i > sentence.First:
                // "the 4th Trilateral Foreign Ministers' Meeting": a named meeting.
                return MeetingKind.Other;
            case "meeting" or "meetings" when before is "a" or "the" or "their" or "his" or "her" or "its" or "this" or "that" or "bilateral"
                    or "trilateral" or "ministerial" or "held" or "next" or "first" or "last" or "separate" or "sideline" or "high-level"
                || next is "with" or "of" or "between" or "on"
                || (i > sentence.First && context.Tokens[i - 1].IsCapitalized && context.Tokens[i - 1].IsWord)
                || Ordinal(context, i - 1) is not null || before is "th" or "st" or "nd" or "rd":
                // "The seventh Joint Commission meeting was held …", "The 10th meeting": a named or numbered meeting.
                return MeetingKind.Other;
            default:
                return null;
        }
    }

    /// <summary>
    /// Where the trigger's own subject may be read: not before a reporting verb ("The spokesman said the two sides met"
    /// makes the spokesman no subject of "met").
    /// </summary>
    private static int ReportedSubjectEnd(ExtractionContext context, int first, int trigger)
    {
        for (var k = trigger - 1; k >= first; k--)
        {
            if (context.Text(k) is "said" or "says" or "told" or "added" or "announced" or "stated")
            {
                return first;
            }
        }

        return trigger;
    }

    /// <summary>A comma, "which" or "where" in <c>[first, end)</c>: the phrase has ended.</summary>
    private static bool ClauseBreak(ExtractionContext context, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (context.Tokens[k].IsPunctuation(context.Source, ',') || context.Text(k) is "which" or "where")
            {
                return true;
            }
        }

        return false;
    }

    private static bool BroughtTogether(ExtractionContext context, int first, int end)
    {
        for (var k = first; k + 1 < end; k++)
        {
            if ((context.Text(k) is "brought" or "bringing" or "brings" && context.Text(k + 1) is "together") || (context.Text(k) is "attended" && context.Text(k + 1) is "by"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"met with his Kazakh counterpart …, and with the Uzbek minister …": "with" said again names another meeting.</summary>
    private static bool WithEach(ExtractionContext context, int trigger, int end)
    {
        var with = 0;
        for (var k = trigger + 1; k < end; k++)
        {
            if (context.Text(k) is "with" && !(k + 1 < end && context.Text(k + 1) is "whom" or "which") && ++with == 2)
            {
                return context.Text(k - 1) is "and" || context.Tokens[k - 1].IsPunctuation(context.Source, ',');
            }
        }

        return false;
    }

    /// <summary>
    /// The bilateral meetings a clause such as "met separately with his counterparts from Kazakhstan, India and Iran"
    /// reports: the first party (the subject) with each of the others, each with the people of its two sides.
    /// </summary>
    private static List<MeetingDraft> Separate(ExtractionContext context, MeetingDraft candidate)
    {
        var parts = new List<MeetingDraft>(candidate.Parties.Count - 1);
        var subject = candidate.Parties[0];
        for (var p = 1; p < candidate.Parties.Count; p++)
        {
            var other = candidate.Parties[p];
            var part = context.NewMeetingDraft();
            part.Kind = candidate.Kind is MeetingKind.Other or MeetingKind.Summit ? MeetingKind.Talks : candidate.Kind;
            part.Status = candidate.Status;
            part.Span = candidate.Span;
            part.Sentence = candidate.Sentence;
            part.Date = candidate.Date;
            part.Location = candidate.Location;
            part.Level = candidate.Level;
            part.Evidence.AddRange(candidate.Evidence);
            part.Topics.AddRange(candidate.Topics);
            part.Parties.Add(subject);
            part.Parties.Add(other);
            foreach (var person in candidate.Participants)
            {
                if (Parties.OfPerson(person) is { } side && (side == subject || side == other))
                {
                    part.Participants.Add(person);
                }
            }

            parts.Add(part);
        }

        return parts;
    }

    /// <summary>
    /// What may follow "met" (or its adverb) for it to report a meeting: "with", a place, a person, a title before a name
    /// ("met Minister of Mines Rosa Quispe"), "officials".
    /// </summary>
    private static bool MetWith(ExtractionContext context, Sentence sentence, int i)
    {
        if (MeetsAGoal(context, sentence, i))
        {
            return false;
        }

        var next = i + 1 < sentence.End ? context.Text(i + 1) : default;
        return next is "with" or "on" or "in" or "at" or "here" or "there" or "for" or "again" or "online" or "officials" or "representatives" or "leaders" or "executives"
                or "counterparts"
            || (i + 1 < sentence.End && (context.IsCovered(i + 1) || context.TitleAt(i + 1) is not null))
            // "the ministers met to discuss …": a meeting told by its purpose.
            || (next is "to" && i + 2 < sentence.End && context.Text(i + 2) is "discuss" or "review" or "explore" or "exchange" or "consider" or "assess"
                or "finalise" or "finalize" or "sign" or "coordinate" or "examine" or "prepare" or "address" or "resolve")
            || (next is "the" or "his" or "her" or "their" && i + 2 < sentence.End && (context.TitleAt(i + 2) is not null || context.IsCovered(i + 2)));
    }

    /// <summary>"to help cover Peru's import needs", "met all its targets": a need or goal met, not a meeting.</summary>
    private static bool MeetsAGoal(ExtractionContext context, Sentence sentence, int i)
    {
        for (var k = i + 1; k < sentence.End && k <= i + 8; k++)
        {
            // "met to discuss the needs of refugees", "met in Hanoi on the demands of …": a meeting about them.
            // "met Prime Minister X over the budget shortfall": a person met, whatever the topic.
            if (context.Text(k) is "with" or "to" or "in" or "on" or "at" or "for" or "and" or "about" || context.Tokens[k].IsPunctuation(context.Source, ',')
                || context.TitleAt(k) is not null || context.AnnotationAt(k) is { Kind: AnnotationKind.Person or AnnotationKind.Organization })
            {
                return false;
            }

            if (context.Text(k) is "needs" or "need" or "demand" or "demands" or "requirements" or "requirement" or "targets" or "target" or "obligations"
                or "goals" or "goal" or "criteria" or "costs" or "expectations" or "deadline" or "benchmarks" or "conditions" or "shortfall" or "gap")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The visit came a day after …", "preparations for the visit": a meeting reported elsewhere, only referred to.</summary>
    private static bool IsReferenceSubject(ExtractionContext context, Sentence sentence, int i) =>
        (i > sentence.First && i + 1 < sentence.End && context.Text(i - 1) is "The" or "This" or "the" or "this" or "His" or "Her" or "Their"
            && context.Text(i + 1) is "came" or "comes" or "follows" or "followed" or "coincided" or "coincides")
        // "discussed preparations for the visit", "ahead of the summit", "to prepare for the dialogue": a meeting reported elsewhere.
        || (i - 3 >= sentence.First && context.Text(i - 1) is "the" && context.Text(i - 2) is "for" or "of"
            && context.Text(i - 3) is "preparations" or "ahead" or "run-up" or "eve" or "prepare" or "preparing")
        // "X briefed Liu on the latest round of indirect talks with Washington": talks between others, the topic of a briefing.
        || BriefedOn(context, sentence, i)
        // "Speaking at the summit, …", "Addressing the session, …": the meeting already reported.
        || (i - 3 >= sentence.First && context.Text(i - 1) is "the" && context.Text(i - 2) is "at" or "to"
            && context.Text(i - 3) is "Speaking" or "speaking" or "Addressing" or "addressing" or "Referring" or "referring")
        || (i - 2 >= sentence.First && context.Text(i - 1) is "the" && context.Text(i - 2) is "Addressing" or "addressing")
        // "The minister concluded his visit on Tuesday in Ganja": the end of the visit already reported.
        || (i - 2 >= sentence.First && context.Text(i - 1) is "his" or "her" or "their"
            && context.Text(i - 2) is "concluded" or "concludes" or "ended" or "ends" or "wrapped" or "completed" or "completes" or "cut");

    private static bool BriefedOn(ExtractionContext context, Sentence sentence, int i)
    {
        for (var k = i - 1; k >= sentence.First && k >= i - 10; k--)
        {
            if (context.Text(k) is "on" or "about" && k - 1 >= sentence.First)
            {
                for (var v = k - 1; v >= sentence.First && v >= k - 5; v--)
                {
                    if (context.Text(v) is "briefed" or "briefs" or "briefing" or "informed" or "apprised" or "updated")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsLaunched(ExtractionContext context, Sentence sentence, int i)
    {
        for (var k = i - 1; k >= sentence.First && k >= i - 9; k--)
        {
            if (context.Text(k) is "launch" or "establish" or "institutionalise" or "institutionalize" or "create" or "set")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"received an AfDB delegation led by …", "received a visiting Saudi delegation".</summary>
    private static bool DelegationFollows(ExtractionContext context, Sentence sentence, int from) =>
        from < sentence.End && context.Text(from) is "a" or "an" or "the" && context.HasWord(from + 1, Math.Min(sentence.End, from + 4), "delegation", "team");

    /// <summary>"received in audience the Tajik minister and the accompanying delegation": an official named before.</summary>
    private static bool DescribedFollows(ExtractionContext context, Sentence sentence, int from)
    {
        if (from + 1 < sentence.End && context.Text(from) is "in" && context.Text(from + 1) is "audience")
        {
            from += 2;
        }

        return from < sentence.End && Antecedents.Described(context, from, sentence.End) is not null;
    }

    /// <summary>"received IsDB Chairman Ali Khan": a person (with any title) follows.</summary>
    private static bool NextIsPerson(ExtractionContext context, Sentence sentence, int from)
    {
        var end = Math.Min(from + 3, sentence.End);
        return context.AnnotationsIn(from, end, AnnotationKind.Person).Any() || context.AnnotationsIn(from, end, AnnotationKind.Title).Any();
    }

    private static bool ForumFollows(ExtractionContext context, Sentence sentence, int from)
    {
        foreach (var annotation in context.AnnotationsIn(from, Math.Min(sentence.End, from + 3), AnnotationKind.Organization))
        {
            return IsForumName(context.Organizations[annotation.Entity]);
        }

        return false;
    }

    /// <summary>"was received in Kuwait City by Sheikh Talal …": a person after "by" in the clause.</summary>
    private static bool AgentFollows(ExtractionContext context, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.End && k < from + 8; k++)
        {
            if (context.Text(k) is "by")
            {
                return NextIsPerson(context, sentence, k + 1);
            }
        }

        return false;
    }

    private static MeetingDraft Read(ExtractionContext context, Sentence sentence, int sentenceIndex, int first, int end, int trigger, MeetingKind kind, bool future)
    {
        var tokens = context.Tokens;
        var draft = context.NewMeetingDraft();
        draft.Kind = kind;
        draft.Span = context.SentenceSpan(sentence);
        draft.Sentence = sentenceIndex;
        draft.Note("kind", context.Span(trigger, trigger + 1), nameof(MeetingExtractor) + ".Trigger");

        // "Ben Romdhane, who began a visit …, also held talks with …": the relative clause's subject is a party too; for
        // "who", only the person it follows ("… and Jordan’s minister Lina Haddad, who arrived in the UAE for a visit").
        var partyFirst = first;
        if (first > sentence.First && context.Text(first) is "which")
        {
            partyFirst = sentence.First;
        }
        else if (first > sentence.First && context.Text(first) is "who")
        {
            partyFirst = sentence.First;
            foreach (var person in context.AnnotationsIn(sentence.First, first, AnnotationKind.Person))
            {
                partyFirst = person.First;
            }
        }

        // ", Mansour told reporters": the speaker of a trailing attribution takes no part.
        var attribution = Clauses.AttributionStart(context, sentence);
        if (attribution > Math.Max(first, trigger))
        {
            end = Math.Min(end, attribution);
        }

        // "The 13th Summit of the …, held under the theme “…,” brought together heads of state from A, B and C on
        // Friday": a named meeting whose clause names nobody takes the sides and day its sentence goes on to give.
        if (end < sentence.End && !Antecedents.NamesAnyone(context, partyFirst, end) && BroughtTogether(context, end, sentence.End))
        {
            end = sentence.End;
        }

        // Where: a place after "in" or "at" (for a visit, after "to" as well), before any commitment that follows the
        // trigger ("spoke by phone and agreed to hold the next round in Tokyo" places the round, not the call).
        var whereEnd = end;
        for (var k = trigger + 1; k < end; k++)
        {
            if (context.Text(k) is "agreed" or "decided" or "resolved" or "pledged" or "vowed" && k + 1 < end && context.Text(k + 1) is "to")
            {
                whereEnd = k;
                break;
            }
        }

        // "held talks with Al-Bahar on the Fund's pipeline in Uzbekistan", "to discuss … Ukraine's path towards EU
        // membership": what the meeting is about names neither a side nor the place.
        var topicStart = TopicStart(context, trigger, end);
        whereEnd = Math.Min(whereEnd, topicStart);

        var locativeEnd = -1;
        foreach (var annotation in context.AnnotationsIn(partyFirst, end, AnnotationKind.Place))
        {
            if (InTopic(context, annotation, topicStart))
            {
                continue;
            }

            if ((annotation.IsAdjective && !ModifiesOfficials(context, annotation.End, end)) || Parties.DescribesThing(context, annotation))
            {
                // "Syrian refugees", "Afghan soil": an adjective names a party only for officials, sides or governments.
                continue;
            }

            var place = context.Places[annotation.Entity];
            var preposition = annotation.First > first ? context.Text(annotation.First - 1) : default;
            var insideTitle = context.TitleAt(annotation.First) is not null;

            // "met in Amman", "a ceasefire in Gaza and Lebanon", "the Vienna-based fund": where, not who.
            // "will travel to Washington to meet officials of the IMF": where the meeting is, not a side.
            var travelledTo = preposition is "to" && annotation.First >= 2
                && context.Text(annotation.First - 2) is "travel" or "travelled" or "traveled" or "fly" or "flew" or "go" or "went" or "head" or "headed";
            var locative = !annotation.IsAdjective && (travelledTo || preposition is "in" or "at" or "across" or "near" or "throughout" or "inside" or "within"
                || (preposition is "and" or "," && annotation.First - 2 <= locativeEnd && locativeEnd >= 0));
            if (locative)
            {
                locativeEnd = annotation.End;
            }

            // "to visit Mexico City": the place a visit verb takes.
            var visited = kind == MeetingKind.Visit && annotation.First == trigger + 1 && context.Text(trigger) is "visit" or "visited" or "visiting" or "visits";
            if (!insideTitle && !annotation.IsAdjective && (preposition is "in" or "at" || (kind == MeetingKind.Visit && preposition is "to") || visited) && draft.Location is null
                && annotation.First < whereEnd)
            {
                draft.Location = place;
                draft.Note("location", Span(context, annotation), nameof(MeetingExtractor) + ".Location");
                if (kind == MeetingKind.Visit)
                {
                    Parties.AddDistinct(draft.Parties, Parties.CountryOf(context, place));
                }

                continue;
            }

            if (!insideTitle && !locative && !Parties.IsHeadquarters(context, annotation) && !OnTheSidelines(context, annotation.First))
            {
                Parties.AddDistinct(draft.Parties, Parties.Of(context, annotation));
            }
        }

        foreach (var annotation in context.AnnotationsIn(partyFirst, end, AnnotationKind.Organization))
        {
            var organization = context.Organizations[annotation.Entity];
            if (InTopic(context, annotation, topicStart))
            {
                continue;
            }

            if (IsForumName(organization))
            {
                draft.Name ??= organization.Name;
                draft.Note("name", Span(context, annotation), nameof(MeetingExtractor) + ".Name");
                continue;
            }

            // A visit is between states: the fund that signs during it is not a side ("… signed in Abu Dhabi by ADFD's …").
            if (context.TitleAt(annotation.First) is null && !OnTheSidelines(context, annotation.First) && !(kind == MeetingKind.Visit && organization.Kind is not (OrganizationKind.Ministry or OrganizationKind.Government)))
            {
                Parties.AddDistinct(draft.Parties, Parties.Of(context, annotation));
            }
        }

        // "… began a two-day visit to the Kingdom", "who is visiting the country", in a story from Riyadh: the host is the
        // article's country.
        if (kind == MeetingKind.Visit && draft.Parties.Count <= 1 && (context.HasWord(trigger, end, "Kingdom", "Sultanate", "Emirates")
                || (trigger + 2 < end && context.Text(trigger + 1) is "the" && context.Text(trigger + 2) is "country"))
            && Parties.HomeCountry(context) is { } host)
        {
            Parties.AddDistinct(draft.Parties, host);
        }

        foreach (var annotation in context.AnnotationsIn(partyFirst, end, AnnotationKind.Person))
        {
            var person = context.People[annotation.Entity];
            if (!draft.Participants.Contains(person))
            {
                draft.Participants.Add(person);
                draft.Note("participants", Span(context, annotation), nameof(MeetingExtractor) + ".Participant");
            }

            Parties.AddDistinct(draft.Parties, Parties.OfPerson(person));
        }

        // "received the Tajik minister and the accompanying delegation": an official described after the trigger.
        for (var k = trigger + 1; k < end; k++)
        {
            if (context.Text(k) is "the" && Antecedents.Described(context, k, end) is { } described)
            {
                var person = context.People[described.Entity];
                if (!draft.Participants.Contains(person))
                {
                    draft.Participants.Add(person);
                    draft.Note("participants", Span(context, described), nameof(MeetingExtractor) + ".Described");
                }

                Parties.AddDistinct(draft.Parties, Parties.OfPerson(person));
            }
        }

        // "Later, the visiting deputy minister called on …", "On Monday, she called on …": a subject that names nobody
        // stands for the person named before it.
        var subjectAt = -1;
        INamedEntity? subjectSide = null;
        if (Antecedents.Subject(context, sentence, partyFirst, ReportedSubjectEnd(context, partyFirst, trigger)) is { } subject)
        {
            var person = context.People[subject.Person.Entity];
            if (!draft.Participants.Contains(person))
            {
                draft.Participants.Insert(0, person);
                draft.Note("participants", Span(context, subject.Person), nameof(MeetingExtractor) + ".Antecedent");
            }

            if (Parties.OfPerson(person) is { } side && !draft.Parties.Contains(side))
            {
                draft.Parties.Add(side);
                subjectAt = subject.At;
                subjectSide = side;
            }
        }

        // "talks held in Quito by an IMF team", in a story from Quito: a lender's team meets the host country. Only when
        // no one else is named: "the minister and the Bank's vice-president met in Abidjan", in a story from the
        // Bank's home city, is a meeting of the minister's country and the Bank, with no third side.
        if (draft.Parties is [OrganizationEntity { IsLender: true }] && draft.Location is { } where && Parties.CountryOf(context, where) is { } whereCountry
            && Parties.HomeCountry(context) == whereCountry && kind is MeetingKind.Talks or MeetingKind.Other)
        {
            Parties.AddDistinct(draft.Parties, whereCountry);
        }

        // "The Mexican minister held talks in Quito": a visitor's talks in another country's capital are with its hosts;
        // "held a series of bilateral meetings in Prague" announces meetings the next sentences tell one by one.
        if (draft.Parties is [PlaceEntity { Kind: PlaceKind.Country } visitor] && draft.Location is { Kind: PlaceKind.City } capital
            && Gazetteer.Country(capital.CountryCode)?.Capital == capital.Name && Parties.CountryOf(context, capital) is { } hosts && hosts != visitor
            && kind is MeetingKind.Talks or MeetingKind.Other && !future && context.Text(trigger) is not "meetings")
        {
            Parties.AddDistinct(draft.Parties, hosts);
        }

        if (draft.Parties.Count > 0)
        {
            // Parties in the order the clause names them (a person stands where their name is).
            var order = draft.Parties.Count <= 32 ? stackalloc int[draft.Parties.Count] : new int[draft.Parties.Count];
            order.Fill(int.MaxValue);
            foreach (var partyKind in (ReadOnlySpan<AnnotationKind>)[AnnotationKind.Place, AnnotationKind.Organization, AnnotationKind.Person])
            {
                foreach (var annotation in context.AnnotationsIn(partyFirst, end, partyKind))
                {
                    var party = partyKind == AnnotationKind.Person ? Parties.OfPerson(context.People[annotation.Entity]) : Parties.Of(context, annotation);
                    if (party is not null && draft.Parties.IndexOf(party) is var at and >= 0 && annotation.First < order[at])
                    {
                        order[at] = annotation.First;
                    }
                }
            }

            if (subjectSide is not null)
            {
                order[draft.Parties.IndexOf(subjectSide)] = subjectAt;
            }

            SortStably(draft.Parties, order);
            draft.Note("parties", context.Span(first, end), nameof(MeetingExtractor) + ".Clause");
        }

        // When: the date nearest the trigger, in the clause or else the sentence.
        var statusWord = ReadStatus(context, draft, first, end, trigger, future);

        // Only the clause's own date: another clause's date belongs to the event it reports. A year dates a held meeting
        // only right by its trigger ("met in Abuja last year"), not when it qualifies a noun ("the 2016 talks") or dates
        // something else in the clause ("the mechanism launched in 2019").
        //
        // "The visit was called off on Thursday": a date after the word that puts a meeting off or calls it off dates
        // that decision, not the meeting; "postponed until March" gives the new date.
        // "On Monday, she conveyed an invitation from President X to visit Jakarta": Monday dates the invitation.
        // "At the invitation of X, Y on Tuesday paid a visit" keeps its day: only "invitation … to visit" is the invitation's.
        var dateFirst = trigger > first && context.Text(trigger - 1) is "to" && context.HasWord(first, trigger, "invitation", "invited", "invite", "invites") ? trigger : first;
        var date = Nearest(context, context.AnnotationsIn(dateFirst, statusWord >= 0 ? statusWord : end, AnnotationKind.Date), trigger);
        if (statusWord >= 0 && draft.Status == MeetingStatus.Postponed)
        {
            foreach (var annotation in context.AnnotationsIn(statusWord, end, AnnotationKind.Date))
            {
                if (context.Text(annotation.First) is "until" or "till" || context.Text(annotation.First - 1) is "to" or "until" or "till")
                {
                    date = annotation;
                    break;
                }
            }
        }

        // "… the fifth session of the Joint Commission, which ended in Mombasa on Friday": the relative clause that
        // reports the meeting's end dates and places it; "India and Nepal on Friday agreed …, as the meeting
        // concluded": a clause that runs alongside takes the main clause's date.
        if (date is null && AdjacentClause(context, sentence, first, end) is { } adjacent)
        {
            date = Nearest(context, context.AnnotationsIn(adjacent.First, adjacent.End, AnnotationKind.Date), trigger);
            if (draft.Location is null)
            {
                foreach (var annotation in context.AnnotationsIn(adjacent.First, adjacent.End, AnnotationKind.Place))
                {
                    if (!annotation.IsAdjective && annotation.First > adjacent.First && context.Text(annotation.First - 1) is "in" or "at")
                    {
                        draft.Location = context.Places[annotation.Entity];
                        draft.Note("location", Span(context, annotation), nameof(MeetingExtractor) + ".Location");
                        break;
                    }
                }
            }
        }

        // "Later, Gasimov was received by …": the day and place of the meeting just reported.
        if (date is null && draft.Status == MeetingStatus.Held && context.Text(sentence.First) is "Later" or "Afterwards" or "Subsequently"
            && context.Drafts.Meetings.LastOrDefault(m => m.Status == MeetingStatus.Held) is { Date.Mention.Precision: DatePrecision.Day } earlier)
        {
            draft.Date = earlier.Date;
            draft.Location ??= earlier.Location;
            draft.Note("date", context.Span(sentence.First, sentence.First + 1), nameof(MeetingExtractor) + ".Later");
        }

        // "On the sidelines of the signing ceremony, Nurmatov held talks with …": the day the signing was reported.
        if (date is null && draft.Status == MeetingStatus.Held && context.HasWord(first, end, "signing"))
        {
            date = SigningDate(context, sentenceIndex);
        }

        if (date is { } d && (context.Dates[d.Entity].Mention.Precision != DatePrecision.Year || draft.Status == MeetingStatus.Planned
            || (!char.IsAsciiDigit(context.Dates[d.Entity].Mention.Text[0]) && Math.Abs(d.First - trigger) <= 6)))
        {
            draft.Date = context.Dates[d.Entity];
            draft.Note("date", draft.Date.Mention.Span, draft.Date.Rule);
        }
        ReadRoundAndLevel(context, draft, first, trigger);
        ReadTopics(context, draft, trigger, end);
        // "the next meeting of the Saudi-Jordanian Coordination Council": a session of a joint body is talks.
        if (draft.Kind == MeetingKind.Other && draft.Name is not null)
        {
            draft.Kind = MeetingKind.Talks;
        }

        if (draft.Parties.Count >= 3 && kind is MeetingKind.Other or MeetingKind.Talks)
        {
            draft.Kind = MeetingKind.Summit;
        }

        return draft;
    }

    /// <summary>
    /// The clause that completes a meeting's report: a following "which ended …" or "that concluded …", or, for a clause
    /// opened by "as" or "when", the clause before it.
    /// </summary>
    private static (int First, int End)? AdjacentClause(ExtractionContext context, Sentence sentence, int first, int end)
    {
        if (end < sentence.End - 1 && context.Tokens[end].IsPunctuation(context.Source, ',') && context.Text(end + 1) is "which" or "that")
        {
            var (nextFirst, nextEnd) = Clauses.Around(context, sentence, end + 1);
            // "the Ministerial Dialogue, which will bring together both countries' ministers in Manila next month".
            if (context.HasWord(nextFirst, nextEnd, "ended", "concluded", "closed", "opened", "began", "held", "took", "wrapped", "convene", "meet", "opens", "begins",
                "open", "scheduled", "bring", "brings", "brought", "gather", "gathers", "gathered", "run", "runs", "ran"))
            {
                return (nextFirst, nextEnd);
            }
        }

        if (first > sentence.First && context.Text(first) is "as" or "when")
        {
            var (previousFirst, _) = Clauses.Around(context, sentence, first - 1);
            return (previousFirst, first);
        }

        return null;
    }

    /// <summary>"on the sidelines of the UN General Assembly", "on the margins of the summit": an occasion, not a party.</summary>
    /// <remarks>
    /// The occasion runs to the end of its phrase: "on the sidelines of the Meeting of the Council of Foreign Ministers
    /// of the Shanghai Cooperation Organisation" names no side, up to a comma or a "with" that names the partner.
    /// </remarks>
    private static bool OnTheSidelines(ExtractionContext context, int k)
    {
        for (var m = k - 1; m >= 0 && m >= k - 20; m--)
        {
            if (context.Text(m) is "sidelines" or "sideline" or "margins" or "margin")
            {
                return true;
            }

            // "of the Spring Meetings of the IMF and World Bank": an "and" inside the forum's name does not end it.
            if (context.Text(m) is "," or ";" or ":" or "with" or "which" or "where"
                || (context.Text(m) is "and" && !(m + 1 < context.Tokens.Count && context.Tokens[m + 1].IsCapitalized)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Where "on the sidelines of the … summit" starts (the word "sidelines" or "margins"), for a summit trigger a few
    /// words after it.
    /// </summary>
    private static int? SidelinesStart(ExtractionContext context, Sentence sentence, int trigger)
    {
        // "on the margins of the Organization of Turkic States (OTS) summit": a forum's name and acronym may come between.
        for (var k = trigger - 2; k >= sentence.First && k >= trigger - 11; k--)
        {
            if (context.Tokens[k].IsPunctuation(context.Source, ','))
            {
                return null;
            }

            if (context.Text(k) is "sidelines" or "sideline" or "margins" or "margin" && context.Text(k + 1) is "of")
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>A trigger that names an event (a summit, meetings, a session) rather than reporting one (met, visited).</summary>
    private static bool IsOccasionNoun(ExtractionContext context, int trigger, MeetingKind kind) =>
        kind == MeetingKind.Summit || context.Text(trigger) is "meeting" or "meetings" or "Meeting" or "Meetings" or "session" or "sessions" or "Session";

    /// <summary>
    /// The summit another meeting is held on the sidelines of: the forum named before the trigger ("the G20 summit") is
    /// its party, and it takes the clause's status, date and place. With no forum named, nothing is added.
    /// </summary>
    private static void AddOccasion(ExtractionContext context, Sentence sentence, int sentenceIndex, int first, int end, int sidelines, int trigger, bool future)
    {
        var draft = context.NewMeetingDraft();
        foreach (var annotation in context.AnnotationsIn(sidelines, trigger, AnnotationKind.Organization))
        {
            Parties.AddDistinct(draft.Parties, context.Organizations[annotation.Entity]);
            draft.Name ??= context.TextOf(annotation.First, trigger + 1);
        }

        // "on the sidelines of the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organisation",
        // "… of the 38th Ordinary Session of the Assembly of the African Union": the body named after the occasion.
        if (draft.Parties.Count == 0)
        {
            foreach (var annotation in context.AnnotationsIn(trigger + 1, Math.Min(end, trigger + 12), AnnotationKind.Organization))
            {
                if (ClauseBreak(context, trigger + 1, annotation.First) || context.Text(trigger + 1) is not "of")
                {
                    break;
                }

                var organization = context.Organizations[annotation.Entity];
                if (organization.Kind is not (OrganizationKind.Ministry or OrganizationKind.Government))
                {
                    // "the 38th Ordinary Session of …": the name starts at the words that qualify the occasion.
                    var nameStart = trigger;
                    while (nameStart - 1 > sidelines + 2 && context.Tokens[nameStart - 1].IsWord && context.Tokens[nameStart - 1].IsCapitalized)
                    {
                        nameStart--;
                    }

                    draft.Parties.Add(organization);
                    draft.Name ??= context.TextOf(nameStart, annotation.End);
                    break;
                }
            }
        }

        if (draft.Parties.Count == 0)
        {
            return;
        }

        draft.Kind = MeetingKind.Summit;
        draft.Span = context.SentenceSpan(sentence);
        draft.Sentence = sentenceIndex;
        draft.Note("kind", context.Span(trigger, trigger + 1), nameof(MeetingExtractor) + ".Trigger");
        draft.Note("parties", context.Span(sidelines, trigger + 1), nameof(MeetingExtractor) + ".Sidelines");
        ReadStatus(context, draft, first, end, trigger, future);
        foreach (var annotation in context.AnnotationsIn(trigger + 1, Math.Min(end, trigger + 4), AnnotationKind.Place))
        {
            if (!annotation.IsAdjective && context.Text(annotation.First - 1) is "in" or "at")
            {
                draft.Location = context.Places[annotation.Entity];
                draft.Note("location", Span(context, annotation), nameof(MeetingExtractor) + ".Location");
            }

            break;
        }

        if (Nearest(context, context.AnnotationsIn(first, end, AnnotationKind.Date), trigger) is { } date)
        {
            draft.Date = context.Dates[date.Entity];
            draft.Note("date", draft.Date.Mention.Span, draft.Date.Rule);
        }

        foreach (var existing in context.Drafts.Meetings)
        {
            if (existing.Kind == MeetingKind.Summit && SameMeeting(existing, draft))
            {
                Merge(existing, draft);
                return;
            }
        }

        context.Drafts.Meetings.Add(draft);
    }

    /// <summary>Sorts <paramref name="parties"/> by <paramref name="order"/> (their positions, sorted alongside), keeping the order of ties.</summary>
    private static void SortStably(List<INamedEntity> parties, Span<int> order)
    {
        // Insertion sort: a clause names a handful of parties.
        for (var i = 1; i < parties.Count; i++)
        {
            var (party, at) = (parties[i], order[i]);
            var j = i - 1;
            for (; j >= 0 && order[j] > at; j--)
            {
                parties[j + 1] = parties[j];
                order[j + 1] = order[j];
            }

            parties[j + 1] = party;
            order[j + 1] = at;
        }
    }

    /// <summary>Whether an adjective modifies officials, a side or a government: "Pakistani and Afghan officials", "his Ivorian counterpart".</summary>
    private static bool ModifiesOfficials(ExtractionContext context, int after, int end)
    {
        // "the Pakistani, Afghan and Chinese foreign ministers": skip the other adjectives of the list.
        while (after < end && (context.Tokens[after].IsPunctuation(context.Source, ',') || context.Text(after) is "and" or "or"
            || context.AnnotationAt(after) is { Kind: AnnotationKind.Place, IsAdjective: true }))
        {
            after++;
        }

        for (var k = after; k < end && k < after + 4; k++)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "officials" or "official" or "side" or "delegation" or "delegations" or "team" or "government"
                    or "counterpart" or "counterparts" or "leader" or "leaders" or "leadership" or "minister" or "ministers" or "president" or "authorities"
                    or "ministry" or "diplomats" or "negotiators" or "envoy" or "ambassador" or "foreign" or "prime" or "officers" or "counterpart’s" or "host")
            {
                return true;
            }

            if (context.TitleAt(k) is { } title && title.First == k || context.AnnotationAt(k) is { Kind: AnnotationKind.Person } person && person.First == k)
            {
                return true;
            }

            // "the Moldovan-Romanian Intergovernmental Commission", "the Kyrgyz-Chinese Cooperation Committee": the
            // adjectives name the sides of a joint body.
            if (context.Tokens[k].IsCapitalized && context.Text(k) is "Commission" or "Committee" or "Council" or "Negotiations" or "Consultations"
                or "Talks" or "Dialogue" or "Mechanism")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForumName(OrganizationEntity organization) =>
        organization.Rule != nameof(GazetteerRecognizer)
        && organization.Name.Split(' ') is var words && words.Length >= 2
        && (words[0] is "Joint" or "Strategic" || words[^1] is "Commission" or "Committee" or "Council" or "Dialogue" or "Forum" or "Mechanism");

    /// <returns>The word that put the meeting off or called it off, or -1.</returns>
    private static int ReadStatus(ExtractionContext context, MeetingDraft draft, int first, int end, int trigger, bool future)
    {
        // "spoke by phone on Tuesday and agreed to hold the third round next month": the trigger's own past verb says
        // held, whatever the rest of the sentence plans.
        var past = ReportedAsPast(context, first, trigger);
        var planned = future && !past;
        for (var k = first; k < end && !planned && !past; k++)
        {
            if (context.Tokens[k].IsWord && context.Text(k) is "next" or "upcoming" or "invited" or "invitation" or "convene" or "proposed" or "due" or "later"
                || (k < trigger && context.Text(k) is "agreed" or "decided" && k + 1 < end && context.Text(k + 1) is "to")
                // "a joint committee, which is to meet in Tbilisi in September".
                || (k + 2 == trigger && context.Text(k) is "is" or "are" && context.Text(k + 1) is "to"))
            {
                planned = true;
                draft.Note("status", context.Span(k, k + 1), nameof(MeetingExtractor) + ".Planned");
            }
        }

        draft.Status = planned ? MeetingStatus.Planned : MeetingStatus.Held;
        if (planned && future)
        {
            draft.Note("status", context.Span(first, end), nameof(MeetingExtractor) + ".Future");
        }

        if (!past && PutOffOrCalledOff(context, first, end) is ({ } status, var word))
        {
            draft.Status = status;
            draft.Note("status", context.Span(word, word + 1), nameof(MeetingExtractor) + "." + status);
            return word;
        }

        return -1;
    }

    /// <summary>
    /// <c>The sixth round, due in Kabul this week, has been postponed</c>; <c>the visit was called off</c>: a clause that
    /// puts the meeting off or calls it off, unless it also says the meeting went ahead (<c>talks, postponed in May,
    /// were held on Monday</c>) or denies it (<c>was not cancelled</c>).
    /// </summary>
    private static (MeetingStatus? Status, int Word) PutOffOrCalledOff(ExtractionContext context, int first, int end)
    {
        (MeetingStatus? Status, int Word) found = (null, 0);
        for (var k = first; k < end; k++)
        {
            if (!context.Tokens[k].IsWord)
            {
                continue;
            }

            var word = context.Text(k);
            if (word is "held" or "took" or "went" or "resumed" or "opened" or "began" && !(k > first && context.Text(k - 1) is "be"))
            {
                // The meeting happened after all ("was to be held" plans it, and does not count).
                return (null, 0);
            }

            var next = k + 1 < end ? context.Text(k + 1) : default;
            var denied = (k > first && context.Text(k - 1) is "not" or "never") || (k > first + 1 && context.Text(k - 2) is "not" or "never");
            if (found.Status is not null || denied)
            {
                continue;
            }

            if (word is "postponed" or "deferred" or "rescheduled" || (word is "put" && next is "off"))
            {
                found = (MeetingStatus.Postponed, k);
            }
            else if (word is "cancelled" or "canceled" or "scrapped" || (word is "called" && next is "off"))
            {
                found = (MeetingStatus.Cancelled, k);
            }
        }

        return found;
    }

    private static bool ReportedAsPast(ExtractionContext context, int first, int trigger)
    {
        // "arrived in Beijing on Monday on an official visit": an arrival may stand a few words further back.
        for (var k = trigger; k >= first && k >= trigger - 8; k--)
        {
            if (k < trigger - 3 && context.Text(k) is not ("arrived" or "made" or "paid"))
            {
                continue;
            }

            if (context.Text(k) is "held" or "met" or "spoke" or "had" or "visited" or "called" or "telephoned" or "phoned" or "received" or "hosted" or "paid"
                or "concluded" or "attended" or "talked" or "arrived" or "paying" or "made" or "making" or "holding" or "began" or "begun" or "started" or "wrapped")
            {
                return !(k > first && context.Text(k - 1) is "will" or "to" or "would" or "be" or "been");
            }
        }

        return false;
    }

    private static void ReadRoundAndLevel(ExtractionContext context, MeetingDraft draft, int first, int trigger)
    {
        // "round of the additional secretary-level talks": the level may follow the trigger.
        var last = Math.Min(context.Tokens.Count - 1, trigger + 5);
        for (var k = last; k >= first && k >= trigger - 6; k--)
        {
            // A visit or a call has no rounds ("his first official visit"), and "the second review", "the first half"
            // count something else.
            if (draft.Round is null && draft.Kind is not (MeetingKind.Visit or MeetingKind.PhoneCall or MeetingKind.CallOn) && Ordinal(context, k) is { } round
                && !(k + 1 < context.Tokens.Count && context.Text(k + 1) is "review" or "tranche" or "phase" or "day" or "time" or "half" or "quarter" or "largest" or "biggest"))
            {
                draft.Round = round;
                draft.Note("round", context.Span(k, k + 1), nameof(MeetingExtractor) + ".Round");
            }

            var word = context.Text(k);
            if (draft.Level is null && word.EndsWith("-level", StringComparison.OrdinalIgnoreCase))
            {
                // "additional secretary-level": the words before it that belong to the rank.
                var start = k;
                while (start - 1 >= first && context.Tokens[start - 1].IsWord && context.Tokens[start - 1].IsLower
                    && context.Text(start - 1) is "additional" or "joint" or "special" or "deputy" or "vice" or "foreign" or "senior" or "assistant")
                {
                    start--;
                }

                var text = context.TextOf(start, k + 1);
                draft.Level = text[..^"-level".Length];
                draft.Note("level", context.Span(start, k + 1), nameof(MeetingExtractor) + ".Level");
            }
        }

        // "a meeting of the … foreign ministers", "the foreign ministers of … met": the rank in the clause.
        for (var k = Math.Max(first, trigger - 12); k < Math.Min(trigger + 12, context.Tokens.Count) && draft.Level is null; k++)
        {
            if (context.Text(k) is "ministers" or "leaders" or "secretaries" && k >= 1 && context.Tokens[k - 1].IsWord)
            {
                var rank = context.Text(k - 1) is "foreign" or "finance" or "trade" or "commerce" or "defence" or "defense" or "energy" or "interior"
                    ? $"{context.Text(k - 1)} {context.Text(k).TrimEnd('s')}"
                    : context.Text(k).TrimEnd('s').ToString();
                draft.Level = rank;
                draft.Note("level", context.Span(k - 1, k + 1), nameof(MeetingExtractor) + ".Level");
            }

            if (context.Tokens[k].IsPunctuation(context.Source, '.'))
            {
                break;
            }
        }
    }

    /// <summary>
    /// Where the subject of the meeting starts after its trigger: "to discuss …", "about …", "regarding …", or "on" before
    /// a noun phrase that is neither a date ("on Sunday") nor an occasion ("on the sidelines of …").
    /// </summary>
    private static int TopicStart(ExtractionContext context, int trigger, int end)
    {
        for (var k = trigger + 1; k < end - 1; k++)
        {
            var word = context.Text(k);
            if (word is "discuss" or "discussing" or "about" or "regarding")
            {
                return k;
            }

            if (word is "on" && context.Text(k + 1) is "the" or "their" or "its" or "a" or "bilateral" or "ways" or "how"
                && !context.AnnotationsIn(k, k + 2, AnnotationKind.Date).Any()
                && !(k + 2 < end && context.Text(k + 2) is "sidelines" or "margins" or "occasion" or "invitation" or "behalf" or "eve"))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The day-precision date of the nearest sentence at or before this one that reports something signed.</summary>
    private static Annotation? SigningDate(ExtractionContext context, int sentenceIndex)
    {
        for (var s = sentenceIndex; s >= 0; s--)
        {
            var sentence = context.Sentences[s];
            if (!context.HasWord(sentence.First, sentence.End, "signed", "inked"))
            {
                continue;
            }

            foreach (var annotation in context.AnnotationsIn(sentence.First, sentence.End, AnnotationKind.Date))
            {
                if (context.Dates[annotation.Entity].Mention.Precision == DatePrecision.Day)
                {
                    return annotation;
                }
            }
        }

        return null;
    }

    /// <summary>A name inside the topic is no party, unless the topic names a partner ("cooperation with China").</summary>
    private static bool InTopic(ExtractionContext context, Annotation annotation, int topicStart) =>
        annotation.First >= topicStart && context.Text(annotation.First - 1) is not "with";

    private static void ReadTopics(ExtractionContext context, MeetingDraft draft, int trigger, int end)
    {
        for (var k = trigger + 1; k < end - 1; k++)
        {
            if (context.Text(k) is not ("discuss" or "discussed" or "discussing" or "review" or "reviewed"))
            {
                continue;
            }

            var start = k + 1;
            var stop = start;
            while (stop < end && !(context.Tokens[stop].IsPunctuation(context.Source, ',') && stop + 1 < end && context.Text(stop + 1) is "amid" or "which" or "while")
                && !context.Tokens[stop].IsPunctuation(context.Source, '.') && context.Text(stop) is not ("amid" or "in" or "with" or "during"))
            {
                stop++;
            }

            var topicStart = start;
            for (var m = start; m <= stop; m++)
            {
                var boundary = m == stop || context.Tokens[m].IsPunctuation(context.Source, ',') || context.Text(m) is "and";
                if (boundary && m > topicStart)
                {
                    var topic = context.TextOf(topicStart, m);
                    if (!topic.StartsWith("the ", StringComparison.Ordinal) || topic.Length > 4)
                    {
                        draft.Topics.Add(topic);
                    }

                    topicStart = m + 1;
                }
                else if (boundary)
                {
                    topicStart = m + 1;
                }
            }

            if (draft.Topics.Count > 0)
            {
                draft.Note("topics", context.Span(start, stop), nameof(MeetingExtractor) + ".Topics");
            }

            return;
        }
    }

    /// <summary>
    /// Adds a candidate, merges it into the meeting it mentions again, or drops it when it names nothing. With
    /// <c>separate</c> ("held separate talks with …") it is a meeting of its own, even with sides and a day already reported.
    /// </summary>
    private static MeetingDraft? Place(ExtractionContext context, MeetingDraft candidate, MeetingDraft? previousInSentence, int first, int end, int trigger, bool separate)
    {
        var meetings = context.Drafts.Meetings;
        var clauseStart = context.Text(first);

        // "…, during which he held meetings with …": part of the event the sentence already reports. A call or talks
        // named there is a meeting of its own, held at the same time and place with the same parties.
        if (previousInSentence is not null && clauseStart is "during" or "where" or "which")
        {
            if (candidate.Kind == MeetingKind.Other || candidate.Kind == previousInSentence.Kind)
            {
                Merge(previousInSentence, candidate);
                return previousInSentence;
            }

            Inherit(candidate, previousInSentence);
        }

        // "The two leaders last met in Tokyo in March, when Wiratmoko made his first official visit to Japan": the meeting
        // was that visit.
        if (previousInSentence is not null && clauseStart is "when" && candidate.Kind == MeetingKind.Visit
            && previousInSentence.Kind is MeetingKind.Other or MeetingKind.Talks && ReportedAsPast(context, first, trigger))
        {
            previousInSentence.Kind = MeetingKind.Visit;
            Merge(previousInSentence, candidate);
            return previousInSentence;
        }

        // "After the talks, the two premiers witnessed …", "During the meeting, the Minister urged …": the time of a meeting
        // already reported, whatever the rest of the clause says.
        // "During their talks, the two ministers agreed to convene the Joint Commission later this year" still plans one.
        if (context.Text(first) is "After" or "During" or "Following" or "Before" or "Prior" or "In" or "At" or "after" or "during" or "following"
            && IsDefiniteReference(context, first, Math.Min(end, first + 4)) && LastMeeting(meetings, null, twoSides: false) is { } current
            // "Prior to the dialogue, Budi paid a courtesy call on …": a meeting of another kind after the opening is its own.
            && (trigger < first + 5 || Family(candidate.Kind) == Family(current.Kind))
            && !context.HasWord(first, end, "convene", "hold", "proposed")
            && !(context.HasWord(first, end, "invited", "invitation") && context.HasWord(first, end, "visit", "attend"))
            && !context.HasWord(Math.Max(first, trigger - 3), Math.Min(end, trigger + 6), "next", "upcoming"))
        {
            return current;
        }

        // "…, Usenov said after the talks": the time of the meeting just reported, whatever the quotation plans.
        if (trigger >= 2 && context.Text(trigger - 1) is "the" && context.Text(trigger - 2) is "after" or "during" or "following"
            && candidate.Date is null && candidate.Location is null && LastMeeting(meetings, null, twoSides: false) is { } talked)
        {
            return talked;
        }

        // "During the meeting, …", "the talks covered …": a definite reference to a meeting already reported.
        if (IsDefiniteReference(context, first, end) && candidate.Date is null && candidate.Location is null && candidate.Round is null
            && LastMeeting(meetings, null, twoSides: false) is { } referenced && candidate.Status == referenced.Status)
        {
            Merge(referenced, candidate);
            return referenced;
        }

        var refersBack = context.HasWord(first, end, "sides", "they", "They", "both", "Both", "two");
        // "The 10th meeting was held in Baku in April last year": no parties named, but a meeting of its own.
        if (!refersBack && candidate.Parties.Count == 0 && (candidate.Date is not null || candidate.Location is not null || candidate.Round is not null)
            && (LastMeeting(meetings, candidate.Kind, twoSides: false) ?? LastMeeting(meetings, null, twoSides: false)) is { } family
            && (!SameDetails(family, candidate) || (candidate.Kind is MeetingKind.Talks or MeetingKind.Summit && Family(family.Kind) != 0)))
        {
            // "Later in the day, delegation-level talks were held" after a courtesy call the same day: other talks.
            Inherit(candidate, family);
            candidate.Note("parties", candidate.Span, nameof(MeetingExtractor) + ".SameParties");
            return Add(meetings, candidate);
        }

        if (candidate.Parties.Count < 2 && (refersBack || candidate.Parties.Count == 0))
        {
            var twoSides = context.HasWord(first, end, "sides", "both", "Both", "two", "They", "they");
            var reported = SameLevel(meetings, candidate) ?? LastMeeting(meetings, candidate.Kind, twoSides) ?? LastMeeting(meetings, null, twoSides)
                ?? LastMeeting(meetings, null, twoSides: false);
            if (reported is null)
            {
                return candidate.Parties.Count == 0 ? null : Add(meetings, candidate);
            }

            var distinct = (candidate.Date is not null && candidate.Date.Mention.Value != reported.Date?.Mention.Value)
                || (candidate.Location is not null && candidate.Location != reported.Location)
                || context.HasWord(first, end, "last", "previous", "previously", "earlier");
            if ((candidate.Status == MeetingStatus.Planned && reported.Status == MeetingStatus.Held) || distinct)
            {
                // "They decided to convene the next round", "The two leaders last held talks in Abidjan in April":
                // another meeting of the same parties.
                foreach (var party in reported.Parties)
                {
                    Parties.AddDistinct(candidate.Parties, party);
                }

                candidate.Note("parties", context.Span(first, end), nameof(MeetingExtractor) + ".BothSides");
                // "The two leaders last met …" after a phone call, "the next meeting of the Council" after a visit: talks.
                candidate.Kind = candidate.Kind != MeetingKind.Other ? candidate.Kind
                    : reported.Kind is MeetingKind.PhoneCall or MeetingKind.Visit or MeetingKind.CallOn ? MeetingKind.Talks : reported.Kind;
                candidate.Name ??= reported.Name;
                candidate.Level ??= reported.Level;
                if (candidate.Round is null && reported.Round is { } round && context.HasWord(first, end, "next"))
                {
                    candidate.Round = round + 1;
                }

                return Add(meetings, candidate);
            }

            Merge(reported, candidate);
            return reported;
        }

        // "Also on Tuesday, the seventh meeting of the … Committee was held …", "Separately, …": the opening says the
        // sentence reports another event, so a meeting of the same sides on the same day is one of its own.
        if (OpensSeparateReport(context, first) || (separate && !meetings.Exists(m => SameMeeting(m, candidate) && m.Parties.Count == candidate.Parties.Count)))
        {
            return Add(meetings, candidate);
        }

        foreach (var existing in meetings)
        {
            if (SameMeeting(existing, candidate))
            {
                Merge(existing, candidate);
                return existing;
            }
        }

        return Add(meetings, candidate);
    }

    /// <summary>
    /// "Separately, …", "Meanwhile, …", "In a separate development, …", "Also on Tuesday, …": a clause that opens by
    /// setting itself apart from what the article reported before. "Also present at the talks were …" is no such opening.
    /// </summary>
    private static bool OpensSeparateReport(ExtractionContext context, int first)
    {
        var word = context.Text(first);
        if (word is "Separately" or "Meanwhile" or "Elsewhere")
        {
            return true;
        }

        if (first + 2 >= context.Tokens.Count)
        {
            return false;
        }

        return (word is "In" && context.Text(first + 1) is "a" or "another" && context.Text(first + 2) is "separate" or "related" or "parallel")
            || (word is "Also" && context.AnnotationsIn(first + 1, first + 3, AnnotationKind.Date).Any());
    }

    private static bool IsDefiniteReference(ExtractionContext context, int first, int end)
    {
        for (var k = first; k < end - 1; k++)
        {
            if (context.Text(k) is "the" or "their" or "this" or "that" or "The" or "Their" or "This" && context.Text(k + 1) is "meeting" or "talks" or "visit" or "call" or "consultations" or "summit" or "session" or "dialogue")
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameDetails(MeetingDraft existing, MeetingDraft candidate) =>
        (candidate.Date is null || existing.Date?.Mention.Value == candidate.Date.Mention.Value)
        && (candidate.Location is null || existing.Location == candidate.Location)
        && (candidate.Round is null || existing.Round == candidate.Round);

    /// <summary>Fills a meeting's missing parties, date and place from the meeting it is part of.</summary>
    private static void Inherit(MeetingDraft candidate, MeetingDraft from)
    {
        foreach (var party in from.Parties)
        {
            Parties.AddDistinct(candidate.Parties, party);
        }

        candidate.Date ??= from.Date;
        candidate.Location ??= from.Location;
        if (from.Date is { } date && candidate.Evidence.All(e => e.Field != "date"))
        {
            candidate.Note("date", date.Mention.Span, date.Rule);
        }
    }

    private static MeetingDraft Add(List<MeetingDraft> meetings, MeetingDraft candidate)
    {
        meetings.Add(candidate);
        return candidate;
    }

    private static bool SameMeeting(MeetingDraft existing, MeetingDraft candidate)
    {
        if (existing.Status != candidate.Status || Family(existing.Kind) != Family(candidate.Kind))
        {
            return false;
        }

        if (existing.Date is { } a && candidate.Date is { } b && a.Mention.Value != b.Mention.Value)
        {
            return false;
        }

        if (existing.Location is { } x && candidate.Location is { } y && x != y)
        {
            return false;
        }

        if (existing.Round is { } r1 && candidate.Round is { } r2 && r1 != r2)
        {
            return false;
        }

        // "The 13th Summit … brought together A, B, C, D and E" is not the talks of A and B reported before.
        if (Math.Min(existing.Parties.Count, candidate.Parties.Count) >= 2 && Math.Abs(existing.Parties.Count - candidate.Parties.Count) >= 2)
        {
            return false;
        }

        var shared = candidate.Parties.Count(existing.Parties.Contains);
        return shared >= Math.Min(2, Math.Min(existing.Parties.Count, candidate.Parties.Count)) && shared > 0
            && (candidate.Parties.Count <= existing.Parties.Count || existing.Parties.Count >= 2);
    }

    private static int Family(MeetingKind kind) => kind switch
    {
        MeetingKind.Talks or MeetingKind.Other or MeetingKind.Summit => 0,
        _ => (int)kind,
    };

    private static void Merge(MeetingDraft into, MeetingDraft from)
    {
        foreach (var party in from.Parties)
        {
            Parties.AddDistinct(into.Parties, party);
        }

        foreach (var person in from.Participants)
        {
            if (!into.Participants.Contains(person))
            {
                into.Participants.Add(person);
            }
        }

        into.Location ??= from.Location;
        into.Date ??= from.Date;
        into.Round ??= from.Round;
        into.Level ??= from.Level;
        into.Name ??= from.Name;
        if (into.Kind == MeetingKind.Other && from.Kind is MeetingKind.Talks or MeetingKind.Summit)
        {
            into.Kind = from.Kind;
        }

        foreach (var topic in from.Topics)
        {
            if (!into.Topics.Contains(topic))
            {
                into.Topics.Add(topic);
            }
        }

        foreach (var evidence in from.Evidence)
        {
            into.Note(evidence.Field, evidence.Span, evidence.Rule);
        }
    }

    /// <summary>"the next round of the additional secretary-level talks": the held meeting at the same level or of the same name.</summary>
    private static MeetingDraft? SameLevel(List<MeetingDraft> meetings, MeetingDraft candidate)
    {
        if (candidate.Level is null && candidate.Name is null)
        {
            return null;
        }

        foreach (var m in meetings)
        {
            if (m.Status == MeetingStatus.Held && m.Parties.Count >= 2
                && ((candidate.Level is not null && m.Level == candidate.Level) || (candidate.Name is not null && m.Name == candidate.Name)))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The meeting "they" or "the two sides" refer to: the last held one of the family, with exactly two parties for "two sides".</summary>
    private static MeetingDraft? LastMeeting(List<MeetingDraft> meetings, MeetingKind? kind, bool twoSides)
    {
        // The one mentioned last: "Meeting with the Kazakh minister, … In his talks with the Indian minister, … The two
        // ministers agreed …" means the Indian talks, though the Kazakh ones were read first.
        MeetingDraft? last = null;
        for (var m = meetings.Count - 1; m >= 0; m--)
        {
            if ((twoSides ? meetings[m].Parties.Count == 2 : meetings[m].Parties.Count >= 2) && (kind is null || Family(meetings[m].Kind) == Family(kind.Value))
                && meetings[m].Status == MeetingStatus.Held && (last is null || LastMention(meetings[m]) > LastMention(last)))
            {
                last = meetings[m];
            }
        }

        return last;
    }

    private static int LastMention(MeetingDraft meeting) => meeting.Mentions.Count > 0 ? meeting.Mentions[^1] : meeting.Sentence;

    private static MeetingDraft? Mentioned(MeetingDraft? meeting, int sentence)
    {
        if (meeting is not null && (meeting.Mentions.Count == 0 || meeting.Mentions[^1] != sentence))
        {
            meeting.Mentions.Add(sentence);
        }

        return meeting;
    }

    private static void AttachDelegations(ExtractionContext context)
    {
        foreach (var delegation in context.Drafts.Delegations)
        {
            // "At the Foreign Office consultations on Monday, the Indian side was led by …, while the Japanese delegation was
            // headed by …": the meeting the same sentence reports, and each delegation's side is one of its sides.
            var reported = context.Drafts.Meetings.FirstOrDefault(m => m.Status == MeetingStatus.Held && (m.Sentence == delegation.Sentence || m.Mentions.Contains(delegation.Sentence)));
            if (reported is not null && delegation.Side is { } side && !reported.Parties.Contains(side))
            {
                reported.Parties.Add(side);
                reported.Note("parties", delegation.Span, nameof(MeetingExtractor) + ".DelegationSide");
            }

            // Else the lead talks the side took part in: delegations are reported for the meeting the story is about.
            var best = reported ?? context.Drafts.Meetings.FirstOrDefault(m => m.Status == MeetingStatus.Held && m.Parties.Contains(delegation.Side!) && Family(m.Kind) == 0)
                ?? context.Drafts.Meetings.FirstOrDefault(m => m.Status == MeetingStatus.Held && m.Parties.Contains(delegation.Side!));
            if (best is not null)
            {
                delegation.Meeting = best;
                best.Delegations.Add(delegation);
                if (delegation.Head is { } head && !best.Participants.Contains(head))
                {
                    best.Participants.Add(head);
                }
            }
        }

        foreach (var meeting in context.Drafts.Meetings)
        {
            BalanceSides(meeting);
        }
    }

    /// <summary>
    /// Two delegations on one side of a two-party meeting, where one head's side was only the dateline's guess
    /// ("External Affairs Minister X" in a Kathmandu story, beside "Nepal’s Foreign Minister Y"): that head leads the
    /// other party's delegation.
    /// </summary>
    private static void BalanceSides(MeetingDraft meeting)
    {
        if (meeting.Parties.Count != 2 || meeting.Delegations.Count != 2 || meeting.Delegations[0].Side != meeting.Delegations[1].Side)
        {
            return;
        }

        BalanceTwoSides(meeting);
    }

    private static void BalanceTwoSides(MeetingDraft meeting)
    {
        var other = meeting.Parties.FirstOrDefault(p => p != meeting.Delegations[0].Side);
        var guessed = meeting.Delegations.FirstOrDefault(d => d.Head?.AffiliationRule.EndsWith(".HomeCountry", StringComparison.Ordinal) == true);
        if (other is null || guessed?.Head is not { } head)
        {
            return;
        }

        guessed.Side = other;
        head.AffiliationPlace = other as PlaceEntity;
        head.AffiliationOrganization = other as OrganizationEntity;
        head.AffiliationRule = nameof(MeetingExtractor) + ".OtherSide";
        guessed.Note("side", meeting.Span, nameof(MeetingExtractor) + ".OtherSide");
    }

    /// <summary>
    /// "X held a series of bilateral meetings on Thursday on the margins of the summit. X met with A, and with B …": a
    /// meeting of one side, told again in detail in the next sentences, is those meetings; they take its day and place.
    /// </summary>
    private static void Detail(List<MeetingDraft> meetings)
    {
        for (var m = meetings.Count - 1; m >= 0; m--)
        {
            var announced = meetings[m];
            if (announced.Parties.Count != 1 || announced.Status != MeetingStatus.Held || announced.Date is null)
            {
                continue;
            }

            // Meetings are added in reading order: only the next few can tell this one in detail.
            var detailed = false;
            for (var d = m + 1; d < meetings.Count && meetings[d].Sentence <= announced.Sentence + 2; d++)
            {
                var meeting = meetings[d];
                if (meeting.Status == MeetingStatus.Held && meeting.Parties.Count == 2 && meeting.Parties.Contains(announced.Parties[0])
                    && meeting.Sentence > announced.Sentence && meeting.Sentence <= announced.Sentence + 2 && meeting.Date is null)
                {
                    meeting.Date = announced.Date;
                    meeting.Location ??= announced.Location;
                    meeting.Note("date", announced.Date.Mention.Span, nameof(MeetingExtractor) + ".Detail");
                    detailed = true;
                }
            }

            if (detailed)
            {
                meetings.RemoveAt(m);
            }
        }
    }

    private static void Check(ExtractionContext context)
    {
        foreach (var meeting in context.Drafts.Meetings)
        {
            if (meeting.Parties.Count == 1)
            {
                meeting.Checks.Add(DiagnosticCodes.MeetingWithOneParty);
                context.Report(DiagnosticCodes.MeetingWithOneParty, DiagnosticSeverity.Info, DiagnosticMessages.MeetingWithOneParty, meeting.Span);
            }

            if (meeting.Status == MeetingStatus.Held && meeting.Date?.Mention.Value is { } date && context.ReferenceDate is { } reference && date > reference)
            {
                meeting.Checks.Add(DiagnosticCodes.EventAfterArticle);
                context.Report(DiagnosticCodes.EventAfterArticle, DiagnosticSeverity.Warning, DiagnosticMessages.EventAfterArticle, meeting.Date.Mention.Span);
            }
        }
    }

    internal static int? Ordinal(ExtractionContext context, int k)
    {
        if (k < 0 || k >= context.Tokens.Count)
        {
            return null;
        }

        var word = context.Text(k);
        int? value = word switch
        {
            "inaugural" or "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            "tenth" => 10,
            "eleventh" => 11,
            "twelfth" => 12,
            _ => null,
        };
        if (value is null && context.Tokens[k].Kind == TokenKind.Number && k + 1 < context.Tokens.Count
            && !context.Tokens[k + 1].SpaceBefore && context.Text(k + 1) is "st" or "nd" or "rd" or "th"
            && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }

        return value;
    }

    private static Annotation? Nearest(ExtractionContext context, ExtractionContext.AnnotationRange annotations, int trigger)
    {
        Annotation? best = null;
        foreach (var annotation in annotations)
        {
            if ((best is null || Math.Abs(annotation.First - trigger) < Math.Abs(best.Value.First - trigger)) && !InOtherRelativeClause(context, annotation.First, trigger))
            {
                best = annotation;
            }
        }

        return best;
    }

    /// <summary>
    /// "X, who arrived in Colombo on Monday on a visit, called on the President yesterday": a date inside a relative
    /// clause that does not hold the trigger dates that clause's event.
    /// </summary>
    private static bool InOtherRelativeClause(ExtractionContext context, int at, int trigger)
    {
        for (var k = at - 1; k > 0 && k >= at - 15; k--)
        {
            if (context.Tokens[k].IsPunctuation(context.Source, ','))
            {
                return false;
            }

            if (context.Text(k) is "who" && context.Tokens[k - 1].IsPunctuation(context.Source, ','))
            {
                var close = at;
                while (close < context.Tokens.Count && close <= at + 20 && !context.Tokens[close].IsPunctuation(context.Source, ',') && !context.Tokens[close].IsPunctuation(context.Source, '.'))
                {
                    close++;
                }

                return trigger < k || trigger > close;
            }

            // "The meeting took place on the sidelines of the AU summit, which closed on Sunday": the occasion's date.
            if (context.Text(k) is "which" && context.Tokens[k - 1].IsPunctuation(context.Source, ',') && trigger < k
                && context.HasWord(trigger + 1, k, "sidelines", "margins", "sideline", "margin"))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Span(ExtractionContext context, Annotation annotation) =>
        context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length);
}
