using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Finds the countries, cities, regions and organisations the vocabulary knows, by name, alias, acronym or
/// adjective (<c>Pakistan</c>, <c>U.S.</c>, <c>Pakistani</c>, <c>Kabul</c>, <c>Asian Development Bank</c>, <c>ADB</c>),
/// matching the longest phrase at each token in one pass.
/// </summary>
/// <remarks>
/// A phrase must start with a capital, and an acronym must match its case exactly (<c>US</c>, not <c>us</c>). A
/// hyphenated token that is no phrase itself is tried part by part, so <c>Pakistan-Afghan</c> names both countries.
/// </remarks>
internal sealed class GazetteerRecognizer : ExtractionRule
{
    // The words after titles, kept per thread with their capacity: the rule itself holds no state between articles.
    [ThreadStatic]
    private static List<(int Start, int Length)>? s_names;

    public override int Order => 100;

    public override void Run(ExtractionContext context)
    {
        var tokens = context.Tokens;
        var trie = Gazetteer.Entities;
        List<(int Start, int Length)>? personWords = null;
        foreach (var (first, end) in context.ParagraphTokens)
        {
            for (var i = first; i < end; i++)
            {
                var token = tokens[i];
                if (!token.IsWord || !(token.IsCapitalized || token.IsAllCaps))
                {
                    continue;
                }

                if ((context.ClassOf(i) & WordClass.EntityStart) == 0)
                {
                    if ((token.Flags & TokenFlags.Hyphenated) != 0)
                    {
                        MatchParts(context, i);
                    }

                    continue;
                }

                // "US$", "A$", "HK$": a currency prefix, not a country.
                if (i + 1 < end && tokens[i + 1].Kind == TokenKind.Currency && !tokens[i + 1].SpaceBefore)
                {
                    continue;
                }

                var count = trie.Match(context.Source, tokens, i, end, out var entries);
                if (count > 0 && Choose(context, entries!, i, count) is { } entry
                    && !(count == 1 && entry.Kind == EntityKind.City && IsAny(context, personWords ??= NamesAfterTitles(context), context.Text(i))))
                {
                    Add(context, entry, i, count, tokens[i].Start, tokens[i + count - 1].End);
                    i += count - 1;
                }
                else if ((token.Flags & TokenFlags.Hyphenated) != 0)
                {
                    MatchParts(context, i);
                }
            }
        }
    }

    /// <summary>
    /// "Chinese Premier Gao Minghui", later "at the invitation of Gao": the two words after a title are someone's name, so
    /// a one-word city spelt like either (Gao, in Mali) is that person throughout the article.
    /// </summary>
    private static List<(int Start, int Length)> NamesAfterTitles(ExtractionContext context)
    {
        var tokens = context.Tokens;
        var names = s_names ??= [];
        names.Clear();
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if ((context.ClassOf(k) & WordClass.TitleStart) != 0 && tokens[k].IsCapitalized
                && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized && !tokens[k + 1].IsAllCaps
                && tokens[k + 2].IsWord && tokens[k + 2].IsCapitalized && !tokens[k + 2].IsAllCaps
                && (context.ClassOf(k + 1) & WordClass.TitleStart) == 0)
            {
                names.Add((tokens[k + 1].Start, tokens[k + 1].Length));
                names.Add((tokens[k + 2].Start, tokens[k + 2].Length));
            }
        }

        return names;
    }

    /// <summary>Whether <paramref name="word"/> is written exactly as one of the words at <paramref name="words"/>.</summary>
    private static bool IsAny(ExtractionContext context, List<(int Start, int Length)> words, ReadOnlySpan<char> word)
    {
        foreach (var (start, length) in words)
        {
            if (word.SequenceEqual(context.Source.AsSpan(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records a place or organisation mention and returns its entity.</summary>
    internal static void Add(ExtractionContext context, EntityEntry entry, int first, int count, int start, int end)
    {
        var mention = context.MentionOf(start, end, entry.Phrase);
        if (entry.Kind == EntityKind.Organization)
        {
            var organization = OrganizationFor(context, Gazetteer.Organizations[entry.Index]);
            organization.Mentions.Add(mention);
            context.Annotate(new Annotation(AnnotationKind.Organization, first, count, context.Organizations.IndexOf(organization), start, end - start));
            return;
        }

        var place = PlaceFor(context, entry);
        place.Mentions.Add(mention);
        context.Annotate(new Annotation(AnnotationKind.Place, first, count, context.Places.IndexOf(place), start, end - start, entry.Kind == EntityKind.CountryAdjective));
    }

    /// <summary>The country's place entity, created if needed; <paramref name="inferredFrom"/> is the text that implied it.</summary>
    internal static PlaceEntity CountryPlace(ExtractionContext context, CountryInfo country, TextSpan? inferredFrom = null)
    {
        var place = FindOrAdd(context, country.Name, PlaceKind.Country, country.Iso2);
        place.InferredFrom ??= inferredFrom;
        return place;
    }

    internal static OrganizationEntity OrganizationFor(ExtractionContext context, OrganizationInfo info)
    {
        foreach (var existing in context.Organizations)
        {
            if (existing.Name == info.Name)
            {
                return existing;
            }
        }

        var organization = context.NewOrganization(info.Name, info.Kind);
        organization.Acronym = info.Acronym;
        organization.Parent = info.Parent;
        organization.CountryCode = info.Iso2;
        organization.Rule = nameof(GazetteerRecognizer);
        context.Organizations.Add(organization);
        return organization;
    }

    private static EntityEntry? Choose(ExtractionContext context, List<EntityEntry> entries, int first, int count)
    {
        EntityEntry? best = null;
        foreach (var entry in entries)
        {
            if (entry.ExactCase && !context.Source.AsSpan(context.Tokens[first].Start, context.Tokens[first + count - 1].End - context.Tokens[first].Start)
                    .SequenceEqual(entry.Phrase))
            {
                continue;
            }

            // "Punjab" is a province of India and of Pakistan: on a tie, the dateline's country wins.
            if (best is null || Rank(entry.Kind) < Rank(best.Kind)
                || (Rank(entry.Kind) == Rank(best.Kind) && CountryCodeOf(entry) is { } code && code != CountryCodeOf(best) && code == DatelineCountry(context)))
            {
                best = entry;
            }
        }

        return best;
    }

    private static string? CountryCodeOf(EntityEntry entry) => entry.Kind switch
    {
        EntityKind.Country or EntityKind.CountryAdjective => Gazetteer.Countries[entry.Index].Iso2,
        EntityKind.City => Gazetteer.Cities[entry.Index].Iso2,
        EntityKind.Region => Gazetteer.Regions[entry.Index].Iso2,
        _ => Gazetteer.Organizations[entry.Index].Iso2,
    };

    private static string? DatelineCountry(ExtractionContext context) =>
        context.Article.Dateline is { Places.Length: > 0 } dateline ? Gazetteer.CountryOfPlaceName(dateline.Places[0])?.Iso2 : null;

    private static int Rank(EntityKind kind) => kind switch
    {
        EntityKind.Organization => 0,
        EntityKind.Country => 1,
        EntityKind.CountryAdjective => 2,
        EntityKind.City => 3,
        _ => 4,
    };

    private static void MatchParts(ExtractionContext context, int index)
    {
        var token = context.Tokens[index];
        var text = context.Source;
        var partStart = token.Start;
        for (var at = token.Start; at <= token.End; at++)
        {
            if (at < token.End && text[at] != '-')
            {
                continue;
            }

            var part = text.AsSpan(partStart, at - partStart);
            if (part.Length > 1 && char.IsUpper(part[0]) && LookupSingle(part) is { } entry && entry.Kind != EntityKind.Organization)
            {
                Add(context, entry, index, 1, partStart, at);
            }

            partStart = at + 1;
        }
    }

    /// <summary>The best-ranked entry of a one-word phrase whose case fits; on a tie, the first listed.</summary>
    private static EntityEntry? LookupSingle(ReadOnlySpan<char> word)
    {
        if (Gazetteer.Entities.MatchWord(word) is not { } entries)
        {
            return null;
        }

        EntityEntry? best = null;
        foreach (var entry in entries)
        {
            if ((!entry.ExactCase || word.SequenceEqual(entry.Phrase)) && (best is null || Rank(entry.Kind) < Rank(best.Kind)))
            {
                best = entry;
            }
        }

        return best;
    }

    private static PlaceEntity PlaceFor(ExtractionContext context, EntityEntry entry) => entry.Kind switch
    {
        EntityKind.Country or EntityKind.CountryAdjective => CountryPlace(context, Gazetteer.Countries[entry.Index]),
        EntityKind.City => FindOrAdd(context, Gazetteer.Cities[entry.Index].Name, PlaceKind.City, Gazetteer.Cities[entry.Index].Iso2),
        _ => FindOrAdd(
            context,
            Gazetteer.Regions[entry.Index].Name,
            Gazetteer.Regions[entry.Index].IsProvince ? PlaceKind.Province : PlaceKind.Region,
            Gazetteer.Regions[entry.Index].Iso2),
    };

    private static PlaceEntity FindOrAdd(ExtractionContext context, string name, PlaceKind kind, string? countryCode)
    {
        foreach (var existing in context.Places)
        {
            if (existing.Name == name && existing.Kind == kind)
            {
                return existing;
            }
        }

        var place = context.NewPlace(name, kind, countryCode);
        context.Places.Add(place);
        return place;
    }
}
