using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>An organisation the article names: a lender, a ministry, a UN body and so on, under its canonical name.</summary>
public sealed record Organization : NewsRecord
{
    /// <summary>Gets the canonical full name, e.g. <c>Asian Development Bank</c>.</summary>
    public required string Name
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Name));
    }

    /// <summary>Gets the acronym, e.g. <c>ADB</c>, from the vocabulary or as the article defines it; null when none.</summary>
    public string? Acronym { get; init; }

    /// <summary>Gets what sort of organisation it is.</summary>
    public OrganizationKind Kind { get; init; }

    /// <summary>Gets the canonical name of the group it belongs to, e.g. <c>World Bank Group</c>; null when none.</summary>
    public string? Parent { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of its home country for national bodies; null for multilateral ones.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets every mention of the organisation, acronyms included, in text order.</summary>
    public ImmutableArray<Mention> Mentions
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];
}
