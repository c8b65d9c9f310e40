namespace NewsModel.Text;

/// <summary>
/// The stable diagnostic codes NewsModel reports. A code never changes meaning once released.
/// </summary>
/// <remarks>
/// <c>NM1xxx</c> codes come from the layout stage, <c>NM2xxx</c> from extraction and <c>NM3xxx</c> from serialisation.
/// The README lists every code with an example of the text that raises it.
/// </remarks>
public static class DiagnosticCodes
{
    /// <summary>A line fits no layout element; it is kept as a paragraph of kind <c>unplaced</c>. Error.</summary>
    public const string UnplacedLine = "NM1001";

    /// <summary>The headline is not repeated after the article header; it was taken from the line before the header. Warning.</summary>
    public const string HeadlineNotRepeated = "NM1002";

    /// <summary>The line after the article header differs from the headline; it is kept as a subheading paragraph. Warning.</summary>
    public const string HeadlineRepeatDiffers = "NM1003";

    /// <summary>An <c>Updated</c> or <c>Published</c> stamp whose date cannot be read. Error.</summary>
    public const string StampDateUnreadable = "NM1004";

    /// <summary>A second stamp of the same kind in one article header; the first one is used. Warning.</summary>
    public const string DuplicateStamp = "NM1005";

    /// <summary>An article header with no headline before it; the article has an empty headline. Error.</summary>
    public const string HeadlineMissing = "NM1006";

    /// <summary>Text with no article header at all; it is read as one article whose headline is its first line. Error.</summary>
    public const string ArticleHeaderMissing = "NM1007";

    /// <summary>An unpaired UTF-16 surrogate was replaced with U+FFFD so that the model holds only valid text. Warning.</summary>
    public const string InvalidCharacter = "NM1008";

    /// <summary>A control character (other than tab) appears in the text; it is kept as written. Warning.</summary>
    public const string ControlCharacter = "NM1009";

    /// <summary>Bytes that are not valid UTF-8 were decoded as U+FFFD; one diagnostic per line, at the first. Warning.</summary>
    public const string InvalidUtf8 = "NM1010";

    /// <summary>A <c>Short Url</c>, <c>Follow</c> or stamp line inside an article body that starts no new article; it is kept as a paragraph. Warning.</summary>
    public const string StrayHeaderLine = "NM1012";

    /// <summary>An article repeats the headline and dateline of an earlier article in the same input, so it has the same id. Info.</summary>
    public const string DuplicateArticle = "NM1013";

    /// <summary>A <c>Short Url</c> or <c>Follow</c> line repeated in one article header; the repeat adds nothing, and this diagnostic is where the line went. Info.</summary>
    public const string RepeatedHeaderLine = "NM1020";

    /// <summary>An article longer than <see cref="NewsParseOptions.MaxArticleLength"/>; its layout is kept, extraction skipped it. Warning.</summary>
    public const string ArticleTooLong = "NM1030";

    /// <summary>More articles than <see cref="NewsParseOptions.MaxArticlesPerText"/>; the rest keep their layout, extraction skipped them. Warning.</summary>
    public const string TooManyArticles = "NM1031";

    /// <summary>A paragraph longer than <see cref="NewsParseOptions.MaxParagraphLength"/>; it is kept, but no value was extracted from it. Warning.</summary>
    public const string ParagraphTooLong = "NM1032";

    /// <summary>A currency sign or word several currencies share, with nothing in the article to settle it; the first candidate is used. Warning.</summary>
    public const string CurrencyAmbiguous = "NM2101";

    /// <summary>An amount too large to represent; it is left out. Warning.</summary>
    public const string MoneyOverflow = "NM2102";

    /// <summary>A headline amount without its scale (<c>$450 loan agreements</c>) where the body gives it; the body's figure is the value. Warning.</summary>
    public const string MoneyScaleMissing = "NM2103";

    /// <summary>The article has neither a published nor an updated stamp, so relative dates stay unresolved. Warning.</summary>
    public const string ReferenceDateMissing = "NM2201";

    /// <summary>An event reported as past is dated after the article. Warning.</summary>
    public const string EventAfterArticle = "NM2202";

    /// <summary>A package's agreements do not add up to its stated total; both figures are kept. Warning.</summary>
    public const string PartsDoNotSum = "NM2301";

    /// <summary>A package's stated number of agreements differs from the agreements found. Warning.</summary>
    public const string StatedCountDiffers = "NM2302";

    /// <summary>An amount in the headline disagrees with every amount in the body. Warning.</summary>
    public const string HeadlineMoneyDisagrees = "NM2303";

    /// <summary>A meeting with only one party found. Info.</summary>
    public const string MeetingWithOneParty = "NM2304";

    /// <summary>A loan agreement without a lender or a borrower. Warning.</summary>
    public const string LoanPartyMissing = "NM2305";
}
