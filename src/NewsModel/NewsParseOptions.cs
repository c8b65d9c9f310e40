namespace NewsModel;

/// <summary>Options for parsing, fixed when a <see cref="NewsPipeline"/> is built.</summary>
/// <remarks>
/// An immutable record: adding an option later is not a breaking change. The limits guard against hostile input;
/// their defaults are far above any real article. Going over one never throws: the text beyond the limit keeps its
/// layout (every line still belongs to an element), extraction skips it, and a diagnostic says what was skipped.
/// </remarks>
public sealed record NewsParseOptions
{
    /// <summary>The default <see cref="MaxArticleLength"/>: one million characters, about a hundred times a long article.</summary>
    public const int DefaultMaxArticleLength = 1_000_000;

    /// <summary>The default <see cref="MaxArticlesPerText"/>: one hundred thousand.</summary>
    public const int DefaultMaxArticlesPerText = 100_000;

    /// <summary>The default <see cref="MaxParagraphLength"/>: one hundred thousand characters.</summary>
    public const int DefaultMaxParagraphLength = 100_000;

    /// <summary>Gets the default options: lenient parsing.</summary>
    public static NewsParseOptions Default { get; } = new();

    /// <summary>
    /// Gets whether parsing throws a <see cref="NewsParseException"/> on the first diagnostic of severity
    /// <see cref="Text.DiagnosticSeverity.Error"/>, instead of returning the best model with the diagnostic.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Gets the longest article, in characters of its span, that extraction reads. A longer article keeps its layout
    /// but gets no records, with diagnostic <c>NM1030</c> on its span.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxArticleLength
    {
        get;
        init => field = Positive(value);
    } = DefaultMaxArticleLength;

    /// <summary>
    /// Gets how many articles of one text extraction reads. Articles past the limit keep their layout but get no
    /// records; diagnostic <c>NM1031</c> on the first of them says how many were skipped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxArticlesPerText
    {
        get;
        init => field = Positive(value);
    } = DefaultMaxArticlesPerText;

    /// <summary>
    /// Gets the longest paragraph, in characters, that extraction reads. A longer paragraph stays in the article,
    /// but no value is taken from it, with diagnostic <c>NM1032</c> on its span.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxParagraphLength
    {
        get;
        init => field = Positive(value);
    } = DefaultMaxParagraphLength;

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
