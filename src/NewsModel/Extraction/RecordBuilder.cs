using System.Collections.Immutable;
using System.Globalization;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Internal;

namespace NewsModel.Extraction;

/// <summary>
/// Builds an article's immutable records from what the rules collected, once, at the end: assigns deterministic ids,
/// resolves references to ids, and copies each draft's evidence.
/// </summary>
internal static class RecordBuilder
{
    public static Article Build(ExtractionContext context)
    {
        var article = context.Article;
        var ids = new IdFactory(article.Id);
        
        foreach (var place in context.Places)
        {
            place.Id = ids.Create("plc", place.Name, place.Kind.ToString());
        }

        foreach (var organization in context.Organizations)
        {
            organization.Id = ids.Create("org", organization.Name);
        }

        foreach (var person in context.People)
        {
            person.Id = ids.Create("per", person.Name);
        }

        foreach (var money in context.Money)
        {
            money.Id = ids.Create("mny", money.Value.Currency.Value, money.Value.Amount.ToString(CultureInfo.InvariantCulture), money.Text);
        }

        var drafts = context.Drafts;
        foreach (var meeting in drafts.Meetings)
        {
            meeting.Id = ids.Create("mtg", meeting.Kind.ToString(), meeting.Status.ToString(), string.Join("|", meeting.Parties.Select(p => p.Name).Order(StringComparer.Ordinal)), meeting.Date?.Mention.IsoValue, meeting.Location?.Name);
        }

        foreach (var delegation in drafts.Delegations)
        {
            delegation.Id = ids.Create("del", delegation.Meeting?.Id, delegation.Side?.Name, delegation.Head?.Name);
        }

        foreach (var loan in drafts.Loans)
        {
            loan.Id = ids.Create("loan", loan.Lender?.Name, loan.Borrower?.Name, loan.Amount?.Value.ToString(), loan.Name);
        }

        foreach (var package in drafts.Packages)
        {
            package.Id = ids.Create("pkg", package.Lender?.Name, package.Borrower?.Name, package.Total?.Value.ToString());
        }

        foreach (var commitment in drafts.Commitments)
        {
            commitment.Id = ids.Create("com", commitment.Modality.ToString(), string.Join("|", commitment.Parties.Select(p => p.Name).Order(StringComparer.Ordinal)), commitment.Action);
        }

        return article with
        {
            // Entities in the order the text first names them, whichever rule found them first.
            People = [.. context.People.OrderBy(p => p.Mentions[0].Span.Start).Select(BuildPerson)],
            Organizations = [.. context.Organizations.OrderBy(o => o.FirstSpan.Start).Select(BuildOrganization)],
            Places = [.. context.Places.OrderBy(p => p.FirstSpan.Start).Select(BuildPlace)],
            Money = [.. context.Money.Select(BuildMoney)],
            Dates = [.. context.Dates.Select(d => d.Mention)],
            Quotes = [.. context.Quotes.Select(q => BuildQuote(q, ids))],
            Meetings = [.. drafts.Meetings.Select(RecordFactory.Meeting)],
            Delegations = [.. drafts.Delegations.Select(RecordFactory.Delegation)],
            LoanAgreements = [.. drafts.Loans.Select(RecordFactory.Loan)],
            LoanPackages = [.. drafts.Packages.Select(RecordFactory.Package)],
            Commitments = [.. drafts.Commitments.Select(RecordFactory.Commitment)],
            Diagnostics = context.Diagnostics.Count == 0 ? article.Diagnostics : [.. article.Diagnostics.Concat(context.Diagnostics).OrderBy(d => d.Span.Start)],
        };
    }

    /// <summary>Ids from the article's id and a record's key facts; a repeat of the same key gets a counter.</summary>
    private sealed class IdFactory(string articleId)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string Create(string prefix, params ReadOnlySpan<string?> key)
        {
            var id = StableId.Create(prefix, articleId, key);
            for (var n = 2; !_used.Add(id); n++)
            {
                id = StableId.Create(prefix, articleId, [.. key, n.ToString(CultureInfo.InvariantCulture)]);
            }

            return id;
        }
    }

    private static Person BuildPerson(PersonEntity person)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>(3);
        evidence.Add(new Evidence("name", person.NameSpan, "PersonRecognizer"));
        if (person.TitleSpan is { } titleSpan)
        {
            evidence.Add(new Evidence("title", titleSpan, "PersonRecognizer.Title"));
        }

        if (person.AffiliationSpan is { } affiliationSpan)
        {
            evidence.Add(new Evidence("affiliation", affiliationSpan, person.AffiliationRule));
        }

        return new Person
        {
            Id = person.Id,
            Name = person.Name,
            Honorific = person.Honorific,
            Title = person.Title,
            Affiliation = person.AffiliationName,
            AffiliationId = person.AffiliationPlace?.Id ?? person.AffiliationOrganization?.Id,
            Mentions = [.. person.Mentions],
            Span = person.Mentions[0].Span,
            Evidence = evidence.DrainToImmutable(),
        };
    }

    private static Organization BuildOrganization(OrganizationEntity organization) => new()
    {
        Id = organization.Id,
        Name = organization.Name,
        Acronym = organization.Acronym,
        Kind = organization.Kind,
        Parent = organization.Parent,
        CountryCode = organization.CountryCode,
        Mentions = [.. organization.Mentions],
        Span = organization.FirstSpan,
        Evidence = [new Evidence("name", organization.FirstSpan, organization.Rule)],
    };

    private static Place BuildPlace(PlaceEntity place) => new()
    {
        Id = place.Id,
        Name = place.Name,
        Kind = place.Kind,
        CountryCode = place.CountryCode,
        Mentions = [.. place.Mentions],
        Span = place.FirstSpan,
        Evidence = [new Evidence("name", place.FirstSpan, "GazetteerRecognizer")],
    };

    private static MoneyMention BuildMoney(MoneyValue money) => new()
    {
        Id = money.Id,
        Value = money.Value,
        UpperBound = money.UpperBound,
        Approximation = money.Approximation,
        Period = money.Period,
        Text = money.Text,
        Span = money.Span,
        Evidence = [new Evidence("value", money.Span, money.Rule)],
    };

    private static Quote BuildQuote(QuoteValue quote, IdFactory ids)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>(2);
        evidence.Add(new Evidence("text", quote.Span, "QuoteRecognizer"));
        if (quote.SpeakerSpan is { } speakerSpan)
        {
            evidence.Add(new Evidence("speaker", speakerSpan, "QuoteRecognizer.Speaker"));
        }

        return new Quote
        {
            Id = ids.Create("quo", quote.Text),
            Text = quote.Text,
            Speaker = quote.Speaker,
            SpeakerId = quote.SpeakerPerson?.Id ?? quote.SpeakerOrganization?.Id ?? quote.SpeakerPlace?.Id,
            Span = quote.Span,
            Evidence = evidence.DrainToImmutable(),
        };
    }
}
