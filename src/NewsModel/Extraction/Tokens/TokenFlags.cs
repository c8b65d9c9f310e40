namespace NewsModel.Extraction.Tokens;

/// <summary>How a word token is written.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,

    /// <summary>Every letter is upper case, and there are at least two: <c>ADB</c>, <c>ISLAMABAD</c>.</summary>
    AllCaps = 2,

    /// <summary>Every letter is lower case.</summary>
    Lower = 4,

    /// <summary>Has an inner hyphen: <c>secretary-level</c>.</summary>
    Hyphenated = 8,
}
