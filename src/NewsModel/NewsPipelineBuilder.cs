using NewsModel.Extraction;
using NewsModel.Extraction.Extractors;
using NewsModel.Extraction.Recognizers;

namespace NewsModel;

/// <summary>
/// Configures a <see cref="NewsPipeline"/>: start with <see cref="UseDefaults"/> (or pick rules with the other
/// <c>Use…</c> methods), adjust, then <see cref="Build"/>. A builder with no rules parses the layout only.
/// </summary>
/// <remarks>
/// The builder is the one mutable public type: it is not thread-safe, and is meant to be used once at start-up.
/// The pipeline it builds is immutable and thread-safe; build it once and reuse it. Each <c>Use…</c> method also
/// adds the rules it depends on, and rules always run in their fixed order, whatever the order of the calls.
/// </remarks>
public sealed class NewsPipelineBuilder
{
    private readonly Dictionary<Type, ExtractionRule> _rules = [];
    private NewsParseOptions _options = NewsParseOptions.Default;

    /// <summary>
    /// Selects the recommended configuration: the layout stage and every extraction rule this version ships, with
    /// default options.
    /// </summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDefaults()
    {
        _options = NewsParseOptions.Default;
        return UseMeetings().UseDelegations().UseCommitments().UseLoanAgreements().UseQuotes();
    }

    /// <summary>Finds places, organisations and people, with titles, affiliations and every later mention.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseEntities() =>
        Add(new GazetteerRecognizer()).Add(new OrganizationRecognizer()).Add(new PersonRecognizer());

    /// <summary>Reads amounts of money into decimal amounts and ISO 4217 currencies.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseMoney() => UseEntities().Add(new MoneyRecognizer());

    /// <summary>Reads dates and resolves them against the article's reference date.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDates() => Add(new DateRecognizer());

    /// <summary>Finds quotations and their speakers.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseQuotes() => UseEntities().Add(new QuoteRecognizer());

    /// <summary>Builds meetings: talks, visits, courtesy calls, summits and phone calls, held or planned.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseMeetings() => UseEntities().UseDates().Add(new MeetingExtractor());

    /// <summary>Builds the delegations at meetings, with their heads.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDelegations() => UseMeetings().Add(new DelegationExtractor());

    /// <summary>Builds commitments: who agreed, decided, pledged, assured, urged or stressed what.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseCommitments() => UseMeetings().Add(new CommitmentExtractor());

    /// <summary>Builds loan agreements and the packages that group them, with consistency checks.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseLoanAgreements() => UseMoney().UseDates().Add(new LoanAgreementExtractor());

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
    public NewsPipeline Build() => new(_options, [.. _rules.Values.OrderBy(r => r.Order)]);

    private NewsPipelineBuilder Add(ExtractionRule rule)
    {
        _rules.TryAdd(rule.GetType(), rule);
        return this;
    }
}
