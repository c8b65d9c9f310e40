namespace NewsModel;

/// <summary>Options for parsing, fixed when a <see cref="NewsPipeline"/> is built.</summary>
/// <remarks>An immutable record: adding an option later is not a breaking change.</remarks>
public sealed record NewsParseOptions
{
    /// <summary>Gets the default options: lenient parsing.</summary>
    public static NewsParseOptions Default { get; } = new();

    /// <summary>
    /// Gets whether parsing throws a <see cref="NewsParseException"/> on the first diagnostic of severity
    /// <see cref="Text.DiagnosticSeverity.Error"/>, instead of returning the best model with the diagnostic.
    /// </summary>
    public bool Strict { get; init; }
}
