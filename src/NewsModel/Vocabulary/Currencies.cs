using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>
/// Currency signs, codes and words, from <c>currencies.tsv</c>, with the defaults that settle ambiguous ones
/// (<c>$</c> is USD, <c>riyals</c> SAR) from <c>currency-defaults.tsv</c>. Signs and words that several currencies
/// share and that have no default (<c>Rs</c>, <c>rupees</c>, <c>dinars</c>) are settled by the article's countries.
/// </summary>
internal static class Currencies
{
    private static readonly Lazy<(PhraseTrie<CurrencyPhrase> Symbols, PhraseTrie<CurrencyPhrase> Words, FrozenDictionary<string, string> Defaults, FrozenDictionary<string, string[]> CountriesByCode)> s_data = new(Load);

    /// <summary>Signs and codes written before the number, each with the currency codes it can denote.</summary>
    public static PhraseTrie<CurrencyPhrase> Symbols => s_data.Value.Symbols;

    /// <summary>Words written after the number (<c>dollars</c>, <c>Saudi riyals</c>), with the codes they can denote.</summary>
    public static PhraseTrie<CurrencyPhrase> Words => s_data.Value.Words;

    /// <summary>The currency an ambiguous sign or word denotes unless marked otherwise, if it has one.</summary>
    public static string? DefaultFor(string symbolOrWord) =>
        s_data.Value.Defaults.TryGetValue(symbolOrWord, out var code) ? code : null;

    /// <summary>The ISO 3166 codes of the countries that use a currency.</summary>
    public static IReadOnlyList<string> CountriesUsing(string code) =>
        s_data.Value.CountriesByCode.TryGetValue(code, out var countries) ? countries : [];

    private static (PhraseTrie<CurrencyPhrase>, PhraseTrie<CurrencyPhrase>, FrozenDictionary<string, string>, FrozenDictionary<string, string[]>) Load()
    {
        var symbols = new PhraseTrie<CurrencyPhrase>();
        var words = new PhraseTrie<CurrencyPhrase>();
        foreach (var currency in Gazetteer.Currencies)
        {
            symbols.Add(currency.Code, new CurrencyPhrase(currency.Code, currency.Code));
            foreach (var symbol in currency.Symbols)
            {
                symbols.Add(symbol, new CurrencyPhrase(currency.Code, symbol));
            }

            foreach (var word in currency.Words)
            {
                words.Add(word, new CurrencyPhrase(currency.Code, word));
            }
        }

        var defaults = VocabularyFile.Read("currency-defaults.tsv").ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);
        var countries = Gazetteer.Countries.GroupBy(c => c.Currency).ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Iso2).ToArray(), StringComparer.Ordinal);
        return (symbols, words, defaults, countries);
    }
}

/// <summary>A currency sign, code or word as the data writes it, and the currency it can denote.</summary>
internal sealed record CurrencyPhrase(string Code, string Phrase);
