using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>News agencies whose names close or open articles as credits, from <c>wire-agencies.tsv</c>.</summary>
internal static class WireAgencies
{
    private static readonly FrozenSet<string> s_names = Load();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> is a known agency name or alias, any case.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_lookup.Contains(name);

    private static FrozenSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in VocabularyFile.Read("wire-agencies.tsv"))
        {
            names.Add(row[0]);
            names.UnionWith(VocabularyFile.List(VocabularyFile.Column(row, 1)));
        }

        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
