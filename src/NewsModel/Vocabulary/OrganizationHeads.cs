using System.Collections.Frozen;
using NewsModel.Domain;

namespace NewsModel.Vocabulary;

/// <summary>
/// Nouns that make a capitalised phrase an organisation (<c>… Division</c>, <c>Ministry of …</c>), with the kind they
/// imply, from <c>organization-heads.tsv</c>; and lower-case references to ministries (<c>the foreign office</c>) with
/// their canonical names, from <c>ministries.tsv</c>.
/// </summary>
internal static class OrganizationHeads
{
    private static readonly FrozenDictionary<string, OrganizationKind>.AlternateLookup<ReadOnlySpan<char>> s_heads =
        VocabularyFile.Read("organization-heads.tsv")
            .ToFrozenDictionary(row => row[0], row => Enum.Parse<OrganizationKind>(row[1], ignoreCase: true), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<PhraseTrie<string>> s_ministries = new(() =>
    {
        var trie = new PhraseTrie<string>();
        foreach (var row in VocabularyFile.Read("ministries.tsv"))
        {
            trie.Add(row[0], row[1]);
        }

        return trie;
    });

    /// <summary>Lower-case or capitalised references to ministries, with their canonical names.</summary>
    public static PhraseTrie<string> Ministries => s_ministries.Value;

    public static bool TryGetHead(ReadOnlySpan<char> word, out OrganizationKind kind) => s_heads.TryGetValue(word, out kind);
}
