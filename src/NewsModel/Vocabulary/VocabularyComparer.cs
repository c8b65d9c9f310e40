using NewsModel.Internal;

namespace NewsModel.Vocabulary;

/// <summary>
/// Compares vocabulary words as a reader would: ignoring case and treating curly and straight apostrophes alike, so
/// that <c>Cote d’Ivoire</c> in an article finds <c>Cote d'Ivoire</c> in the data. Looks up spans without allocating.
/// </summary>
internal sealed class VocabularyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static VocabularyComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => x is null ? y is null : y is not null && Equals(x.AsSpan(), y);

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other) => FoldEquals(alternate, other);

    /// <summary>Whether a word and a vocabulary word are equal as a reader sees them; static, so callers pay no interface call.</summary>
    public static bool FoldEquals(ReadOnlySpan<char> alternate, string other)
    {
        if (alternate.Length != other.Length)
        {
            return false;
        }

        for (var i = 0; i < alternate.Length; i++)
        {
            if (Fold(alternate[i]) != Fold(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ReadOnlySpan<char> alternate) => FoldHash(alternate);

    /// <summary>A hash code consistent with <see cref="FoldEquals"/>.</summary>
    public static int FoldHash(ReadOnlySpan<char> alternate)
    {
        var hash = 5381u;
        foreach (var c in alternate)
        {
            hash = ((hash << 5) + hash) ^ Fold(c);
        }

        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    // ASCII, nearly every character, folds inline; the rest goes through the table below.
    private static char Fold(char c) => char.IsAscii(c) ? (char.IsAsciiLetterLower(c) ? (char)(c - 32) : c) : FoldNonAscii(c);

    private static char FoldNonAscii(char c) => c switch
    {
        '’' or '‘' or 'ʼ' => '\'',
        '‐' or '–' => '-',
        _ => InvariantCase.UpperNonAscii(c),
    };
}
