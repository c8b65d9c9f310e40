namespace NewsModel.Extraction;

/// <summary>
/// One extraction rule: a <c>…Recognizer</c> that finds values in the text, or a <c>…Extractor</c> that builds events
/// from them. Rules run in a fixed order over one article's <see cref="ExtractionContext"/>.
/// </summary>
/// <remarks>Rules hold no state between articles: one instance serves every thread.</remarks>
internal abstract class ExtractionRule
{
    /// <summary>Gets the rule's place in the run order; recognisers come before the extractors that use their findings.</summary>
    public abstract int Order { get; }

    /// <summary>Gets the rule's name, as evidence records it.</summary>
    public string Name => GetType().Name;

    public abstract void Run(ExtractionContext context);
}
