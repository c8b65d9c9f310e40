using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>
/// Every country, city and region name and alias the gazetteer knows (<c>countries.tsv</c>, <c>cities.tsv</c>,
/// <c>regions.tsv</c>), for questions that need only "is this a place name?", such as whether a mixed-case
/// <c>Islamabad:</c> opens a dateline.
/// </summary>
internal static class PlaceNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = Load().GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> name) => s_lookup.Contains(name);

    private static FrozenSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in VocabularyFile.Read("countries.tsv"))
        {
            names.Add(VocabularyFile.Column(row, 2));
            names.UnionWith(VocabularyFile.List(VocabularyFile.Column(row, 3)));
        }

        foreach (var file in (string[])["cities.tsv", "regions.tsv"])
        {
            foreach (var row in VocabularyFile.Read(file))
            {
                names.Add(row[0]);
                names.UnionWith(VocabularyFile.List(VocabularyFile.Column(row, 1)));
            }
        }

        // Pages use the curly apostrophe as often as the straight one: "Côte d’Ivoire".
        foreach (var name in names.Where(n => n.Contains('\'', StringComparison.Ordinal)).ToList())
        {
            names.Add(name.Replace('\'', '’'));
        }

        names.Remove("");
        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
