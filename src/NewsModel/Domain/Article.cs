using System.Collections.Immutable;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>
/// One news article: its layout (headline, stamps, photo, highlights, dateline, paragraphs) and the records
/// extracted from it, each list empty when nothing of that kind was found.
/// </summary>
/// <remarks>
/// An article is immutable. Its <see cref="Id"/> derives from its headline and dateline, not from its stamps or its
/// position in a file, so an updated copy of the same article gets the same id.
/// </remarks>
public sealed record Article
{
    /// <summary>Gets the article's deterministic id, derived from its headline and dateline: <c>art-</c> and 12 hex digits.</summary>
    public required string Id
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Id));
    }

    /// <summary>Gets where the article came from: the file name it was read from, <c>-</c> for standard input, or null when parsed from a string without a source.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the headline, without surrounding white space; empty only when the text has none (with a diagnostic).</summary>
    public required string Headline
    {
        get;
        init => field = Guard.NotNull(value, nameof(Headline));
    }

    /// <summary>Gets the date of the <c>Published</c> stamp; null when there is none. Kept apart from <see cref="Updated"/>.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Gets the date of the <c>Updated</c> stamp; null when there is none.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Gets the photo caption and its credit; null when the article has no caption.</summary>
    public Photo? Photo { get; init; }

    /// <summary>Gets whether the article header has a <c>Short Url</c> line.</summary>
    public bool ShortUrl { get; init; }

    /// <summary>Gets the highlight bullets, in order.</summary>
    public ImmutableArray<Highlight> Highlights
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the dateline that opens the body; null when the body has none.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Gets the body paragraphs, one per non-blank line, in order.</summary>
    public ImmutableArray<Paragraph> Paragraphs
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the span of the whole article, from its headline to the end of its last paragraph.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Gets the diagnostics that concern this article, in text order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets where each layout field was read: <c>headline</c>, <c>headlineRepeat</c>, <c>shortUrl</c>, <c>published</c>, <c>updated</c>, <c>follow</c>.</summary>
    public ImmutableArray<Evidence> Evidence
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets how the article was written beyond its layout fields (white space, header wording, blank lines), for the text writer; null for an article built in code, which the writer lays out as the seed layout does.</summary>
    public ArticleLayout? Layout { get; init; }

    /// <summary>Gets the meetings the article reports.</summary>
    public ImmutableArray<Meeting> Meetings
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the loan agreements the article reports.</summary>
    public ImmutableArray<LoanAgreement> LoanAgreements
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the stated totals over several loan agreements.</summary>
    public ImmutableArray<LoanPackage> LoanPackages
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the delegations at the reported meetings.</summary>
    public ImmutableArray<Delegation> Delegations
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the commitments the parties made.</summary>
    public ImmutableArray<Commitment> Commitments
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the people the article names.</summary>
    public ImmutableArray<Person> People
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the organisations the article names.</summary>
    public ImmutableArray<Organization> Organizations
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the places the article names.</summary>
    public ImmutableArray<Place> Places
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the amounts of money the article states.</summary>
    public ImmutableArray<MoneyMention> Money
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the dates the article mentions for events, resolved against its reference date, in text order.</summary>
    public ImmutableArray<DateMention> Dates
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the quotations and their speakers.</summary>
    public ImmutableArray<Quote> Quotes
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];
}
