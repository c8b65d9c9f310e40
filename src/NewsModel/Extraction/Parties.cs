using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction;

/// <summary>
/// Turns what a recogniser found into the party it stands for: a country (for its name, adjective, capital used for its
/// government, or one of its ministries), an international organisation, or the affiliation of a person.
/// </summary>
internal static class Parties
{
    public static INamedEntity? Of(ExtractionContext context, Annotation annotation) => annotation.Kind switch
    {
        AnnotationKind.Place => CountryOf(context, context.Places[annotation.Entity]),
        AnnotationKind.Organization => OfOrganization(context, context.Organizations[annotation.Entity]),
        AnnotationKind.Person => OfPerson(context.People[annotation.Entity]),
        _ => null,
    };

    public static INamedEntity? OfPerson(PersonEntity person) => (INamedEntity?)person.AffiliationPlace ?? person.AffiliationOrganization;

    public static INamedEntity? OfOrganization(ExtractionContext context, OrganizationEntity organization) =>
        organization.Kind is OrganizationKind.Ministry or OrganizationKind.Government
            ? organization.CountryCode is { } code && Gazetteer.Country(code) is { } country ? Recognizers.GazetteerRecognizer.CountryPlace(context, country, organization.FirstSpan) : null
            : organization;

    /// <summary>The country a place is or lies in: a city stands for its country's government ("Kabul and Islamabad upgraded ties").</summary>
    public static PlaceEntity? CountryOf(ExtractionContext context, PlaceEntity place) => place.Kind switch
    {
        PlaceKind.Country => place,
        _ when place.CountryCode is { } code && Gazetteer.Country(code) is { } country => Recognizers.GazetteerRecognizer.CountryPlace(context, country, place.FirstSpan),
        _ => null,
    };

    /// <summary>"the Vienna-based OPEC Fund", "the Manila-headquartered lender": a place that gives an address, not a party.</summary>
    public static bool IsHeadquarters(ExtractionContext context, Annotation annotation)
    {
        var word = context.Text(annotation.End - 1);
        return word.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-headquartered", StringComparison.OrdinalIgnoreCase)
            || (annotation.End < context.Tokens.Count && context.Text(annotation.End) is "-based" or "based" && !context.Tokens[annotation.End].SpaceBefore);
    }

    /// <summary>
    /// "the Kenya-Uganda-Rwanda pipeline", "the third China-Kazakhstan cross-border railway": names joined by
    /// hyphens before a common noun describe a thing, not the sides of an event; "Pakistan-Uzbekistan Bilateral
    /// Political Consultations" and "the India-Japan strategic dialogue" name the sides of a meeting.
    /// </summary>
    public static bool DescribesThing(ExtractionContext context, Annotation annotation)
    {
        var tokens = context.Tokens;
        var next = annotation.End;
        if (annotation.Count != 1 || (tokens[annotation.First].Flags & Tokens.TokenFlags.Hyphenated) == 0 || next >= tokens.Count
            || !tokens[next].IsWord || !tokens[next].IsLower || tokens[next].Start != tokens[annotation.First].End + 1)
        {
            return false;
        }

        for (var k = next; k < next + 3 && k < tokens.Count && tokens[k].IsWord; k++)
        {
            if ((context.ClassOf(k) & WordClass.MeetingCue) != 0)
            {
                return false;
            }
        }

        return true;
    }

    public static void AddDistinct(List<INamedEntity> parties, INamedEntity? party)
    {
        if (party is not null && !parties.Contains(party))
        {
            parties.Add(party);
        }
    }

    /// <summary>
    /// "WASHINGTON, June 18, 2026 — The World Bank’s Board …": a dateline that is the seat of the institution its lead
    /// names is the release's address, not the home of the people in it (a minister of the borrower is not American).
    /// </summary>
    private static bool IsReleaseAddress(ExtractionContext context, Dateline dateline)
    {
        const int LeadChars = 250;
        foreach (var organization in context.Organizations)
        {
            if (Gazetteer.OrganizationNamed(organization.Name)?.Headquarters is not { } seat
                || !dateline.Places[0].StartsWith(seat, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var mention in organization.Mentions)
            {
                if (mention.Span.Start >= dateline.Span.Start && mention.Span.Start < dateline.Span.Start + dateline.Span.Length + LeadChars)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The article's home country: the dateline's, unless it is a release's address, else the country it names most.</summary>
    public static PlaceEntity? HomeCountry(ExtractionContext context)
    {
        if (context.Article.Dateline is { } dateline && dateline.Places.Length > 0 && Gazetteer.CountryOfPlaceName(dateline.Places[0]) is { } country
            && !IsReleaseAddress(context, dateline))
        {
            return Recognizers.GazetteerRecognizer.CountryPlace(context, country, dateline.Span);
        }

        PlaceEntity? most = null;
        foreach (var place in context.Places)
        {
            if (place.Kind == PlaceKind.Country && place.Mentions.Count > 0 && (most is null || place.Mentions.Count > most.Mentions.Count))
            {
                most = place;
            }
        }

        return most;
    }
}
