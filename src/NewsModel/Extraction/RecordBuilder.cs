using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Extraction;

/// <summary>
/// Builds an article's immutable records from what the rules collected, once, at the end: assigns deterministic ids,
/// resolves references to ids, and copies each draft's evidence.
/// </summary>
internal static class RecordBuilder
{
    private static readonly Func<Mention, int> s_mentionStart = static m => m.Span.Start;

    public static Article Build(ExtractionContext context)
    {
        var article = context.Article;
        var drafts = context.Drafts;
        var ids = new IdFactory(StableId.Scope(article.Id), context.UsedIds, context.LastIdSuffix, context.Places.Count + context.Organizations.Count + context.People.Count + context.Money.Count + context.Quotes.Count
            + drafts.Meetings.Count + drafts.Delegations.Count + drafts.Loans.Count + drafts.Packages.Count + drafts.Commitments.Count);

        if (article.Photo is not null)
        {
            // The caption's words are read after the body's although the caption stands above it (see
            // ExtractionContext.Begin), so its mentions were added last: put each entity's back in text order.
            foreach (var place in context.Places)
            {
                SortByStart(CollectionsMarshal.AsSpan(place.Mentions), s_mentionStart);
            }

            foreach (var organization in context.Organizations)
            {
                SortByStart(CollectionsMarshal.AsSpan(organization.Mentions), s_mentionStart);
            }

            foreach (var person in context.People)
            {
                SortByStart(CollectionsMarshal.AsSpan(person.Mentions), s_mentionStart);
            }
        }

        foreach (var place in context.Places)
        {
            var key = ids.Key();
            key.Part(place.Name);
            key.Part(NameOf(place.Kind));
            place.Id = ids.Create("plc", key);
        }

        foreach (var organization in context.Organizations)
        {
            organization.Id = ids.Create("org", organization.Name);
        }

        foreach (var person in context.People)
        {
            person.Id = ids.Create("per", person.Name);
        }

        Span<char> number = stackalloc char[64];
        foreach (var money in context.Money)
        {
            var key = ids.Key();
            key.Part(money.Value.Currency.Value);
            key.Part(Invariant(money.Value.Amount, number));
            key.Part(money.Chars);
            money.Id = ids.Create("mny", key);
        }

        foreach (var meeting in drafts.Meetings)
        {
            var key = ids.Key();
            key.Part(NameOf(meeting.Kind));
            key.Part(NameOf(meeting.Status));
            PartyKey(ref key, meeting.Parties);
            key.Part(meeting.Date?.Mention.IsoValue);
            key.Part(meeting.Location?.Name);
            meeting.Id = ids.Create("mtg", key);
        }

        foreach (var delegation in drafts.Delegations)
        {
            delegation.Id = ids.Create("del", delegation.Meeting?.Id, delegation.Side?.Name, delegation.Head?.Name);
        }

        foreach (var loan in drafts.Loans)
        {
            var key = ids.Key();
            key.Part(loan.Lender?.Name);
            key.Part(loan.Borrower?.Name);
            key.Part(loan.Amount is { } amount ? Canonical(amount.Value, number) : default);
            key.Part(loan.Name);
            loan.Id = ids.Create("loan", key);
        }

        foreach (var package in drafts.Packages)
        {
            var key = ids.Key();
            key.Part(package.Lender?.Name);
            key.Part(package.Borrower?.Name);
            key.Part(package.Total is { } total ? Canonical(total.Value, number) : default);
            package.Id = ids.Create("pkg", key);
        }

        foreach (var commitment in drafts.Commitments)
        {
            var key = ids.Key();
            key.Part(NameOf(commitment.Modality));
            PartyKey(ref key, commitment.Parties);
            key.Part(commitment.Action);
            commitment.Id = ids.Create("com", key);
        }

        return article with
        {
            // Entities in the order the text first names them, whichever rule found them first.
            People = ListMapping.MapOrderedBy(context.People, p => p.Mentions[0].Span.Start, BuildPerson),
            Organizations = ListMapping.MapOrderedBy(context.Organizations, o => o.FirstSpan.Start, BuildOrganization),
            Places = ListMapping.MapOrderedBy(context.Places, p => p.FirstSpan.Start, BuildPlace),
            // Amounts and dates in text order too: the caption's, found last, stand first.
            Money = ListMapping.MapOrderedBy(context.Money, m => m.Span.Start, BuildMoney),
            Dates = ListMapping.MapOrderedBy(context.Dates, d => d.Mention.Span.Start, d => d.Mention),
            Quotes = BuildQuotes(context.Source, context.Quotes, ids),
            Meetings = ListMapping.Map(drafts.Meetings, RecordFactory.Meeting),
            Delegations = ListMapping.Map(drafts.Delegations, RecordFactory.Delegation),
            LoanAgreements = ListMapping.Map(drafts.Loans, RecordFactory.Loan),
            LoanPackages = ListMapping.Map(drafts.Packages, RecordFactory.Package),
            Commitments = ListMapping.Map(drafts.Commitments, RecordFactory.Commitment),
            Diagnostics = context.Diagnostics.Count == 0 ? article.Diagnostics : MergeDiagnostics(article.Diagnostics, context.Diagnostics),
        };
    }

    /// <summary>
    /// Adds the names of <paramref name="parties"/> in ordinal order, joined by <c>|</c>, as one part: an id key that does
    /// not depend on the order they were found in. Hashed as the joined string would be, without building it.
    /// </summary>
    private static void PartyKey(ref StableId.KeyHash key, List<INamedEntity> parties)
    {
        if (parties.Count <= 1)
        {
            key.Part(parties.Count == 0 ? "" : parties[0].Name);
            return;
        }

        // Sort the indices, not a copy of the names: equal names are equal strings, so an unstable order among them
        // gives the same key.
        const int MaxStackParties = 32;
        var order = parties.Count <= MaxStackParties ? stackalloc int[parties.Count] : new int[parties.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var j = i;
            while (j > 0 && string.CompareOrdinal(parties[order[j - 1]].Name, parties[i].Name) > 0)
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = i;
        }

        for (var i = 0; i < order.Length; i++)
        {
            if (i > 0)
            {
                key.Append("|");
            }

            key.Append(parties[order[i]].Name);
        }

        key.EndPart();
    }

    /// <summary>The name of an enum value, as <see cref="Enum.ToString()"/> writes it, without boxing the value.</summary>
    private static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enum.GetName(value) ?? value.ToString();

    /// <summary>
    /// The canonical form of an amount, as <see cref="Money.ToString"/> writes it (<c>USD 400000000</c>: the code, a
    /// space and the invariant amount without trailing fractional zeros), in <paramref name="buffer"/>.
    /// </summary>
    internal static ReadOnlySpan<char> Canonical(Money money, Span<char> buffer)
    {
        var code = money.Currency.Value;
        var written = 0;
        if (buffer.Length > code.Length + 1 && (TryFormatWhole(money.Amount, buffer[(code.Length + 1)..], out written)
            || money.Amount.TryFormat(buffer[(code.Length + 1)..], out written, "0.############################", CultureInfo.InvariantCulture)))
        {
            code.CopyTo(buffer);
            buffer[code.Length] = ' ';
            return buffer[..(code.Length + 1 + written)];
        }

        return money.ToString();
    }

    /// <summary>The invariant text of an amount, as <see cref="decimal.ToString(IFormatProvider)"/> writes it, in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Invariant(decimal value, Span<char> buffer) =>
        TryFormatWhole(value, buffer, out var written) || value.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            ? buffer[..written] : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A positive whole amount with no fractional digits, the usual case, written as its digits: what both the general
    /// and the "0.###" formats of a decimal write for it, without the decimal formatter.
    /// </summary>
    private static bool TryFormatWhole(decimal value, Span<char> buffer, out int written)
    {
        if (value.Scale == 0 && value > 0 && value < 1_000_000_000_000_000_000m)
        {
            return ((long)value).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
        }

        written = 0;
        return false;
    }

    /// <summary>The layout's diagnostics and the rules', in text order; equal positions keep layout first, then the rules' order.</summary>
    private static ImmutableArray<Diagnostic> MergeDiagnostics(ImmutableArray<Diagnostic> layout, List<Diagnostic> rules)
    {
        var all = new Diagnostic[layout.Length + rules.Count];
        layout.CopyTo(all);
        rules.CopyTo(all, layout.Length);

        SortByStart(all.AsSpan(), static d => d.Span.Start);
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    /// <summary>
    /// A stable insertion sort by start: the order OrderBy gave, on a handful of items that are nearly in order already
    /// (diagnostics, an entity's mentions).
    /// </summary>
    private static void SortByStart<T>(Span<T> items, Func<T, int> start)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && start(items[j]) > start(item))
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    /// <summary>Ids from the article's id and a record's key facts; a repeat of the same key gets a counter.</summary>
    private readonly struct IdFactory
    {
        private readonly ulong _scope;
        private readonly HashSet<string> _used;
        private readonly Dictionary<string, int> _lastSuffix;

        /// <param name="scope">The hashed scope of every id: the article's id.</param>
        /// <param name="used">An empty set to note the ids in; the context's, so its table is reused.</param>
        /// <param name="lastSuffix">An empty table for the last counter of each repeated key; the context's.</param>
        /// <param name="capacity">How many ids the article will need.</param>
        public IdFactory(ulong scope, HashSet<string> used, Dictionary<string, int> lastSuffix, int capacity)
        {
            _scope = scope;
            _used = used;
            _lastSuffix = lastSuffix;
            _used.EnsureCapacity(capacity);
        }

        public string Create(string prefix, params ReadOnlySpan<string?> key)
        {
            var hash = new StableId.KeyHash(_scope);
            foreach (var part in key)
            {
                hash.Part(part);
            }

            return Create(prefix, hash);
        }

        /// <summary>A key to fill part by part and give to <see cref="Create(string, StableId.KeyHash)"/>.</summary>
        public StableId.KeyHash Key() => new(_scope);

        public string Create(string prefix, StableId.KeyHash key)
        {
            var id = key.ToId(prefix);
            if (_used.Add(id))
            {
                return id;
            }

            // A repeat: the key with the first free counter from 2 up as one more part. Every counter up to the last one
            // handed out for this key is taken, so the search starts after it: 100,000 equal amounts cost linear work,
            // not quadratic.
            var first = id;
            var n = _lastSuffix.GetValueOrDefault(first, 1);
            Span<char> digits = stackalloc char[11];
            do
            {
                n++;
                var counted = key;
                n.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                counted.Part(digits[..length]);
                id = counted.ToId(prefix);
            }
            while (!_used.Add(id));

            _lastSuffix[first] = n;
            return id;
        }
    }

    private static Person BuildPerson(PersonEntity person)
    {
        var evidence = new Evidence[1 + (person.TitleSpan is null ? 0 : 1) + (person.AffiliationSpan is null ? 0 : 1)];
        var count = 0;
        evidence[count++] = new Evidence("name", person.NameSpan, "PersonRecognizer");
        if (person.TitleSpan is { } titleSpan)
        {
            evidence[count++] = new Evidence("title", titleSpan, "PersonRecognizer.Title");
        }

        if (person.AffiliationSpan is { } affiliationSpan)
        {
            evidence[count] = new Evidence("affiliation", affiliationSpan, person.AffiliationRule);
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
            Evidence = ImmutableCollectionsMarshal.AsImmutableArray(evidence),
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

    private static MoneyMention BuildMoney(MoneyValue money) => new(money.Id, new SourceSlice(money.Source, money.TextStart, money.TextLength))
    {
        Value = money.Value,
        UpperBound = money.UpperBound,
        Approximation = money.Approximation,
        Period = money.Period,
        Span = money.Span,
        Evidence = [new Evidence("value", money.Span, money.Rule)],
    };

    private static ImmutableArray<Quote> BuildQuotes(string source, List<QuoteValue> quotes, IdFactory ids)
    {
        if (quotes.Count == 0)
        {
            return [];
        }

        var result = new Quote[quotes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = BuildQuote(source, quotes[i], ids);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static Quote BuildQuote(string source, QuoteValue quote, IdFactory ids)
    {
        var evidence = quote.SpeakerSpan is { } speakerSpan
            ? [new Evidence("text", quote.Span, "QuoteRecognizer"), new Evidence("speaker", speakerSpan, "QuoteRecognizer.Speaker")]
            : new[] { new Evidence("text", quote.Span, "QuoteRecognizer") };

        // The id hashes the quoted words as they stand in the source; the record cuts its text from there when read.
        var key = ids.Key();
        key.Part(source.AsSpan(quote.TextStart, quote.TextLength));
        return new Quote(ids.Create("quo", key), new SourceSlice(source, quote.TextStart, quote.TextLength))
        {
            Speaker = quote.Speaker,
            SpeakerId = quote.SpeakerPerson?.Id ?? quote.SpeakerOrganization?.Id ?? quote.SpeakerPlace?.Id,
            Span = quote.Span,
            Evidence = ImmutableCollectionsMarshal.AsImmutableArray(evidence),
        };
    }
}
