using System.Collections.Frozen;
using NewsModel.Domain;

namespace NewsModel.Vocabulary;

/// <summary>
/// The general vocabulary extraction matches against, loaded once from the embedded data files: every country with
/// its aliases and adjectives, capitals and major cities, regions, organisations with acronyms, official titles and
/// currencies. It holds no article-specific names.
/// </summary>
internal static class Gazetteer
{
    private static readonly Lazy<Tables> s_tables = new(Load);

    // The tokens of the place name being looked up, kept per thread with their capacity.
    [ThreadStatic]
    private static List<Extraction.Tokens.Token>? s_placeNameTokens;

    public static IReadOnlyList<CountryInfo> Countries => s_tables.Value.Countries;

    public static IReadOnlyList<CityInfo> Cities => s_tables.Value.Cities;

    public static IReadOnlyList<RegionInfo> Regions => s_tables.Value.Regions;

    public static IReadOnlyList<OrganizationInfo> Organizations => s_tables.Value.Organizations;

    public static IReadOnlyList<CurrencyInfo> Currencies => s_tables.Value.Currencies;

    /// <summary>Every country, city, region and organisation phrase.</summary>
    public static PhraseTrie<EntityEntry> Entities => s_tables.Value.Entities;

    /// <summary>Every official title and honorific.</summary>
    public static PhraseTrie<TitleInfo> Titles => s_tables.Value.Titles;

    public static CountryInfo? Country(string? iso2) =>
        iso2 is not null && s_tables.Value.CountriesByCode.TryGetValue(iso2, out var country) ? country : null;

    /// <summary>The country a place name stands for: a country's name or alias, or a city's country (<c>KARACHI</c> → Pakistan).</summary>
    public static CountryInfo? CountryOfPlaceName(string name)
    {
        var tokens = s_placeNameTokens ??= [];
        tokens.Clear();
        Extraction.Tokens.Tokenizer.Tokenize(name, 0, name.Length, tokens);
        if (tokens.Count == 0 || Entities.Match(name, tokens, 0, tokens.Count, out var entries) != tokens.Count)
        {
            return null;
        }

        foreach (var entry in entries!)
        {
            switch (entry.Kind)
            {
                case EntityKind.Country or EntityKind.CountryAdjective:
                    return Countries[entry.Index];
                case EntityKind.City:
                    return Country(Cities[entry.Index].Iso2);
            }
        }

        return null;
    }

    public static CountryInfo? CountryNamed(string name) =>
        s_tables.Value.CountriesByName.TryGetValue(name, out var country) ? country : null;

    public static OrganizationInfo? OrganizationNamed(string name) =>
        s_tables.Value.OrganizationsByName.TryGetValue(name, out var organization) ? organization : null;

    private static Tables Load()
    {
        var entities = new PhraseTrie<EntityEntry>();
        var countries = new List<CountryInfo>();
        foreach (var row in VocabularyFile.Read("countries.tsv"))
        {
            var index = countries.Count;
            var name = row[2];
            var adjectives = VocabularyFile.List(VocabularyFile.Column(row, 4));
            countries.Add(new CountryInfo(row[0], row[1], name, adjectives, VocabularyFile.Column(row, 5), VocabularyFile.Column(row, 6)));
            AddPhrase(entities, name, EntityKind.Country, index);
            foreach (var alias in VocabularyFile.List(VocabularyFile.Column(row, 3)))
            {
                AddPhrase(entities, alias, EntityKind.Country, index);
            }

            foreach (var adjective in adjectives)
            {
                AddPhrase(entities, adjective, EntityKind.CountryAdjective, index);
            }
        }

        var cities = new List<CityInfo>();
        foreach (var row in VocabularyFile.Read("cities.tsv"))
        {
            var index = cities.Count;
            cities.Add(new CityInfo(row[0], row[2], VocabularyFile.Column(row, 3) == "capital"));
            AddPhrase(entities, row[0], EntityKind.City, index);
            foreach (var alias in VocabularyFile.List(row[1]))
            {
                AddPhrase(entities, alias, EntityKind.City, index);
            }
        }

        var regions = new List<RegionInfo>();
        foreach (var row in VocabularyFile.Read("regions.tsv"))
        {
            var index = regions.Count;
            regions.Add(new RegionInfo(row[0], row[2].Length == 0 ? null : row[2], VocabularyFile.Column(row, 3) == "province"));
            AddPhrase(entities, row[0], EntityKind.Region, index);
            foreach (var alias in VocabularyFile.List(row[1]))
            {
                AddPhrase(entities, alias, EntityKind.Region, index);
            }
        }

        var organizations = new List<OrganizationInfo>();
        foreach (var row in VocabularyFile.Read("organizations.tsv"))
        {
            var index = organizations.Count;
            var acronyms = VocabularyFile.List(row[1]);
            organizations.Add(new OrganizationInfo(
                row[0],
                acronyms.FirstOrDefault(),
                ParseKind(VocabularyFile.Column(row, 3)),
                NullIfEmpty(VocabularyFile.Column(row, 4)),
                NullIfEmpty(VocabularyFile.Column(row, 5)),
                NullIfEmpty(VocabularyFile.Column(row, 6))));
            AddPhrase(entities, row[0], EntityKind.Organization, index);
            foreach (var phrase in acronyms.Concat(VocabularyFile.List(VocabularyFile.Column(row, 2))))
            {
                AddPhrase(entities, phrase, EntityKind.Organization, index);
            }
        }

        var titles = new PhraseTrie<TitleInfo>();
        foreach (var row in VocabularyFile.Read("titles.tsv"))
        {
            titles.Add(row[0], new TitleInfo(row[0], VocabularyFile.Column(row, 1), VocabularyFile.Column(row, 2)));
        }

        var currencies = VocabularyFile.Read("currencies.tsv")
            .Select(row => new CurrencyInfo(row[0], row[1], VocabularyFile.List(VocabularyFile.Column(row, 2)), VocabularyFile.List(VocabularyFile.Column(row, 3))))
            .ToList();

        return new Tables(
            countries,
            cities,
            regions,
            organizations,
            currencies,
            entities,
            titles,
            countries.ToFrozenDictionary(c => c.Iso2, StringComparer.Ordinal),
            countries.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal),
            organizations.DistinctBy(o => o.Name).ToFrozenDictionary(o => o.Name, StringComparer.Ordinal));
    }

    /// <summary>An all-capitals phrase (an acronym such as <c>ADB</c> or <c>US</c>) must match its case exactly.</summary>
    private static void AddPhrase(PhraseTrie<EntityEntry> trie, string phrase, EntityKind kind, int index)
    {
        var letters = phrase.Count(char.IsLetter);
        var exact = letters >= 2 && phrase.Where(char.IsLetter).All(char.IsUpper);
        trie.Add(phrase, new EntityEntry(kind, index, exact, phrase));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static OrganizationKind ParseKind(string kind) =>
        Enum.TryParse<OrganizationKind>(kind, ignoreCase: true, out var parsed) ? parsed : OrganizationKind.Other;

    private sealed record Tables(
        List<CountryInfo> Countries,
        List<CityInfo> Cities,
        List<RegionInfo> Regions,
        List<OrganizationInfo> Organizations,
        List<CurrencyInfo> Currencies,
        PhraseTrie<EntityEntry> Entities,
        PhraseTrie<TitleInfo> Titles,
        FrozenDictionary<string, CountryInfo> CountriesByCode,
        FrozenDictionary<string, CountryInfo> CountriesByName,
        FrozenDictionary<string, OrganizationInfo> OrganizationsByName);
}
