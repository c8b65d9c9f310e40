using System.Text;

namespace NewsModel.Text;

/// <summary>Message templates for every diagnostic, in one place so wording stays consistent.</summary>
internal static class DiagnosticMessages
{
    public const string UnplacedLine = "This line fits no layout element; it is kept as a paragraph.";
    public const string HeadlineNotRepeated = "The headline is not repeated after the article header; the line before the header is used.";
    public const string HeadlineRepeatDiffers = "The line after the article header differs from the headline; it is kept as a subheading.";
    public const string StampDateUnreadable = "The date of this stamp cannot be read.";
    public static readonly CompositeFormat DuplicateStamp = CompositeFormat.Parse("A second '{0}' stamp in one article header; the first one is used.");
    public const string HeadlineMissing = "This article header has no headline before it.";
    public const string ArticleHeaderMissing = "No article header ('Updated …', 'Published …', 'Short Url' or 'Follow') was found; the first line is used as the headline.";
    public const string InvalidCharacter = "An unpaired UTF-16 surrogate was replaced with U+FFFD.";
    public static readonly CompositeFormat ControlCharacter = CompositeFormat.Parse("Control character U+{0:X4} in the text.");
    public const string InvalidUtf8 = "Bytes that are not valid UTF-8 were decoded as U+FFFD.";
    public const string StrayHeaderLine = "This header line starts no article; it is kept as a paragraph.";
    public static readonly CompositeFormat RepeatedHeaderLine = CompositeFormat.Parse("A second '{0}' line in one article header; it adds nothing and is not kept in the model.");
    public static readonly CompositeFormat ArticleTooLong = CompositeFormat.Parse("This article is {0} characters long, over the limit of {1}; its layout is kept, but no values were extracted from it.");
    public static readonly CompositeFormat TooManyArticles = CompositeFormat.Parse("The text has {0} articles, over the limit of {1}; from this one on, {2} articles keep their layout, but no values were extracted from them.");
    public static readonly CompositeFormat ParagraphTooLong = CompositeFormat.Parse("This paragraph is {0} characters long, over the limit of {1}; it is kept, but no values were extracted from it.");
    public const string DuplicateArticle = "This article repeats the headline and dateline of an earlier article, so it has the same id.";
    public const string CurrencyAmbiguous = "Several currencies use this sign or word, and the article does not say which; the first candidate is used.";
    public const string MoneyOverflow = "This amount is too large to represent and is left out.";
    public static readonly CompositeFormat MoneyScaleMissing = CompositeFormat.Parse("The headline's '{0}' lacks the scale the body gives ('{1}'); the body's figure is used.");
    public const string ReferenceDateMissing = "The article has no published or updated stamp, so relative dates cannot be resolved.";
    public const string EventAfterArticle = "This event is reported as past but dated after the article.";
    public static readonly CompositeFormat PartsDoNotSum = CompositeFormat.Parse("The agreements add up to {0}, not the stated total of {1}.");
    public static readonly CompositeFormat StatedCountDiffers = CompositeFormat.Parse("The text states {0} agreements, but {1} were found.");
    public const string HeadlineMoneyDisagrees = "This headline amount matches no amount in the body.";
    public const string MeetingWithOneParty = "Only one party of this meeting was found.";
    public const string LoanPartyMissing = "This loan agreement has no lender or no borrower.";
}
