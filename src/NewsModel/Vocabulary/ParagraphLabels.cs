using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>
/// Words that label a paragraph (<c>Note:</c>, <c>UPDATE:</c>, <c>Background:</c>) and so look like a dateline
/// without naming a place, from <c>paragraph-labels.tsv</c>.
/// </summary>
internal static class ParagraphLabels
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        VocabularyFile.Read("paragraph-labels.tsv").Select(row => row[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> text) => s_lookup.Contains(text);
}
