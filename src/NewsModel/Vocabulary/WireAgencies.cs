using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>News agencies whose names close or open articles as credits, from <c>wire-agencies.tsv</c>.</summary>
internal static class WireAgencies
{
    // Every name and alias, any case, with the agency's full name: the longest of its names ("AP" is "Associated Press").
    private static readonly FrozenDictionary<string, string> s_names = Load();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> is a known agency name or alias, any case.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_lookup.ContainsKey(name);

    /// <summary>The full name of the agency <paramref name="name"/> names, or null when it is no known agency.</summary>
    public static string? FullName(ReadOnlySpan<char> name) => s_lookup.TryGetValue(name, out var full) ? full : null;

    private static FrozenDictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in VocabularyFile.Read("wire-agencies.tsv"))
        {
            var all = VocabularyFile.List(VocabularyFile.Column(row, 1)).Prepend(row[0]).ToList();
            var full = all.MaxBy(n => n.Length)!;
            foreach (var name in all)
            {
                names.TryAdd(name, full);
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
