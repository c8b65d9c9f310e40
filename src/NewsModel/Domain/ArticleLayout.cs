using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>
/// How an article's head was written, beyond its layout fields: the white space around the headline and its repeat,
/// the header lines' wording, where unplaced paragraphs sat, and the blank lines after the article. With the trivia
/// each element keeps (<see cref="Paragraph.Trivia"/>, <see cref="Highlight.Trivia"/>, <see cref="Photo.Trivia"/>, …)
/// it lets the text writer (<c>newstext</c>) give back the parsed text byte for byte.
/// </summary>
/// <remarks>
/// <para>
/// The writer renders every line from the article's fields — the headline from <see cref="Article.Headline"/>, each
/// paragraph from <see cref="Paragraph.Text"/> — and takes only white space and wording from here, so an edited field
/// changes exactly its own lines. Detail that no longer fits the fields is not used: a repeat spelled differently is
/// written only while it still reads as the headline, and header lines only while their stamps give the article's
/// dates.
/// </para>
/// <para>
/// The paragraphs of <see cref="Article.Paragraphs"/> are in text order. The first <see cref="LeadingParagraphs"/>
/// sit above the headline (unplaced lines before the first article), the next <see cref="CaptionParagraphs"/> under
/// the photo caption, the next <see cref="HeaderParagraphs"/> right under the header (a repeat that differs from the
/// headline); the rest, after the highlights, are the body.
/// </para>
/// </remarks>
public sealed record ArticleLayout
{
    /// <summary>Gets the white space around the headline line; null when not recorded.</summary>
    public LineTrivia? HeadlineTrivia { get; init; }

    /// <summary>Gets whether the headline stands under the header rather than above it (a page whose header comes first).</summary>
    public bool HeadlineBelowHeader { get; init; }

    /// <summary>Gets the header lines in order: <c>Short Url</c>, stamps and <c>Follow</c>, repeats and unreadable stamps included; empty for an article without a header.</summary>
    public ImmutableArray<HeaderLine> Header
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the white space around the repeated headline under the header; null when the headline is not repeated.</summary>
    public LineTrivia? RepeatTrivia { get; init; }

    /// <summary>Gets the repeated headline as written when it differs from <see cref="Article.Headline"/> (other case, quotes or spacing); null when it is the same.</summary>
    public string? RepeatText
    {
        get;
        init => field = value is null ? null : LayoutGuard.OneLine(Guard.NotBlank(value, nameof(RepeatText)), nameof(RepeatText));
    }

    /// <summary>Gets how many of the first paragraphs are unplaced lines above the headline.</summary>
    public int LeadingParagraphs
    {
        get;
        init => field = Guard.NonNegative(value, nameof(LeadingParagraphs));
    }

    /// <summary>Gets how many paragraphs, after the leading ones, are unplaced lines between the photo caption and the header.</summary>
    public int CaptionParagraphs
    {
        get;
        init => field = Guard.NonNegative(value, nameof(CaptionParagraphs));
    }

    /// <summary>Gets how many paragraphs, after those, stand right under the header, before the highlights: a repeat that differs from the headline.</summary>
    public int HeaderParagraphs
    {
        get;
        init => field = Guard.NonNegative(value, nameof(HeaderParagraphs));
    }

    /// <summary>Gets the blank lines after the article's last line, up to the next article or the end of the text; empty for none.</summary>
    public string BlankLinesAfter
    {
        get => field ?? "";
        init => field = LayoutGuard.BlankLines(value, nameof(BlankLinesAfter));
    }
}
