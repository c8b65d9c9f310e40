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
        var drafts = context.Drafts;
        var ids = new IdFactory(article.Id, context.UsedIds, context.Places.Count + context.Organizations.Count + context.People.Count + context.Money.Count + context.Quotes.Count
            + drafts.Meetings.Count + drafts.Delegations.Count + drafts.Loans.Count + drafts.Packages.Count + drafts.Commitments.Count);

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

        foreach (var meeting in drafts.Meetings)
        {
            meeting.Id = ids.Create("mtg", meeting.Kind.ToString(), meeting.Status.ToString(), PartyKey(meeting.Parties), meeting.Date?.Mention.IsoValue, meeting.Location?.Name);
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
            commitment.Id = ids.Create("com", commitment.Modality.ToString(), PartyKey(commitment.Parties), commitment.Action);
        }

        return article with
        {
            // Entities in the order the text first names them, whichever rule found them first.
            People = ListMapping.MapOrderedBy(context.People, p => p.Mentions[0].Span.Start, BuildPerson),
            Organizations = ListMapping.MapOrderedBy(context.Organizations, o => o.FirstSpan.Start, BuildOrganization),
            Places = ListMapping.MapOrderedBy(context.Places, p => p.FirstSpan.Start, BuildPlace),
            Money = ListMapping.Map(context.Money, BuildMoney),
            Dates = ListMapping.Map(context.Dates, d => d.Mention),
            Quotes = ListMapping.Map(context.Quotes, q => BuildQuote(q, ids)),
            Meetings = ListMapping.Map(drafts.Meetings, RecordFactory.Meeting),
            Delegations = ListMapping.Map(drafts.Delegations, RecordFactory.Delegation),
            LoanAgreements = ListMapping.Map(drafts.Loans, RecordFactory.Loan),
            LoanPackages = ListMapping.Map(drafts.Packages, RecordFactory.Package),
            Commitments = ListMapping.Map(drafts.Commitments, RecordFactory.Commitment),
            Diagnostics = context.Diagnostics.Count == 0 ? article.Diagnostics : [.. article.Diagnostics.Concat(context.Diagnostics).OrderBy(d => d.Span.Start)],
        };
    }

    /// <summary>The names of <paramref name="parties"/> in ordinal order, joined by <c>|</c>: an id key that does not depend on the order they were found in.</summary>
    private static string PartyKey(List<INamedEntity> parties)
    {
        switch (parties.Count)
        {
            case 0:
                return "";
            case 1:
                return parties[0].Name;
        }

        var names = new string[parties.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = parties[i].Name;
        }

        // Equal names are equal strings, so an unstable sort gives the same key.
        Array.Sort(names, string.CompareOrdinal);
        return string.Join('|', names);
    }

    /// <summary>Ids from the article's id and a record's key facts; a repeat of the same key gets a counter.</summary>
    private sealed class IdFactory
    {
        private readonly ulong _scope;
        private readonly HashSet<string> _used;
        private Dictionary<string, int>? _lastSuffix;

        /// <param name="articleId">The scope of every id.</param>
        /// <param name="used">An empty set to note the ids in; the context's, so its table is reused.</param>
        /// <param name="capacity">How many ids the article will need.</param>
        public IdFactory(string articleId, HashSet<string> used, int capacity)
        {
            _scope = StableId.Scope(articleId);
            _used = used;
            _used.EnsureCapacity(capacity);
        }

        public string Create(string prefix, params ReadOnlySpan<string?> key)
        {
            var id = StableId.Create(prefix, _scope, key);
            if (_used.Add(id))
            {
                return id;
            }

            // The same key again gets the first free suffix from 2 up. Every suffix up to the last one handed out for
            // this key is taken, so the search starts after it: 100,000 equal amounts cost linear work, not quadratic.
            _lastSuffix ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var first = id;
            var n = _lastSuffix.GetValueOrDefault(first, 1);
            do
            {
                n++;
                id = StableId.Create(prefix, _scope, [.. key, n.ToString(CultureInfo.InvariantCulture)]);
            }
            while (!_used.Add(id));

            _lastSuffix[first] = n;
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
