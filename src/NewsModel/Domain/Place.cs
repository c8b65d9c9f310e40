using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A country, city or region the article names, under its canonical English name.</summary>
public sealed record Place : NewsRecord
{
    /// <summary>Gets the canonical English name, e.g. <c>Pakistan</c> or <c>Islamabad</c>.</summary>
    public required string Name
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Name));
    }

    /// <summary>Gets what sort of place it is.</summary>
    public PlaceKind Kind { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country it is or lies in; null for regions across countries.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets every mention, demonyms and adjectives such as <c>Pakistani</c> included, in text order.</summary>
    public ImmutableArray<Mention> Mentions
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];
}
