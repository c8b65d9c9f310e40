namespace NewsModel.Extraction.Tokens;

/// <summary>One token of an article's text: where it lies in the source, what it is, and how it is written.</summary>
/// <param name="Start">Index of its first character in the source text.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Flags">How it is written.</param>
/// <param name="SpaceBefore">Whether white space separates it from the token before.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags, bool SpaceBefore)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public bool IsLower => (Flags & TokenFlags.Lower) != 0;

    public ReadOnlySpan<char> Text(string source) => source.AsSpan(Start, Length);

    public bool Is(string source, string text) => Text(source).Equals(text, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(string source, char c) => Kind is TokenKind.Punctuation && Length == 1 && source[Start] == c;
}
