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
    public const string DuplicateArticle = "This article repeats the headline and dateline of an earlier article, so it has the same id.";
}
