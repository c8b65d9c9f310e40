using System.Collections.Frozen;

namespace NewsModel.Vocabulary;

/// <summary>
/// Words inside personal names, from <c>name-particles.tsv</c>: lower-case joiners (<c>bin</c>, <c>de</c>, <c>ul</c>)
/// and honorific-like prefixes that are part of the name itself in South Asian usage (<c>Syed</c>, <c>Sardar</c>).
/// </summary>
internal static class NameParticles
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_roles =
        VocabularyFile.Read("name-particles.tsv").ToFrozenDictionary(row => row[0], row => row[1], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsJoiner(ReadOnlySpan<char> word) => s_roles.TryGetValue(word, out var role) && role == "joiner";

    public static bool IsNamePrefix(ReadOnlySpan<char> word) => s_roles.TryGetValue(word, out var role) && role == "namePrefix";
}
