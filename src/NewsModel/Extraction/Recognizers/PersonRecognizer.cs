using System.Collections.Frozen;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Finds people: names after a title (<c>Foreign Secretary Amina Rao</c>, <c>ADB Country Director for Kenya Ana Ruiz</c>,
/// <c>… of the Ministry of Finance, Mr Ali Khan</c>), after an honorific (<c>Dr. Lee</c>), before a title in
/// apposition (<c>Ana Ruiz, the bank’s country director,</c>) or before a speech verb (<c>Ana Ruiz said</c>); then links
/// later short mentions (<c>Ruiz</c>, <c>Mr Khan</c>) to them.
/// </summary>
/// <remarks>
/// A capitalised phrase alone never makes a person: it needs a title, an honorific, apposition or a speech verb, and
/// tokens the gazetteer already named as places or organisations are never read as names. Affiliation comes from the
/// words before the title (<c>Pakistan’s</c>, <c>Kenyan</c>, <c>ADB</c>), from an <c>of …</c> complement naming a country
/// or ministry, or from the sentence (<c>the Kenyan side was led by …</c>).
/// </remarks>
internal sealed class PersonRecognizer : ExtractionRule
{
    private const int MaxNameWords = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_speechVerbs = Lookup(StringComparer.Ordinal,
        "said", "says", "told", "tells", "added", "adds", "noted", "stated", "stressed", "emphasised", "emphasized", "explained",
        "announced", "warned", "remarked", "observed", "highlighted", "underlined", "urged", "called", "asked", "insisted");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNames = Lookup(StringComparer.Ordinal,
        "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "Our",
        "Both", "Later", "Earlier", "Meanwhile", "However", "Also", "In", "On", "At", "For", "With", "By", "From", "To", "As", "After",
        "Before", "During", "Under", "Over", "While", "When", "Since", "If", "But", "And", "Or", "Nor", "So", "Yet", "Last", "Next",
        "Each", "Every", "All", "Some", "Many", "Several", "Other", "Another", "Such", "Only", "First", "Second", "Third", "Government",
        "State", "Minister", "President", "Prime", "Ambassador", "Secretary", "Director", "Chairman", "Bank", "Fund", "Agreement",
        "Project", "Program", "Programme", "Mechanism", "Framework", "Railway", "Division", "Ministry", "Office", "Department", "Talks",
        "Thursday", "Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr");

    public override int Order => 300;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(StringComparer comparer, params string[] words) =>
        words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public override void Run(ExtractionContext context)
    {
        var tokens = context.Tokens;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var token = tokens[i];
                if (context.IsCovered(i) || !token.IsWord)
                {
                    continue;
                }

                // A title starts with a title word or a modifier of one, and apposition with a capital: the other words
                // (most of them) need neither reader.
                var next = (context.ClassOf(i) & (WordClass.TitleStart | WordClass.TitleModifier)) != 0 ? TryTitled(context, sentence, i) : null;
                if (next is null && token.IsCapitalized)
                {
                    next = TryApposition(context, sentence, i) ?? TryCredited(context, sentence, i);
                }

                i = next ?? i;
            }
        }

        LinkShortMentions(context);
        AddPhotographer(context);
        ResolveMissingAffiliations(context);
    }

    /// <summary>
    /// "(Reporting by Ana Ruiz and Li Wei; Editing by Tom Hale)", "—With assistance from Sara Lind.": the journalists a wire
    /// credit names, two words or more each, with no title.
    /// </summary>
    private static int? TryCredited(ExtractionContext context, Sentence sentence, int i)
    {
        if (!IsAfterCreditLead(context, sentence, i))
        {
            return null;
        }

        var nameEnd = ReadName(context, i, sentence.End);
        if (nameEnd - i < 2)
        {
            return null;
        }

        if (ExistingPerson(context, i, nameEnd) is { } known)
        {
            AddMention(context, known, i, nameEnd);
        }
        else
        {
            AddPerson(context, i, nameEnd, nameof(PersonRecognizer) + ".Credit");
        }

        return nameEnd - 1;
    }

    /// <summary>Whether the name at <paramref name="i"/> follows "Reporting by", "Editing by", "Writing by" or "assistance from", or another name so credited and "and" or a comma.</summary>
    private static bool IsAfterCreditLead(ExtractionContext context, Sentence sentence, int i)
    {
        var k = i - 1;
        for (var names = 0; names < 4 && k > sentence.First; names++)
        {
            if (context.Text(k) is "by" && context.Text(k - 1) is "Reporting" or "reporting" or "Editing" or "Writing" or "Compiled" or "compiled")
            {
                return true;
            }

            if (context.Text(k) is "from" && context.Text(k - 1) is "assistance")
            {
                return true;
            }

            if (!(context.Text(k) is "and" || context.Tokens[k].IsPunctuation(context.Source, ',')))
            {
                return false;
            }

            // Back over the name before the "and" or comma.
            k--;
            var nameWords = 0;
            while (k > sentence.First && context.Tokens[k].IsWord && context.Tokens[k].IsCapitalized && nameWords < MaxNameWords)
            {
                k--;
                nameWords++;
            }

            if (nameWords < 2)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Photo: R. Kumar Das", "AFP Photo/Jean Martin": the photographer a photo credit names, of the agency before the slash.</summary>
    private static void AddPhotographer(ExtractionContext context)
    {
        if (context.Article.Photo is not { Credit: { } credit, CreditSpan: { } span }
            || !PhotoCreditNames.TryRead(credit, out var name, out var agency))
        {
            return;
        }

        var start = span.Start + name.Start;
        var mention = context.MentionOf(start, start + name.Length);
        var person = context.People.Find(p => p.Name == mention.Text);
        if (person is null)
        {
            person = context.NewPerson(mention.Text);
            person.NameSpan = mention.Span;
            person.AffiliationRule = nameof(PersonRecognizer) + ".PhotoCredit";
            foreach (var range in credit.AsSpan(name.Start, name.Length).Split(' '))
            {
                var (offset, length) = range.GetOffsetAndLength(name.Length);
                if (length > 2 || (length == 2 && credit[name.Start + offset + 1] != '.'))
                {
                    person.NameWords.Add((start + offset, length));
                }
            }

            context.People.Add(person);
        }

        person.Mentions.Add(mention);
        if (agency.Length > 0 && person.AffiliationName is null && WireAgencies.FullName(credit.AsSpan(agency.Start, agency.Length)) is { } agencyName)
        {
            var organization = context.Organizations.Find(o => o.Name == agencyName);
            if (organization is null)
            {
                organization = context.NewOrganization(agencyName, OrganizationKind.Media);
                organization.Rule = nameof(PersonRecognizer) + ".PhotoCredit";
                context.Organizations.Add(organization);
            }

            var agencyStart = span.Start + agency.Start;
            organization.Mentions.Add(context.MentionOf(agencyStart, agencyStart + agency.Length));
            person.AffiliationOrganization = organization;
            person.AffiliationSpan = context.SpanOfChars(agencyStart, agencyStart + agency.Length);
        }
    }

    /// <summary>
    /// For people whose title named no country or organisation: "his Ivorian counterpart, Laurent Yao" gives Ivory Coast;
    /// a government title (a president, minister or secretary) gives the country of the dateline, or else the country
    /// the article names most; a lender's official title gives the lender the article names most.
    /// </summary>
    private static void ResolveMissingAffiliations(ExtractionContext context)
    {
        foreach (var person in context.People)
        {
            if (person.AffiliationName is not null)
            {
                continue;
            }

            if (GenericLenderPrefix(context, person) is { } theBank)
            {
                person.AffiliationOrganization = theBank;
                person.AffiliationSpan = theBank.FirstSpan;
                person.AffiliationRule = nameof(PersonRecognizer) + ".TheBank";
            }
            else if (SignedFor(context, person) is { } side)
            {
                Assign(context, person, side, nameof(PersonRecognizer) + ".SignedFor");
            }
            else if (Counterpart(context, person) is { } counterpart)
            {
                person.AffiliationPlace = counterpart.Place;
                person.AffiliationSpan = counterpart.Span;
                person.AffiliationRule = nameof(PersonRecognizer) + ".Counterpart";
            }
            else if (IsGovernmentTitle(person.TitleKind) && InvitingCountry(context, person) is { } host)
            {
                person.AffiliationPlace = host.Place;
                person.AffiliationSpan = host.Span;
                person.AffiliationRule = nameof(PersonRecognizer) + ".Invitation";
            }
            else if (IsGovernmentTitle(person.TitleKind) && ForeignPartner(context, person) is { } partner)
            {
                person.AffiliationPlace = partner.Place;
                person.AffiliationSpan = partner.Span;
                person.AffiliationRule = nameof(PersonRecognizer) + ".ForeignPartner";
            }
            else if (IsGovernmentTitle(person.TitleKind) && (CountryBefore(context, person) ?? HomeCountry(context)) is { } home)
            {
                person.AffiliationPlace = home.Place;
                person.AffiliationSpan = home.Span;
                person.AffiliationRule = nameof(PersonRecognizer) + ".HomeCountry";
            }
            else if (person.TitleKind is "lenderOfficial" && MostNamedLender(context) is { } lender)
            {
                person.AffiliationOrganization = lender;
                person.AffiliationSpan = lender.FirstSpan;
                person.AffiliationRule = nameof(PersonRecognizer) + ".ArticleLender";
            }
        }
    }

    /// <summary>A president, minister, secretary, officer, legislator, diplomat or judge: someone who serves a country.</summary>
    private static bool IsGovernmentTitle(string? kind) =>
        kind is "headOfState" or "headOfGovernment" or "minister" or "civilServant" or "military" or "legislator" or "diplomat" or "judiciary";

    /// <summary>"the fund’s Acting Director General …", "the bank’s country director …": the lender the article is about.</summary>
    private static OrganizationEntity? GenericLenderPrefix(ExtractionContext context, PersonEntity person)
    {
        if (person.TitleSpan is not { } title)
        {
            return null;
        }

        var prefix = context.Source.AsSpan(Math.Max(0, title.Start - 16), Math.Min(16, title.Start));
        if (!(prefix.EndsWith("bank’s ", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith("fund’s ", StringComparison.OrdinalIgnoreCase)
            || prefix.EndsWith("bank's ", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith("fund's ", StringComparison.OrdinalIgnoreCase)
            || prefix.EndsWith("lender’s ", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith("lender's ", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // "The OPEC Fund … and the Asian Development Bank are sharing the dam's cost. Karim Nasser, the fund's
        // Vice-President …": a fund or bank named just before, in this sentence or the last, is the one meant.
        var owner = prefix[..^3];
        return NearestLenderNamed(context, title.Start, owner[(owner.LastIndexOf(' ') + 1)..]) ?? MostNamedLender(context);
    }

    /// <summary>
    /// The lender mentioned last before <paramref name="before"/>, in its sentence or the one before it, whose name holds
    /// <paramref name="head"/> ("Fund", "Bank"); any lender for "lender".
    /// </summary>
    private static OrganizationEntity? NearestLenderNamed(ExtractionContext context, int before, ReadOnlySpan<char> head)
    {
        var from = 0;
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            if (sentence.Count > 0 && context.Tokens[sentence.First].Start <= before && before < context.Tokens[sentence.End - 1].End)
            {
                from = context.Tokens[context.Sentences[Math.Max(0, s - 1)].First].Start;
                break;
            }
        }

        var any = head.Equals("lender", StringComparison.OrdinalIgnoreCase);
        OrganizationEntity? best = null;
        var bestStart = -1;
        foreach (var organization in context.Organizations)
        {
            if (!organization.IsLender || !(any || organization.Name.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var mention in organization.Mentions)
            {
                if (mention.Span.Start >= from && mention.Span.Start < before && mention.Span.Start > bestStart)
                {
                    best = organization;
                    bestStart = mention.Span.Start;
                }
            }
        }

        return best;
    }

    /// <summary>The lender the article names most; the first of those named as often.</summary>
    private static OrganizationEntity? MostNamedLender(ExtractionContext context)
    {
        OrganizationEntity? best = null;
        foreach (var organization in context.Organizations)
        {
            if (organization.IsLender && (best is null || organization.Mentions.Count > best.Mentions.Count))
            {
                best = organization;
            }
        }

        return best;
    }

    /// <summary>The country named last before the person in the same sentence ("visit to Djibouti …, called on President …").</summary>
    private static (PlaceEntity Place, Text.TextSpan Span)? CountryBefore(ExtractionContext context, PersonEntity person)
    {
        // The person's first mention, and the clause it stands in: "…, while the Dominican Republic's loan, signed by Minister …".
        var mention = FirstMention(context, person);
        if (mention.Length == 0)
        {
            return null;
        }

        var sentence = context.Sentences[context.SentenceOf(mention.First)];
        var (clauseFirst, _) = Clauses.Around(context, sentence, mention.First);
        return CountryIn(context, clauseFirst, mention.First) ?? CountryIn(context, sentence.First, mention.First);
    }

    /// <summary>The first annotation of a person, or the default annotation when there is none.</summary>
    private static Annotation FirstMention(ExtractionContext context, PersonEntity person)
    {
        foreach (var annotation in context.Annotations)
        {
            if (annotation.Kind == AnnotationKind.Person && context.People[annotation.Entity] == person)
            {
                return annotation;
            }
        }

        return default;
    }

    private static (PlaceEntity Place, Text.TextSpan Span)? CountryIn(ExtractionContext context, int first, int end)
    {
        (PlaceEntity, Text.TextSpan)? best = null;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            // "Tajik", "the Dominican Republic's", "a visit to Djibouti": not the object of a verb ("urged Japan to …").
            // "Thai Foreign Minister Pornchai …, called on President …": the adjective of someone else's title is theirs.
            // "Chile’s trade envoy …, met the acting finance minister, …": a possessive that owns someone else's title too.
            if (context.TitleAt(annotation.First) is null && !(annotation.IsAdjective && annotation.End < end && context.TitleAt(annotation.End) is not null)
                && !(annotation.End + 1 < end && context.Tokens[annotation.End].Kind == TokenKind.Possessive && context.TitleAt(annotation.End + 1) is not null)
                && (annotation.IsAdjective || (annotation.End < context.Tokens.Count && context.Tokens[annotation.End].Kind == TokenKind.Possessive)
                    || (annotation.First > 0 && context.Text(annotation.First - 1) is "to" && context.Places[annotation.Entity].Kind == PlaceKind.Country
                        && end - annotation.End <= 12))
                && Parties.CountryOf(context, context.Places[annotation.Entity]) is { } country)
            {
                best = (country, context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length));
            }
        }

        return best;
    }

    /// <summary>"Bader Al-Ayyar signed for the Kuwait Fund", "… on behalf of Ethiopia": the side a person signed for.</summary>
    private static Annotation? SignedFor(ExtractionContext context, PersonEntity person)
    {
        foreach (var annotation in context.Annotations)
        {
            if (annotation.Kind != AnnotationKind.Person || context.People[annotation.Entity] != person)
            {
                continue;
            }

            var k = annotation.End;
            var count = context.Tokens.Count;
            if (k < count && context.Tokens[k].IsPunctuation(context.Source, ','))
            {
                k++;
            }

            var signed = k < count && context.Text(k) is "signed" or "inked";
            if (signed)
            {
                k++;
            }

            if (signed && k < count && context.Text(k) is "for")
            {
                k++;
            }
            else if (k + 2 < count && context.Text(k) is "on" && context.Text(k + 1) is "behalf" && context.Text(k + 2) is "of")
            {
                k += 3;
            }
            else
            {
                continue;
            }

            if (k < count && context.Text(k) is "the")
            {
                k++;
            }

            if (AnnotationAt(context, k) is { } side)
            {
                return side;
            }
        }

        return null;
    }

    private static (PlaceEntity Place, Text.TextSpan Span)? Counterpart(ExtractionContext context, PersonEntity person)
    {
        foreach (var annotation in context.Annotations)
        {
            if (annotation.Kind != AnnotationKind.Person || context.People[annotation.Entity] != person)
            {
                continue;
            }

            // "his Ivorian counterpart, Laurent Yao", "his then counterpart, Foreign Secretary Nazrul Bhuiyan".
            var k = annotation.First - 1;
            if (context.TitleAt(k) is { } title)
            {
                k = title.First - 1;
            }

            if (k >= 0 && context.Tokens[k].IsPunctuation(context.Source, ','))
            {
                k--;
            }

            if (k < 1 || context.Text(k) is not "counterpart")
            {
                continue;
            }

            if (AnnotationAt(context, k - 1) is { Kind: AnnotationKind.Place } place && Parties.CountryOf(context, context.Places[place.Entity]) is { } country)
            {
                return (country, context.SpanOfChars(place.Start, place.Start + place.Length));
            }

            // Without an adjective, the counterpart of someone from one country is from the other country the article is about.
            var sentence = context.Sentences[context.SentenceOf(k)];
            foreach (var before in context.AnnotationsIn(sentence.First, k, AnnotationKind.Person))
            {
                if (context.People[before.Entity].AffiliationPlace is { } own
                    && MostNamedCountryBut(context, own) is { } other)
                {
                    return (other, context.Span(k, k + 1));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "an invitation from President Ana Ruiz to visit Lima": whoever invites someone to visit a place is of its country.
    /// </summary>
    private static (PlaceEntity Place, Text.TextSpan Span)? InvitingCountry(ExtractionContext context, PersonEntity person)
    {
        var mention = FirstMention(context, person);
        var k = mention.End;
        var first = context.TitleAt(mention.First - 1) is { } title ? title.First : mention.First;
        if (mention.Count == 0 || first < 2 || k + 2 >= context.Tokens.Count
            || context.Text(first - 1) is not "from" || context.Text(first - 2) is not ("invitation" or "invite")
            || context.Text(k) is not "to" || context.Text(k + 1) is not "visit"
            || AnnotationAt(context, k + 2) is not { Kind: AnnotationKind.Place } place
            || Parties.CountryOf(context, context.Places[place.Entity]) is not { } country)
        {
            return null;
        }

        return (country, context.SpanOfChars(place.Start, place.Start + place.Length));
    }

    /// <summary>
    /// "President Ana Ruiz and Chilean Foreign Minister Luis Soto": an official named with no country, then "and" and an
    /// official whose title a nationality marks, is of the other country the article is about — the writer marks only the
    /// foreigner.
    /// </summary>
    private static (PlaceEntity Place, Text.TextSpan Span)? ForeignPartner(ExtractionContext context, PersonEntity person)
    {
        var mention = FirstMention(context, person);
        var k = mention.End;
        if (mention.Count == 0 || k + 2 >= context.Tokens.Count || context.Text(k) is not "and"
            || AnnotationAt(context, k + 1) is not { Kind: AnnotationKind.Place, IsAdjective: true } marked || context.TitleAt(marked.End) is null
            || Parties.CountryOf(context, context.Places[marked.Entity]) is not { } own || MostNamedCountryBut(context, own) is not { } other)
        {
            return null;
        }

        return (other, context.Span(k + 1, marked.End));
    }

    /// <summary>The country other than <paramref name="own"/> the article names most; the first of those named as often.</summary>
    private static PlaceEntity? MostNamedCountryBut(ExtractionContext context, PlaceEntity own)
    {
        PlaceEntity? best = null;
        foreach (var place in context.Places)
        {
            if (place.Kind == PlaceKind.Country && place != own && place.Mentions.Count > 0 && (best is null || place.Mentions.Count > best.Mentions.Count))
            {
                best = place;
            }
        }

        return best;
    }

    private static (PlaceEntity Place, Text.TextSpan Span)? HomeCountry(ExtractionContext context) =>
        Parties.HomeCountry(context) is { } home ? (home, home.FirstSpan) : null;

    /// <summary>[affiliation] title [complements] [,] [honorific] Name.</summary>
    private static int? TryTitled(ExtractionContext context, Sentence sentence, int i)
    {
        // "setting up a Chair of Indian Studies": an office with an indefinite article is not someone's title.
        if (i > sentence.First && context.Text(i - 1) is "a" or "an")
        {
            return null;
        }

        var title = ReadTitle(context, i, sentence.End);
        if (title is not { } t)
        {
            return null;
        }

        // "Foreign Affairs Cabinet Secretary", "Planning Adviser": portfolio words before the title word belong to it.
        var prefix = t.Start;
        while (prefix - 1 >= sentence.First && context.Tokens[prefix - 1].IsCapitalized && !context.IsCovered(prefix - 1) && PortfolioWords.Contains(context.Text(prefix - 1)))
        {
            prefix--;
        }

        if (prefix < t.Start)
        {
            t = t with { Start = prefix, AffiliationStart = prefix };
        }

        var nameStart = t.End;
        if (nameStart < sentence.End && context.Tokens[nameStart].IsPunctuation(context.Source, ','))
        {
            nameStart++;
        }

        string? honorific = null;

        // "Additional Secretary for Kenya, Ambassador Ana Ruiz", "Federal Minister for Finance Senator Ahsan Qureshi": a
        // rank between the title and the name.
        if (ReadTitle(context, nameStart, sentence.End) is { IsHonorific: false } rank && rank.End == rank.TitleEnd
            && (nameStart > t.End || rank.End - rank.Start == 1)
            && ReadName(context, rank.End, sentence.End) > rank.End)
        {
            honorific = context.TextOf(rank.Start, rank.End);
            nameStart = rank.End;
        }
        else if (ReadHonorific(context, nameStart, sentence.End) is { } h)
        {
            honorific = h.Text;
            nameStart = h.End;
        }
        else if (t.IsHonorific)
        {
            honorific = context.TextOf(t.Start, t.TitleEnd);
        }

        var nameEnd = ReadName(context, nameStart, sentence.End);
        if (nameEnd == nameStart)
        {
            return null;
        }

        // A bare title word before a single capitalised word is too weak ("Minister Ali" is fine, "Director Mission" is not):
        // the name must not be followed by a word that continues a proper noun.
        var person = AddPerson(context, nameStart, nameEnd, nameof(PersonRecognizer) + ".Title");
        person.Honorific ??= honorific is null ? null : honorific.TrimEnd('.');
        if (!t.IsHonorific && (person.Title is null || IsAbbreviationOf(person, t)))
        {
            person.Title = context.TextOf(t.Start, t.End);
            person.TitleSpan = context.Span(t.Start, t.End);
            person.TitleKind = t.Kind;
        }

        // "Dr. Mekonnen Alemu Tessema, Minister of Finance,", "Sheikh Talal Fahad Al-Sabah, Kuwait’s Minister of Finance":
        // after an honorific or a royal style, the title in apposition is the office.
        if ((t.IsHonorific || t.Kind is "royal" or "religious") && AppositionTitle(context, sentence, nameEnd) is { } office)
        {
            person.Title = context.TextOf(office.Start, office.End);
            person.TitleSpan = context.Span(office.Start, office.End);
            person.TitleKind = office.Kind;
            SetAffiliation(context, person, office, sentence);
            AnnotateTitle(context, office.Start, office.End, person);
            return nameEnd - 1;
        }

        SetAffiliation(context, person, t, sentence);
        AffiliationAfterName(context, person, nameEnd, sentence);
        AnnotateTitle(context, t.Start, t.End, person);
        return nameEnd - 1;
    }

    /// <summary>
    /// Whether the person's title so far is an abbreviation in capitals ("PM Lindgren") and <paramref name="title"/>
    /// is an office of the same kind written out ("Prime Minister Eva Lindgren"): the written-out one is the title.
    /// </summary>
    private static bool IsAbbreviationOf(PersonEntity person, TitleRun title)
    {
        var current = person.Title.AsSpan();
        return person.TitleKind == title.Kind && current.Length <= 4 && current.IndexOfAnyExceptInRange('A', 'Z') < 0
            && title.End - title.Start > 1;
    }

    /// <summary>
    /// ", [the | a | an] [Country’s | Org | bank’s] [one or two words] title" after a name: "Ana Ruiz, the bank’s country
    /// director", "Ali Khan, an inspection official at the ministry".
    /// </summary>
    private static TitleRun? AppositionTitle(ExtractionContext context, Sentence sentence, int after)
    {
        if (after >= sentence.End || !context.Tokens[after].IsPunctuation(context.Source, ','))
        {
            return null;
        }

        var k = after + 1;
        var article = k < sentence.End && context.Text(k) is "the" or "a" or "an";
        if (article)
        {
            k++;
        }

        var affiliationStart = k;
        while (k < sentence.End && (IsAffiliationToken(context, k)
            || (context.Text(k) is "bank" or "fund" or "lender" or "agency" or "Bank" or "Fund" or "Agency" && k + 1 < sentence.End && context.Tokens[k + 1].Kind == TokenKind.Possessive)))
        {
            k++;
        }

        if (ReadTitle(context, k, sentence.End) is { IsHonorific: false } title)
        {
            return title with { AffiliationStart = affiliationStart };
        }

        if (HeadOfUnitEnd(context, sentence, k) is { } unitEnd)
        {
            return new TitleRun(k, k, k + 1, unitEnd, IsHonorific: false, Kind: "other", affiliationStart);
        }

        // "an inspection official", "senior market analyst": one or two plain words before the title word belong to it.
        for (var skip = 1; skip <= 2 && k + skip < sentence.End; skip++)
        {
            if (!context.Tokens[k + skip - 1].IsWord || !context.Tokens[k + skip - 1].IsLower)
            {
                break;
            }

            if (ReadTitle(context, k + skip, sentence.End) is { IsHonorific: false } later)
            {
                return later with { Start = k, AffiliationStart = affiliationStart };
            }
        }

        return null;
    }

    /// <summary>
    /// "head of the agency’s flood forecasting division" in apposition: "head of" and the words up to the unit's noun (an
    /// organisation head word in any case, within a few words and before any comma); the end, or null.
    /// </summary>
    private static int? HeadOfUnitEnd(ExtractionContext context, Sentence sentence, int k)
    {
        const int MaxUnitWords = 8;
        if (k + 2 >= sentence.End || context.Text(k) is not "head" || context.Text(k + 1) is not "of")
        {
            return null;
        }

        int? unitEnd = null;
        Span<char> capitalised = stackalloc char[32];
        for (var m = k + 2; m < sentence.End && m <= k + 1 + MaxUnitWords && !context.Tokens[m].IsPunctuation(context.Source, ','); m++)
        {
            var word = context.Text(m);
            if (context.Tokens[m].IsWord && word.Length <= capitalised.Length)
            {
                word.CopyTo(capitalised);
                capitalised[0] = char.ToUpperInvariant(word[0]);
                unitEnd = OrganizationHeads.TryGetHead(capitalised[..word.Length], out _) ? m + 1 : unitEnd;
            }
        }

        return unitEnd;
    }

    /// <summary>"Permanent Secretary Ana Ruiz of Uganda’s Ministry of Foreign Affairs": the affiliation after the name.</summary>
    private static void AffiliationAfterName(ExtractionContext context, PersonEntity person, int nameEnd, Sentence sentence)
    {
        if (person.AffiliationName is not null || nameEnd + 1 >= sentence.End || context.Text(nameEnd) is not ("of" or "from"))
        {
            return;
        }

        for (var k = nameEnd + 1; k < sentence.End && k <= nameEnd + 3; k++)
        {
            if (AnnotationAt(context, k) is { } annotation)
            {
                var ministry = annotation.Kind == AnnotationKind.Organization ? null : AnnotationAt(context, annotation.End + 1);
                Assign(context, person, annotation, nameof(PersonRecognizer) + ".After");
                if (person.AffiliationName is null && ministry is { } org)
                {
                    Assign(context, person, org, nameof(PersonRecognizer) + ".After");
                }

                return;
            }
        }
    }

    /// <summary>Marks a title's tokens, so extractors know a place inside it ("… for Pakistan") names a portfolio, not a party.</summary>
    private static void AnnotateTitle(ExtractionContext context, int first, int end, PersonEntity person)
    {
        if (end > first)
        {
            var start = context.Tokens[first].Start;
            context.Annotate(new Annotation(AnnotationKind.Title, first, end - first, context.People.IndexOf(person), start, context.Tokens[end - 1].End - start));
        }
    }

    /// <summary>Name, [the] title … — or Name said.</summary>
    private static int? TryApposition(ExtractionContext context, Sentence sentence, int i)
    {
        var initial = context.Text(i).Length == 1 && i + 1 < sentence.End && context.Tokens[i + 1].IsPunctuation(context.Source, '.') && !context.Tokens[i + 1].SpaceBefore;
        if (!context.Tokens[i].IsCapitalized || (s_notNames.Contains(context.Text(i)) && !initial))
        {
            return null;
        }

        var honorific = ReadHonorific(context, i, sentence.End);
        var nameStart = honorific?.End ?? i;
        var nameEnd = ReadName(context, nameStart, sentence.End);
        var words = nameEnd - nameStart;
        if (words == 0)
        {
            return null;
        }

        if ((ExistingPerson(context, nameStart, nameEnd) ?? (words == 1 ? PersonWithWord(context, context.Text(nameStart)) : PersonEndingWith(context, nameStart, nameEnd))) is { } known)
        {
            AddMention(context, known, i, nameEnd);
            return nameEnd - 1;
        }

        var after = nameEnd;

        // Name, [Country’s | the | Org] title
        if ((words >= 2 || honorific is not null) && AppositionTitle(context, sentence, after) is { } title)
        {
            var person = AddPerson(context, nameStart, nameEnd, nameof(PersonRecognizer) + ".Apposition");
            person.Honorific ??= honorific?.Text.TrimEnd('.');
            person.Title ??= context.TextOf(title.Start, title.End);
            person.TitleSpan ??= context.Span(title.Start, title.End);
            person.TitleKind ??= title.Kind;
            SetAffiliation(context, person, title, sentence);
            AnnotateTitle(context, title.Start, title.End, person);
            return nameEnd - 1;
        }

        // "his Ivorian counterpart, Laurent Koffi Yao": the role word introduces a name.
        var counterpart = (i - 1 >= sentence.First && context.Text(i - 1) is "counterpart")
            || (i - 2 >= sentence.First && context.Tokens[i - 1].IsPunctuation(context.Source, ',') && context.Text(i - 2) is "counterpart");
        if (counterpart && words >= 2)
        {
            var person = AddPerson(context, nameStart, nameEnd, nameof(PersonRecognizer) + ".Counterpart");
            person.Honorific ??= honorific?.Text.TrimEnd('.');
            return nameEnd - 1;
        }

        var speaks = (after < sentence.End && context.Tokens[after].IsWord && s_speechVerbs.Contains(context.Text(after)))
            || (after + 1 < sentence.End && context.Tokens[after].IsPunctuation(context.Source, ',') && i - 1 >= sentence.First
                && context.Tokens[i - 1].IsPunctuation(context.Source, ',') && context.Tokens[after + 1].IsWord && s_speechVerbs.Contains(context.Text(after + 1)))
            || (i - 1 >= sentence.First && context.Tokens[i - 1].IsWord && context.Text(i - 1) is "said" or "says" or "according")
            || (i - 2 >= sentence.First && context.Text(i - 2) is "according" && context.Text(i - 1) is "to");
        if ((speaks && words >= 2) || (honorific is not null && words >= 1))
        {
            var person = AddPerson(context, nameStart, nameEnd, nameof(PersonRecognizer) + (speaks ? ".Speaker" : ".Honorific"));
            person.Honorific ??= honorific?.Text.TrimEnd('.');
            return nameEnd - 1;
        }

        return null;
    }

    private static bool IsAffiliationToken(ExtractionContext context, int k) =>
        context.IsCovered(k) && AnnotationAt(context, k) is { Kind: AnnotationKind.Place or AnnotationKind.Organization }
        || context.Tokens[k].Kind == TokenKind.Possessive;

    /// <summary>A title with its modifiers and complements: "acting country director for Bangladesh", "Director-General of the Americas Department at the Ministry of Foreign Affairs of Chile".</summary>
    private static TitleRun? ReadTitle(ExtractionContext context, int i, int end)
    {
        var tokens = context.Tokens;
        var start = i;
        // Modifiers ("acting", "chief"), unless the modifier starts a title of its own ("chief executive officer").
        while (i < end && (context.ClassOf(i) & WordClass.TitleModifier) != 0
            && !((context.ClassOf(i) & WordClass.TitleStart) != 0 && Gazetteer.Titles.Match(context.Source, tokens, i, end, out _) > 1))
        {
            i++;
        }

        if (i >= end || (context.ClassOf(i) & WordClass.TitleStart) == 0)
        {
            return null;
        }

        var count = Gazetteer.Titles.Match(context.Source, tokens, i, end, out var infos);
        if (count == 0)
        {
            return null;
        }

        var info = infos![0];

        // A title in lower case only counts as one when it is long enough to be unambiguous ("country director", not "chair"),
        // or when a modifier or an owner comes first ("chief representative", "the IDB's representative").
        if (tokens[i].IsLower && count == 1 && !IsLowerTitleWord(context.Text(i)) && i == start && !(i > 0 && tokens[i - 1].Kind == TokenKind.Possessive))
        {
            return null;
        }

        var titleEnd = i + count;
        var end2 = titleEnd;

        // "Deputy Prime Minister/Foreign Minister": a second title joined by a slash.
        if (end2 + 1 < end && tokens[end2].IsPunctuation(context.Source, '/'))
        {
            var second = (context.ClassOf(end2 + 1) & WordClass.TitleStart) != 0 ? Gazetteer.Titles.Match(context.Source, tokens, end2 + 1, end, out _) : 0;
            if (second > 0)
            {
                end2 += 1 + second;
            }
        }

        // Complements: of / for / at / to + [the] + places, organisations and portfolio words ("of Economy and Planning");
        // the first other capitalised word starts the name ("Country Director for Kenya Ana Ruiz").
        while (end2 + 1 < end)
        {
            // "Minister of Economy and Planning": a portfolio joined to the title's own words.
            if (context.Text(end2) is "and" or "&" || tokens[end2].IsPunctuation(context.Source, ','))
            {
                var joined = end2 + 1;
                while (joined < end && tokens[joined].IsCapitalized && PortfolioWords.Contains(context.Text(joined)))
                {
                    joined++;
                }

                if (joined == end2 + 1)
                {
                    // "Minister of Finance and Coordinating Minister of the Economy": a second office joined by "and".
                    if (context.Text(end2) is "and" && ReadTitle(context, end2 + 1, end) is { IsHonorific: false } second && second.TitleStart == second.Start)
                    {
                        end2 = second.End;
                        continue;
                    }

                    break;
                }

                end2 = joined;
                continue;
            }

            // "Additional Secretary (Middle East)": a portfolio in parentheses right after the title word.
            if (end2 == titleEnd && ParenthesisedPortfolioEnd(context, end2, end) is { } closed)
            {
                end2 = closed;
                continue;
            }

            if (!tokens[end2].IsWord || context.Text(end2) is not ("of" or "for" or "at" or "to" or "in"))
            {
                // "Secretary Economic Affairs Division Engr. Ali Khan": a ministry or division right after the title word.
                if (end2 == titleEnd && AnnotationAt(context, end2) is { Kind: AnnotationKind.Organization } organization && organization.First == end2
                    && context.Organizations[organization.Entity].Kind is OrganizationKind.Ministry or OrganizationKind.Government)
                {
                    end2 = organization.End;
                    continue;
                }

                if (end2 == titleEnd && tokens[end2].IsCapitalized && PortfolioWords.Contains(context.Text(end2)))
                {
                    var run = end2;
                    while (run < end && tokens[run].IsCapitalized && PortfolioWords.Contains(context.Text(run)))
                    {
                        run++;
                    }

                    if (run < end && context.Text(run) is "Division" or "Ministry" or "Department" or "Office" or "Board" or "Commission" or "Wing")
                    {
                        end2 = run + 1;
                        continue;
                    }
                }

                break;
            }

            var k = end2 + 1;
            if (k < end && context.Text(k) is "the")
            {
                k++;
            }

            var wordsStart = k;
            var consumed = k;
            while (k < end)
            {
                if (context.IsCovered(k) && AnnotationAt(context, k) is { } annotation)
                {
                    k = Math.Max(k + 1, annotation.End);
                    consumed = k;
                }
                else if (tokens[k].IsWord && tokens[k].IsCapitalized && PortfolioWords.Contains(context.Text(k)))
                {
                    k++;
                    consumed = k;
                }
                else if (k > wordsStart && k + 1 < end && (context.Text(k) is "and" or "of" or "for" or "the" or "&" || tokens[k].IsPunctuation(context.Source, ','))
                    && (context.IsCovered(k + 1) || PortfolioWords.Contains(context.Text(k + 1))
                        || (context.Text(k + 1) is "the" && k + 2 < end && (context.IsCovered(k + 2) || (tokens[k + 2].IsCapitalized && PortfolioWords.Contains(context.Text(k + 2)))))))
                {
                    k++;
                }
                else if (tokens[k].IsWord && tokens[k].IsCapitalized && LooksLikeOrganizationRun(context, k, end) is var run && run > k)
                {
                    k = run;
                    consumed = k;
                }
                else
                {
                    break;
                }
            }

            if (consumed == wordsStart)
            {
                break;
            }

            end2 = consumed;
        }

        return new TitleRun(start, i, titleEnd, end2, info.IsHonorific, info.Kind, start);
    }

    /// <summary>The end of "(Central Europe)" at <paramref name="open"/>: places and portfolio words in parentheses, or null.</summary>
    private static int? ParenthesisedPortfolioEnd(ExtractionContext context, int open, int end)
    {
        const int MaxWords = 4;
        if (!context.Tokens[open].IsPunctuation(context.Source, '('))
        {
            return null;
        }

        var k = open + 1;
        while (k < end && k <= open + MaxWords
            && (context.IsCovered(k) || (context.Tokens[k].IsCapitalized && PortfolioWords.Contains(context.Text(k))) || context.Text(k) is "and" or "&"))
        {
            k++;
        }

        return k > open + 1 && k < end && context.Tokens[k].IsPunctuation(context.Source, ')') ? k + 1 : null;
    }

    private static bool IsLowerTitleWord(ReadOnlySpan<char> word) =>
        word is "minister" or "secretary" or "ambassador" or "director" or "governor" or "spokesperson" or "spokesman" or "spokeswoman"
            or "chairman" or "adviser" or "advisor" or "president" or "envoy" or "commissioner" or "representative" or "official" or "analyst"
            or "economist" or "counsel" or "forecaster";

    /// <summary>A run of capitalised words ending in an organisation noun ("… Development Office"); returns its end, or <paramref name="k"/>.</summary>
    private static int LooksLikeOrganizationRun(ExtractionContext context, int k, int end)
    {
        var run = k;
        while (run < end && context.Tokens[run].IsWord && context.Tokens[run].IsCapitalized && !context.IsCovered(run))
        {
            run++;
        }

        for (var last = run; last > k; last--)
        {
            if (OrganizationHeads.TryGetHead(context.Text(last - 1), out _))
            {
                return last;
            }
        }

        return k;
    }

    private static bool LooksLikeOrganization(ExtractionContext context, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (OrganizationHeads.TryGetHead(context.Text(k), out _))
            {
                return true;
            }
        }

        return false;
    }

    private static (string Text, int End)? ReadHonorific(ExtractionContext context, int i, int end)
    {
        if (i >= end || (context.ClassOf(i) & WordClass.TitleStart) == 0 || NameParticles.IsNamePrefix(context.Text(i)))
        {
            return null;
        }

        var count = Gazetteer.Titles.Match(context.Source, context.Tokens, i, end, out var infos);
        if (count == 0 || !infos![0].IsHonorific)
        {
            return null;
        }

        var stop = i + count;
        if (stop < end && context.Tokens[stop].IsPunctuation(context.Source, '.') && !context.Tokens[stop].SpaceBefore)
        {
            stop++;
        }

        return (context.TextOf(i, stop), stop);
    }

    /// <summary>Reads up to six name words from <paramref name="i"/>; returns the index after the name, or <paramref name="i"/> when there is none.</summary>
    private static int ReadName(ExtractionContext context, int i, int end)
    {
        var tokens = context.Tokens;
        var k = i;
        var last = i;
        var words = 0;
        while (k < end && words < MaxNameWords)
        {
            var token = tokens[k];
            var word = context.Text(k);

            // An initial: "A." in "A. K. M. Sohel" or "Ali A. Khan".
            var initial = token.IsWord && word.Length == 1 && char.IsUpper(word[0]) && k + 2 < end && tokens[k + 1].IsPunctuation(context.Source, '.')
                && !tokens[k + 1].SpaceBefore && tokens[k + 2].IsCapitalized && !context.IsCovered(k);
            if (initial || (token.IsWord && (token.IsCapitalized || (k > i && IsArabicArticleName(word))) && !token.IsAllCaps && !context.IsCovered(k)
                && (k > i || !s_notNames.Contains(word))
                && !PortfolioWords.Contains(word)
                && !(k > i && s_notNames.Contains(word) && !NameParticles.IsNamePrefix(word))))
            {
                k++;
                last = k;
                words++;

                // An initial: "A." in "Ali A. Khan".
                if (word.Length == 1 && k < end && tokens[k].IsPunctuation(context.Source, '.') && !tokens[k].SpaceBefore)
                {
                    k++;
                    last = k;
                }
            }
            else if (token.IsWord && k > i && NameParticles.IsJoiner(word) && k + 1 < end
                && (tokens[k + 1].IsCapitalized || (k + 2 < end && NameParticles.IsJoiner(context.Text(k + 1)) && tokens[k + 2].IsCapitalized)))
            {
                // "bin", "de", and runs of them: "van der Heyden-Roos", "de la Cruz".
                k++;
            }
            else
            {
                break;
            }
        }

        // A name does not end in a title word such as "Minister" picked up from a following title.
        while (last > i && (context.ClassOf(last - 1) & WordClass.TitleStart) != 0 && Gazetteer.Titles.Match(context.Source, tokens, last - 1, last, out _) > 0)
        {
            last--;
        }

        return last;
    }

    /// <summary>"al-Obeidi", "el-Sisi": a surname written with the lower-case Arabic article.</summary>
    private static bool IsArabicArticleName(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)) && char.IsUpper(word[3]);

    private static PersonEntity? PersonWithWord(ExtractionContext context, ReadOnlySpan<char> word)
    {
        PersonEntity? match = null;
        foreach (var person in context.People)
        {
            foreach (var (start, length) in person.NameWords)
            {
                if (word.SequenceEqual(context.Source.AsSpan(start, length)))
                {
                    match = person;
                }
            }
        }

        return match;
    }

    /// <summary>"El Idrissi" after "Fatima-Zahra El Idrissi", "Van der Heyden-Roos": the end of a known name.</summary>
    private static PersonEntity? PersonEndingWith(ExtractionContext context, int first, int end)
    {
        var name = context.Source.AsSpan(context.Tokens[first].Start, context.Tokens[end - 1].End - context.Tokens[first].Start);
        foreach (var person in context.People)
        {
            if (person.Name.Length > name.Length && person.Name.AsSpan().EndsWith(name, StringComparison.OrdinalIgnoreCase)
                && person.Name[person.Name.Length - name.Length - 1] == ' ')
            {
                return person;
            }
        }

        return null;
    }

    private static PersonEntity? ExistingPerson(ExtractionContext context, int first, int end)
    {
        var name = context.Source.AsSpan(context.Tokens[first].Start, context.Tokens[end - 1].End - context.Tokens[first].Start);
        foreach (var person in context.People)
        {
            if (name.SequenceEqual(person.Name))
            {
                return person;
            }
        }

        return null;
    }

    private static PersonEntity AddPerson(ExtractionContext context, int first, int end, string rule)
    {
        // A single word that is part of a known name is a short mention ("Sheikh Saud" after "Saud Nasser Saud"), not a new person.
        var person = ExistingPerson(context, first, end) ?? (end - first == 1 ? PersonWithWord(context, context.Text(first)) : null);
        if (person is null)
        {
            person = context.NewPerson(context.SharedTextOf(first, end));
            person.NameSpan = context.Span(first, end);
            person.AffiliationRule = rule;
            for (var k = first; k < end; k++)
            {
                if (context.Tokens[k].IsWord && context.Tokens[k].IsCapitalized && !NameParticles.IsNamePrefix(context.Text(k)))
                {
                    person.NameWords.Add((context.Tokens[k].Start, context.Tokens[k].Length));
                }
            }

            context.People.Add(person);
        }

        AddMention(context, person, first, end);
        return person;
    }

    private static void AddMention(ExtractionContext context, PersonEntity person, int first, int end)
    {
        var start = context.Tokens[first].Start;
        var stop = context.Tokens[end - 1].End;
        person.Mentions.Add(context.MentionOf(start, stop));
        context.Annotate(new Annotation(AnnotationKind.Person, first, end - first, context.People.IndexOf(person), start, stop - start));
    }

    private static void SetAffiliation(ExtractionContext context, PersonEntity person, TitleRun title, Sentence sentence)
    {
        if (person.AffiliationName is not null)
        {
            return;
        }

        // Before the title: "Pakistan’s", "Kenyan", "ADB", "World Bank".
        var k = title.AffiliationStart - 1;
        if (k >= sentence.First && context.Tokens[k].Kind == TokenKind.Possessive)
        {
            k--;
        }

        if (title.AffiliationStart > title.Start)
        {
            k = title.Start - 1;
        }

        var ranks = 0;
        for (var probe = title.Start - 1; probe >= Math.Max(sentence.First, title.Start - 4); probe--)
        {
            // "CAF Executive President …": a capitalised qualifier of the title sits between the affiliation and the title.
            if (context.Tokens[probe].Kind == TokenKind.Possessive
                || (!context.IsCovered(probe) && probe >= title.Start - 2 && IsRankWord(context.Text(probe))))
            {
                ranks += context.Tokens[probe].Kind == TokenKind.Possessive ? 0 : 1;
                continue;
            }

            // "the AIIB's acting president, Ana Ruiz": an owner, its possessive and a word of rank before the title.
            if (AnnotationAt(context, probe) is { } annotation && annotation.End >= title.Start - 1 - ranks)
            {
                if (Assign(context, person, annotation, nameof(PersonRecognizer) + ".Prefix"))
                {
                    return;
                }
            }

            break;
        }

        // "an ADB delegation headed by its Director General": "its" is the organisation named just before; "on behalf of
        // the Fund by its Acting Director-General": the lender "the Fund" stands for.
        if (title.Start > sentence.First && context.Text(title.Start - 1) is "its")
        {
            for (var probe = title.Start - 2; probe >= sentence.First; probe--)
            {
                if (AnnotationAt(context, probe) is { Kind: AnnotationKind.Organization } owner && Assign(context, person, owner, nameof(PersonRecognizer) + ".Its"))
                {
                    return;
                }

                if (context.Text(probe) is "Fund" or "Bank" or "bank" or "fund" && MostNamedLender(context) is { } lender)
                {
                    person.AffiliationOrganization = lender;
                    person.AffiliationSpan = context.Span(probe, probe + 1);
                    person.AffiliationRule = nameof(PersonRecognizer) + ".Its";
                    return;
                }
            }
        }

        // "signed on behalf of Peru by Minister of Finance Ana Ruiz", "a Kenyan delegation led by Deputy Director Ana Ruiz":
        // the side named just before "by" is the person's.
        if (SideBeforeBy(context, sentence, title.Start) is { } side && Assign(context, person, side, nameof(PersonRecognizer) + ".SideLedBy"))
        {
            return;
        }

        // "talks with bank President Ana Ruiz": the bank, fund or lender named just before, else the one the article is about.
        if (title.Start > sentence.First && context.Text(title.Start - 1) is "bank" or "fund" or "lender" && !context.Tokens[title.Start - 1].IsCapitalized
            && (NearestLenderNamed(context, context.Tokens[title.Start - 1].Start, context.Text(title.Start - 1)) ?? MostNamedLender(context)) is { } generic)
        {
            person.AffiliationOrganization = generic;
            person.AffiliationSpan = context.Span(title.Start - 1, title.Start);
            person.AffiliationRule = nameof(PersonRecognizer) + ".TheBank";
            return;
        }

        // In apposition, the words between the comma and the title: "…, the World Bank’s country director".
        for (var probe = title.AffiliationStart; probe < title.Start; probe++)
        {
            if (AnnotationAt(context, probe) is { } annotation && Assign(context, person, annotation, nameof(PersonRecognizer) + ".Prefix"))
            {
                return;
            }
        }

        // In an "of …" complement: "Minister of Finance of Kenya", "Ministry of Foreign Affairs of Afghanistan".
        for (var probe = title.TitleEnd; probe < title.End; probe++)
        {
            if (context.Text(probe) is "for" or "to")
            {
                // "Country Director for Pakistan" names a portfolio, not an affiliation; skip to the next "of" or "at".
                while (probe + 1 < title.End && context.Text(probe + 1) is not ("of" or "at"))
                {
                    probe++;
                }

                continue;
            }

            if (AnnotationAt(context, probe) is { } annotation && Assign(context, person, annotation, nameof(PersonRecognizer) + ".Complement"))
            {
                return;
            }
        }

        // "an additional secretary of the Planning Division": a ministry the article does not place is the home country's.
        for (var probe = title.TitleEnd; probe < title.End; probe++)
        {
            // Not a portfolio after "for": "Director General for the Nigeria Country Department" of a bank.
            if (AnnotationAt(context, probe) is { Kind: AnnotationKind.Organization } ministry && !IsPortfolio(context, title.TitleEnd, ministry.First)
                && context.Organizations[ministry.Entity].Kind is OrganizationKind.Ministry or OrganizationKind.Government && Parties.HomeCountry(context) is { } home)
            {
                person.AffiliationPlace = home;
                person.AffiliationSpan = context.SpanOfChars(ministry.Start, ministry.Start + ministry.Length);
                person.AffiliationRule = nameof(PersonRecognizer) + ".DomesticMinistry";
                return;
            }
        }
    }

    /// <summary>
    /// The country or organisation in "on behalf of X by", "X delegation led by" or "X team headed by" right before
    /// <paramref name="titleStart"/>.
    /// </summary>
    private static Annotation? SideBeforeBy(ExtractionContext context, Sentence sentence, int titleStart)
    {
        var k = titleStart - 1;
        if (k - 2 < sentence.First || context.Text(k) is not "by")
        {
            return null;
        }

        // "on behalf of Peru by": the side ends right before "by".
        if (AnnotationAt(context, k - 1) is { } side && side.End == k)
        {
            return side.First - 3 >= sentence.First && context.Text(side.First - 1) is "of" && context.Text(side.First - 2) is "behalf"
                && context.Text(side.First - 3) is "on" ? side : null;
        }

        // "an ADB delegation led by", "the Kenyan team, headed by".
        k--;
        if (context.Text(k) is not ("led" or "headed"))
        {
            return null;
        }

        k--;
        if (k > sentence.First && context.Tokens[k].IsPunctuation(context.Source, ','))
        {
            k--;
        }

        return k - 1 >= sentence.First && context.Text(k) is "delegation" or "team" or "mission" && AnnotationAt(context, k - 1) is { } owner && owner.End == k ? owner : null;
    }

    /// <summary>"CAF executive president", "Tajik First Deputy Minister": a word of rank between the affiliation and the title.</summary>
    private static bool IsRankWord(ReadOnlySpan<char> word) =>
        word.Equals("executive", StringComparison.OrdinalIgnoreCase) || word.Equals("acting", StringComparison.OrdinalIgnoreCase)
        || word.Equals("senior", StringComparison.OrdinalIgnoreCase) || word.Equals("vice", StringComparison.OrdinalIgnoreCase)
        || word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("general", StringComparison.OrdinalIgnoreCase)
        || word.Equals("first", StringComparison.OrdinalIgnoreCase) || word.Equals("second", StringComparison.OrdinalIgnoreCase)
        || word.Equals("permanent", StringComparison.OrdinalIgnoreCase) || word.Equals("principal", StringComparison.OrdinalIgnoreCase)
        || word.Equals("federal", StringComparison.OrdinalIgnoreCase) || word.Equals("chief", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the complement holding <paramref name="at"/> is introduced by "for" or "to": a portfolio, not an employer.</summary>
    private static bool IsPortfolio(ExtractionContext context, int titleEnd, int at)
    {
        for (var k = at - 1; k >= titleEnd; k--)
        {
            if (context.Text(k) is "for" or "to")
            {
                return true;
            }

            if (context.Text(k) is "of" or "at" or "in")
            {
                return false;
            }
        }

        return false;
    }

    private static bool Assign(ExtractionContext context, PersonEntity person, Annotation annotation, string rule)
    {
        switch (annotation.Kind)
        {
            case AnnotationKind.Place when context.Places[annotation.Entity].Kind == PlaceKind.Country:
                person.AffiliationPlace = context.Places[annotation.Entity];
                break;
            case AnnotationKind.Place when Parties.CountryOf(context, context.Places[annotation.Entity]) is { } placeCountry:
                // "Mombasa Governor": a city's or province's official serves its country.
                person.AffiliationPlace = placeCountry;
                break;
            case AnnotationKind.Organization:
                var organization = context.Organizations[annotation.Entity];
                if (organization.Kind is OrganizationKind.Ministry or OrganizationKind.Government && organization.CountryCode is { } code
                    && Gazetteer.Country(code) is { } country)
                {
                    person.AffiliationPlace = GazetteerRecognizer.CountryPlace(context, country, organization.FirstSpan);
                }
                else if (organization.Kind is OrganizationKind.Ministry or OrganizationKind.Government)
                {
                    return false;
                }
                else
                {
                    person.AffiliationOrganization = organization;
                }

                break;
            default:
                return false;
        }

        person.AffiliationSpan = context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length);
        person.AffiliationRule = rule;
        return true;
    }

    private static Annotation? AnnotationAt(ExtractionContext context, int token) =>
        context.AnnotationAt(token) is { Kind: AnnotationKind.Place or AnnotationKind.Organization } annotation ? annotation : null;

    /// <summary>Later short mentions: "Haddad", "Ms Haddad", "Sheikh Saud" link to the person whose name holds that word.</summary>
    private static void LinkShortMentions(ExtractionContext context)
    {
        if (context.People.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                if (context.IsCovered(i) || !tokens[i].IsWord || !tokens[i].IsCapitalized)
                {
                    continue;
                }

                var honorific = ReadHonorific(context, i, sentence.End);
                var word = honorific is { } h ? h.End : i;
                if (word >= sentence.End || context.IsCovered(word) || !tokens[word].IsCapitalized)
                {
                    continue;
                }

                var text = context.Text(word);
                PersonEntity? match = null;
                foreach (var person in context.People)
                {
                    foreach (var (start, length) in person.NameWords)
                    {
                        // Length and first letter first: most name words differ there, and the comparison is not inlined.
                        if (length == text.Length && context.Source[start] == text[0] && text.SequenceEqual(context.Source.AsSpan(start, length)))
                        {
                            match = person;
                        }
                    }
                }

                // Two name words in a row that are no one's full name start something else; leave them.
                if (match is not null && !(word + 1 < sentence.End && tokens[word + 1].IsCapitalized && !context.IsCovered(word + 1)))
                {
                    AddMention(context, match, i, word + 1);
                    i = word;
                }
            }
        }
    }

    /// <summary>Where a title lies: modifiers from <see cref="Start"/>, the title word(s) from <see cref="TitleStart"/> to <see cref="TitleEnd"/>, complements to <see cref="End"/>.</summary>
    private readonly record struct TitleRun(int Start, int TitleStart, int TitleEnd, int End, bool IsHonorific, string Kind, int AffiliationStart);
}
