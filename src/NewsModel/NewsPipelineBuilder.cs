namespace NewsModel;

/// <summary>
/// Configures a <see cref="NewsPipeline"/>: start with <see cref="UseDefaults"/>, adjust, then <see cref="Build"/>.
/// </summary>
/// <remarks>
/// The builder is the one mutable public type: it is not thread-safe, and is meant to be used once at start-up.
/// The pipeline it builds is immutable and thread-safe; build it once and reuse it.
/// </remarks>
public sealed class NewsPipelineBuilder
{
    private NewsParseOptions _options = NewsParseOptions.Default;

    /// <summary>
    /// Selects the recommended configuration: the layout stage and every extraction rule this version ships, with
    /// default options.
    /// </summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDefaults()
    {
        _options = NewsParseOptions.Default;
        return this;
    }

    /// <summary>Sets the parsing options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public NewsPipelineBuilder UseOptions(NewsParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Makes parsing strict: the first error throws a <see cref="NewsParseException"/>.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseStrictMode()
    {
        _options = _options with { Strict = true };
        return this;
    }

    /// <summary>Freezes the configuration into an immutable, thread-safe pipeline. The builder may be reused afterwards.</summary>
    /// <returns>The pipeline.</returns>
    public NewsPipeline Build() => new(_options);
}
