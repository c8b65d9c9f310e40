using NewsModel.Domain;

namespace NewsModel.Vocabulary;

/// <summary>A country or territory from <c>countries.tsv</c>.</summary>
internal sealed record CountryInfo(string Iso2, string Iso3, string Name, string[] Adjectives, string Capital, string Currency);

/// <summary>A city from <c>cities.tsv</c>.</summary>
internal sealed record CityInfo(string Name, string Iso2, bool IsCapital);

/// <summary>A region or province from <c>regions.tsv</c>.</summary>
internal sealed record RegionInfo(string Name, string? Iso2, bool IsProvince);

/// <summary>An organisation from <c>organizations.tsv</c>; <paramref name="Headquarters"/> is the city a multilateral body dates its releases from.</summary>
internal sealed record OrganizationInfo(string Name, string? Acronym, OrganizationKind Kind, string? Parent, string? Iso2, string? Headquarters);

/// <summary>An official title from <c>titles.tsv</c>.</summary>
internal sealed record TitleInfo(string Title, string Kind, string Level)
{
    public bool IsHonorific => Kind is "honorific" or "religious";
}

/// <summary>A currency from <c>currencies.tsv</c>.</summary>
internal sealed record CurrencyInfo(string Code, string Name, string[] Symbols, string[] Words);
