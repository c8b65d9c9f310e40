using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>
/// Words that name a minister's or official's portfolio inside a title (<c>Minister of Economy and Planning</c>), from
/// <c>portfolio-words.tsv</c>: they belong to the title, never to the name that follows it.
/// </summary>
internal static class PortfolioWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_words =
        VocabularyFile.Read("portfolio-words.tsv").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => s_words.Contains(word);
}
