using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Finds organisations the vocabulary does not list: those an article defines with an acronym
/// (<c>National Information Office (NIO)</c>, then <c>the NIO said</c>), capitalised phrases headed by an
/// organisation noun (<c>Economic Affairs Division</c>, <c>Ministry of Foreign Affairs of Afghanistan</c>), and
/// lower-case references to a country's ministry (<c>the Pakistani foreign office</c>, <c>Kenya’s finance ministry</c>).
/// </summary>
internal sealed class OrganizationRecognizer : ExtractionRule
{
    private const int MaxPhraseWords = 8;

    // The acronyms an article defines, kept per thread with their capacity: the rule itself holds no state between articles.
    [ThreadStatic]
    private static List<(string Acronym, OrganizationEntity Organization)>? s_defined;

    public override int Order => 200;

    public override void Run(ExtractionContext context)
    {
        var defined = s_defined ??= [];
        defined.Clear();
        foreach (var (first, end) in context.ParagraphTokens)
        {
            var tokens = context.Tokens;
            for (var i = first; i < end; i++)
            {
                // Each reader starts at a "(", a word a ministry's name starts with, or a capitalised word; skip the rest.
                var token = tokens[i];
                if (token.Kind != TokenKind.Punctuation && (context.ClassOf(i) & WordClass.MinistryStart) == 0 && !(token.IsWord && token.IsCapitalized))
                {
                    continue;
                }

                if (TryAcronymDefinition(context, i, first, defined))
                {
                    continue;
                }

                if (!context.IsCovered(i))
                {
                    i = TryMinistryReference(context, i, first, end) ?? TryHeadedPhrase(context, i, first, end) ?? i;
                }
            }
        }

        if (defined.Count > 0)
        {
            AddAcronymMentions(context, defined);
            defined.Clear();
        }
    }

    /// <summary>At "(", reads "Capitalised Phrase (ACRONYM)" and registers the acronym.</summary>
    private static bool TryAcronymDefinition(ExtractionContext context, int open, int paragraphFirst, List<(string, OrganizationEntity)> defined)
    {
        var tokens = context.Tokens;
        if (!tokens[open].IsPunctuation(context.Source, '(') || open + 2 >= tokens.Count || open == paragraphFirst
            || !tokens[open + 2].IsPunctuation(context.Source, ')'))
        {
            return false;
        }

        var acronymToken = tokens[open + 1];
        var acronym = acronymToken.Text(context.Source);
        if (!acronymToken.IsWord || !acronymToken.IsAllCaps || acronym.Length is < 2 or > 8)
        {
            return false;
        }

        // The phrase before "(" ends where its initials run out: walk back over capitalised words and joiners.
        var phraseEnd = open;
        var phraseStart = phraseEnd;
        var initials = acronym.Length - 1;
        while (phraseStart - 1 >= paragraphFirst && phraseEnd - phraseStart < MaxPhraseWords && initials >= 0)
        {
            var token = tokens[phraseStart - 1];
            var word = token.Text(context.Source);
            if (token.IsWord && token.IsCapitalized && char.ToUpperInvariant(word[0]) == acronym[initials])
            {
                initials--;
                phraseStart--;
            }
            else if (token.IsWord && token.IsLower && word is "of" or "for" or "and" or "on" or "de")
            {
                phraseStart--;
            }
            else
            {
                break;
            }
        }

        if (initials >= 0 || phraseStart == phraseEnd)
        {
            return false;
        }

        var existing = OrganizationAt(context, phraseStart, phraseEnd);
        if (existing is null && (context.IsCovered(phraseStart) || context.IsCovered(phraseEnd - 1)))
        {
            return false;
        }

        var organization = existing;
        if (organization is null)
        {
            var name = context.SharedTextOf(phraseStart, phraseEnd);
            organization = context.NewOrganization(name, KindOf(context, phraseStart, phraseEnd));
            organization.Acronym = acronym.ToString();
            organization.Rule = nameof(OrganizationRecognizer) + ".Acronym";
            context.Organizations.Add(organization);
            AddMention(context, organization, phraseStart, phraseEnd);
        }
        else
        {
            organization.Acronym ??= acronym.ToString();
        }

        if (!context.IsCovered(open + 1))
        {
            AddMention(context, organization, open + 1, open + 2);
        }

        defined.Add((acronym.ToString(), organization));
        return true;
    }

    /// <summary>"the Pakistani foreign office", "Afghanistan’s foreign ministry", "Islamabad’s foreign ministry".</summary>
    private static int? TryMinistryReference(ExtractionContext context, int i, int first, int end)
    {
        var count = (context.ClassOf(i) & WordClass.MinistryStart) != 0 ? OrganizationHeads.Ministries.Match(context.Source, context.Tokens, i, end, out var canonical) : Skip(out canonical);
        if (count == 0)
        {
            return null;
        }

        var country = CountryBefore(context, i, first);

        // "the Ministry of Foreign Affairs of Afghanistan": the country may follow instead.
        if (country is null && i + count + 1 < end && context.Text(i + count) is "of" && PlaceAt(context, i + count + 1) is { Kind: PlaceKind.Country } after)
        {
            country = after;
            count += 2;
        }

        var name = country is null ? canonical![0] : $"{canonical![0]} of {country.Name}";
        var organization = Find(context, name) ?? Add(context, New(context, name, OrganizationKind.Ministry, country?.CountryCode, nameof(OrganizationRecognizer) + ".Ministry"));
        AddMention(context, organization, i, i + count);
        return i + count - 1;
    }

    private static OrganizationEntity New(ExtractionContext context, string name, OrganizationKind kind, string? countryCode, string rule)
    {
        var organization = context.NewOrganization(name, kind);
        organization.CountryCode = countryCode;
        organization.Rule = rule;
        return organization;
    }

    private static int Skip(out List<string>? values)
    {
        values = null;
        return 0;
    }

    private static bool StartsTitle(ExtractionContext context, int k, int end, int minimumWords) =>
        (context.ClassOf(k) & WordClass.TitleStart) != 0 && Gazetteer.Titles.Match(context.Source, context.Tokens, k, end, out var titles) >= minimumWords
            && !titles![0].IsHonorific;

    /// <summary>"Economic Affairs Division", "Ministry of Foreign Affairs of Afghanistan", "Board of Executive Directors".</summary>
    private static int? TryHeadedPhrase(ExtractionContext context, int i, int first, int end)
    {
        var tokens = context.Tokens;
        if (!tokens[i].IsWord || !tokens[i].IsCapitalized || context.Text(i) is "The" or "A" or "An" or "This" or "That" or "Its" or "Their")
        {
            return null;
        }

        // "Secretary Economic Affairs Division …": a person's title is not part of an organisation's name.
        if (StartsTitle(context, i, end, minimumWords: 2) || (StartsTitle(context, i, end, minimumWords: 1) && !OrganizationHeads.TryGetHead(context.Text(i), out _)))
        {
            return null;
        }

        // Find a head noun within the capitalised run that starts here; "Foreign Affairs Cabinet Secretary" ends
        // where a title begins.
        var head = -1;
        var kind = OrganizationKind.Other;
        var j = i;
        for (; j < end && j - i < MaxPhraseWords && tokens[j].IsWord && tokens[j].IsCapitalized && !context.IsCovered(j) && !(j > i && StartsTitle(context, j, end, minimumWords: 2)); j++)
        {
            if (OrganizationHeads.TryGetHead(context.Text(j), out var headKind))
            {
                head = j;
                kind = headKind;
            }
        }

        if (head < 0)
        {
            // No organisation noun in the whole capitalised run: skip past it rather than retry from each word.
            return j > i + 1 ? j - 1 : null;
        }

        if (head == i && j == i + 1 && !IsOf(context, j, end))
        {
            return null;
        }

        // "the Extended Credit Fund Facility", "the Climate Fund Readiness Programme": a programme or facility noun after
        // the last organisation noun heads the name of something the organisation runs.
        if (j > head + 1 && (context.ClassOf(j - 1) & WordClass.ProjectHead) != 0)
        {
            return j - 1;
        }

        var phraseEnd = head + 1;

        // "Ministry of Foreign Affairs of Afghanistan": of/for + capitalised words or a known place.
        string? countryCode = null;
        while (IsOf(context, phraseEnd, end))
        {
            var k = phraseEnd + 1;
            if (k < end && context.Text(k).Equals("the", StringComparison.Ordinal))
            {
                k++;
            }

            var start = k;
            while (k < end && tokens[k].IsWord && (tokens[k].IsCapitalized || (k > start && context.Text(k) is "and")) && k - start < MaxPhraseWords
                && !(k > start && LooksLikeName(context, k, end)))
            {
                if (context.IsCovered(k))
                {
                    countryCode ??= CountryCodeAt(context, k);
                }

                k++;
            }

            if (k == start || context.Text(k - 1) is "and")
            {
                break;
            }

            phraseEnd = k;
        }

        var name = context.SharedTextOf(i, phraseEnd);
        countryCode ??= CountryBefore(context, i, first)?.CountryCode;
        var organization = Find(context, name) ?? Add(context, New(context, name, kind, countryCode, nameof(OrganizationRecognizer) + ".Head"));
        AddMention(context, organization, i, phraseEnd);
        return phraseEnd - 1;
    }

    /// <summary>
    /// "Chairman of the Cabinet of Ministers Talant Usenov": two capitalised words that are neither known names nor words
    /// of a portfolio or an organisation start the person the phrase is a title of.
    /// </summary>
    private static bool LooksLikeName(ExtractionContext context, int k, int end)
    {
        var tokens = context.Tokens;
        for (var m = k; m < k + 2; m++)
        {
            if (m >= end || !tokens[m].IsWord || !tokens[m].IsCapitalized || tokens[m].IsAllCaps || context.IsCovered(m)
                || PortfolioWords.Contains(context.Text(m)) || OrganizationHeads.TryGetHead(context.Text(m), out _))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOf(ExtractionContext context, int i, int end) =>
        i + 1 < end && context.Tokens[i].IsWord && context.Text(i) is "of" or "for" && !context.Tokens[i + 1].IsLower
        || (i + 2 < end && context.Text(i) is "of" or "for" && context.Text(i + 1) is "the" && context.Tokens[i + 2].IsCapitalized);

    /// <summary>The country named just before a phrase: "Pakistani", "Pakistan’s", "Islamabad’s" (a capital stands for its country).</summary>
    private static PlaceEntity? CountryBefore(ExtractionContext context, int i, int first)
    {
        var k = i - 1;
        if (k >= first && context.Tokens[k].Kind == TokenKind.Possessive)
        {
            k--;
        }

        if (k < first)
        {
            return null;
        }

        if (context.AnnotationAt(k) is { Kind: AnnotationKind.Place } annotation && annotation.End - 1 == k)
        {
            {
                var place = context.Places[annotation.Entity];
                if (place.Kind == PlaceKind.Country)
                {
                    return place;
                }

                if (place.Kind == PlaceKind.City && Gazetteer.Country(place.CountryCode) is { } country && country.Capital == place.Name)
                {
                    return GazetteerRecognizer.CountryPlace(context, country, place.FirstSpan);
                }
            }
        }

        return null;
    }

    private static PlaceEntity? PlaceAt(ExtractionContext context, int token) =>
        context.AnnotationAt(token) is { Kind: AnnotationKind.Place } annotation && annotation.First == token && annotation.Count == 1
            ? context.Places[annotation.Entity]
            : null;

    private static string? CountryCodeAt(ExtractionContext context, int token) =>
        context.AnnotationAt(token) is { Kind: AnnotationKind.Place } annotation ? context.Places[annotation.Entity].CountryCode : null;

    private static OrganizationEntity? OrganizationAt(ExtractionContext context, int first, int end) =>
        context.AnnotationAt(first) is { Kind: AnnotationKind.Organization } annotation && annotation.First == first && annotation.End == end
            ? context.Organizations[annotation.Entity]
            : null;

    private static OrganizationKind KindOf(ExtractionContext context, int first, int end)
    {
        for (var k = end - 1; k >= first; k--)
        {
            if (OrganizationHeads.TryGetHead(context.Text(k), out var kind))
            {
                return kind;
            }
        }

        return OrganizationKind.Other;
    }

    private static void AddAcronymMentions(ExtractionContext context, List<(string Acronym, OrganizationEntity Organization)> defined)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsAllCaps || context.IsCovered(i))
            {
                continue;
            }

            foreach (var (acronym, organization) in defined)
            {
                if (context.Text(i).SequenceEqual(acronym))
                {
                    AddMention(context, organization, i, i + 1);
                    break;
                }
            }
        }
    }

    private static OrganizationEntity? Find(ExtractionContext context, string name)
    {
        foreach (var organization in context.Organizations)
        {
            if (string.Equals(organization.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return organization;
            }
        }

        return null;
    }

    private static OrganizationEntity Add(ExtractionContext context, OrganizationEntity organization)
    {
        context.Organizations.Add(organization);
        return organization;
    }

    private static void AddMention(ExtractionContext context, OrganizationEntity organization, int first, int end)
    {
        var start = context.Tokens[first].Start;
        var stop = context.Tokens[end - 1].End;
        organization.Mentions.Add(context.MentionOf(start, stop));
        context.Annotate(new Annotation(AnnotationKind.Organization, first, end - first, context.Organizations.IndexOf(organization), start, stop - start));
    }
}
