using System.Globalization;
using NewsModel.Domain;
using NewsModel.Layout;

namespace NewsModel.Serialization.Text;

/// <summary>
/// Writes a document back as text in the seed layout (format <c>newstext</c>): headline, photo caption, header,
/// repeated headline, highlights, dateline and paragraphs, one line each, as a page copied as text reads.
/// </summary>
/// <remarks>
/// <para>
/// <b>Lossless.</b> For a document parsed from text that holds no unpaired surrogate (the parser replaces those with
/// U+FFFD), writing gives back that text exactly: line endings (LF, CRLF, CR, mixed), indentation, trailing white
/// space, runs of blank lines (white space on them included), unplaced lines, a byte order mark and a missing final
/// newline. It does so from the layout fields and the layout detail the parser records beside them
/// (<see cref="DocumentLayout"/>, <see cref="ArticleLayout"/>, <see cref="LineTrivia"/>, and the bullet, credit and
/// dateline punctuation on <see cref="Highlight"/>, <see cref="Paragraph"/>, <see cref="Photo"/> and
/// <see cref="Dateline"/>); it never keeps a copy of the source text, so changing a field changes exactly its lines.
/// </para>
/// <para>
/// <b>Models built in code.</b> Detail that was not recorded (null) is laid out as the seed files are: a blank line
/// after the headline, the caption with its credit in parentheses, <c>Short Url</c>, <c>Published dd MMMM yyyy</c>,
/// <c>Updated dd MMMM yyyy</c> and <c>Follow</c>, the headline again, indented <c>•</c> highlights, the dateline
/// with a colon, and a blank line between paragraphs. Parsing the output gives back the same layout fields for any
/// model whose texts are single trimmed lines that read as what they are (a paragraph of kind
/// <see cref="ParagraphKind.Subheading"/> that reads as a subheading, a dateline the dateline rule accepts, …).
/// </para>
/// <para>
/// Detail that no longer fits the fields is not used: a repeated headline spelled differently is written only while it
/// still reads as the headline, recorded header lines only while their stamps give the article's dates and its
/// <see cref="Article.ShortUrl"/>, and a dateline's punctuation only while its wire tag is still there or still absent.
/// A line without a line break of its own gets the previous line's when something follows it.
/// </para>
/// </remarks>
public sealed class NewsTextSerializer : INewsSerializer
{
    /// <inheritdoc/>
    public string Format => "newstext";

    /// <inheritdoc/>
    public void Write(NewsDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var output = new LineWriter(writer);
        if (document.Layout is { } layout)
        {
            if (layout.ByteOrderMark)
            {
                writer.Write('\uFEFF');
            }

            output.Blank(layout.LeadingBlankLines);
        }

        for (var i = 0; i < document.Articles.Length; i++)
        {
            WriteArticle(output, document.Articles[i], isLast: i == document.Articles.Length - 1);
        }
    }

    private static void WriteArticle(LineWriter output, Article article, bool isLast)
    {
        var layout = article.Layout;
        var paragraphs = article.Paragraphs;
        var next = 0;
        next = WriteParagraphsAt(output, paragraphs, next, layout?.LeadingParagraphs ?? 0, ParagraphKind.Unplaced, "");

        var headline = article.Headline;
        var below = layout?.HeadlineBelowHeader ?? false;
        if (headline.Length > 0 && !below)
        {
            output.Line(layout?.HeadlineTrivia, "", headline);
        }

        if (article.Photo is { } photo)
        {
            WritePhoto(output, photo);
        }

        next = WriteParagraphsAt(output, paragraphs, next, layout?.CaptionParagraphs ?? 0, ParagraphKind.Unplaced, "");
        WriteHeader(output, article, blankBefore: article.Photo is null);
        if (headline.Length > 0 && below)
        {
            output.Line(layout?.HeadlineTrivia, "\n", headline);
        }

        if (headline.Length > 0 && layout is null)
        {
            output.Line(null, "\n", headline);
        }
        else if (headline.Length > 0 && layout?.RepeatTrivia is { } repeatTrivia)
        {
            // A repeat spelled differently ("ISLAMABAD HOSTS …") is kept only while it still reads as the headline.
            var repeat = layout.RepeatText is { } written && TextComparer.SameText(written, headline) ? written : headline;
            output.Line(repeatTrivia, "\n", repeat);
        }

        next = WriteParagraphsAt(output, paragraphs, next, layout?.HeaderParagraphs ?? 0, ParagraphKind.Subheading, "\n");
        for (var i = 0; i < article.Highlights.Length; i++)
        {
            var highlight = article.Highlights[i];
            output.Line(highlight.Trivia, i == 0 ? "\n  " : "  ", highlight.Bullet ?? "• ", highlight.Text);
        }

        for (var first = next; next < paragraphs.Length; next++)
        {
            var paragraph = paragraphs[next];
            if (next == first && article.Dateline is { } dateline)
            {
                var (wireOpening, separator) = DatelinePunctuation(dateline);
                output.Line(paragraph.Trivia, "\n", dateline.Text, wireOpening, dateline.Wire ?? "", separator, paragraph.Text);
            }
            else
            {
                var bullet = paragraph.Kind == ParagraphKind.ListItem ? paragraph.Bullet ?? "• " : "";
                output.Line(paragraph.Trivia, "\n", bullet, paragraph.Text);
            }
        }

        output.Blank(layout?.BlankLinesAfter ?? output.Canonical(isLast ? "" : "\n"));
    }

    /// <summary>
    /// Writes the paragraphs the layout placed in the head (unplaced lines, a differing repeat): up to
    /// <paramref name="count"/> of them while they are still of the <paramref name="kind"/> found there. Returns the index of the next paragraph.
    /// </summary>
    private static int WriteParagraphsAt(LineWriter output, IReadOnlyList<Paragraph> paragraphs, int next, int count, ParagraphKind kind, string leading)
    {
        for (var end = next + count; next < end && next < paragraphs.Count && paragraphs[next].Kind == kind; next++)
        {
            output.Line(paragraphs[next].Trivia, leading, paragraphs[next].Text);
        }

        return next;
    }

    private static void WritePhoto(LineWriter output, Photo photo)
    {
        var ownLine = photo.Credit is not null && photo.CreditTrivia is not null;
        var (opening, closing) = photo is { CreditOpening: { } o, CreditClosing: { } c } ? (o, c) : (ownLine ? "(" : " (", ")");
        if (photo.Credit is null || ownLine)
        {
            output.Line(photo.Trivia, "\n", photo.Caption);
        }
        else
        {
            output.Line(photo.Trivia, "\n", photo.Caption, opening, photo.Credit, closing);
        }

        if (ownLine)
        {
            output.Line(photo.CreditTrivia, "", opening, photo.Credit!, closing);
        }
    }

    private static void WriteHeader(LineWriter output, Article article, bool blankBefore)
    {
        if (article.Layout is { } layout && HeaderHolds(layout.Header, article))
        {
            foreach (var line in layout.Header)
            {
                output.Line(line.Trivia, "", line.Text);
            }

            return;
        }

        var leading = blankBefore ? "\n" : "";
        if (article.ShortUrl)
        {
            output.Line(null, leading, "Short Url");
            leading = "";
        }

        if (article.Published is { } published)
        {
            output.Line(null, leading, "Published ", Stamp(published));
            leading = "";
        }

        if (article.Updated is { } updated)
        {
            output.Line(null, leading, "Updated ", Stamp(updated));
            leading = "";
        }

        output.Line(null, leading, "Follow");
    }

    /// <summary>Whether the recorded header lines, read as the parser reads them, give the article's stamps and <c>Short Url</c>.</summary>
    private static bool HeaderHolds(IReadOnlyList<HeaderLine> lines, Article article)
    {
        var shortUrl = false;
        DateOnly? published = null, updated = null;
        var parts = new List<StampPart>();
        foreach (var line in lines)
        {
            if (ShortUrlBlockParser.IsMatch(line.Text))
            {
                shortUrl = true;
                continue;
            }

            if (FollowBlockParser.IsMatch(line.Text))
            {
                continue;
            }

            parts.Clear();
            if (!StampBlockParser.TryReadHeaderLine(line.Text, parts))
            {
                return false;
            }

            // The first readable stamp of each kind counts; later ones are repeats the parser reports.
            foreach (var part in parts)
            {
                if (part.Kind == StampKind.Published && published is null)
                {
                    published = part.Date;
                }
                else if (part.Kind == StampKind.Updated && updated is null)
                {
                    updated = part.Date;
                }
            }
        }

        return shortUrl == article.ShortUrl && published == article.Published && updated == article.Updated;
    }

    private static (string WireOpening, string Separator) DatelinePunctuation(Dateline dateline)
    {
        // Punctuation recorded around a wire tag ("): ") does not fit a dateline whose tag was removed, nor the reverse.
        if (dateline.Separator is { } separator && (dateline.Wire is null) == (dateline.WireOpening is null))
        {
            return (dateline.WireOpening ?? "", separator);
        }

        return dateline.Wire is null ? ("", ": ") : (" (", "): ");
    }

    private static string Stamp(DateOnly date) => date.ToString("dd MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Writes lines with their trivia, remembering the last line break for lines that record none.</summary>
    private sealed class LineWriter(TextWriter writer)
    {
        private string _ending = "\n";
        private bool _started;

        // The last thing written ended without a line break: the end of a text, unless something follows.
        private bool _open;

        /// <summary>Writes one line: its leading trivia (or <paramref name="canonicalLeading"/>), its parts, its trailing trivia.</summary>
        public void Line(LineTrivia? trivia, string canonicalLeading, params ReadOnlySpan<string> parts)
        {
            Close();
            writer.Write(trivia?.Leading ?? (_started ? Canonical(canonicalLeading) : ""));
            foreach (var part in parts)
            {
                writer.Write(part);
            }

            var trailing = trivia?.Trailing ?? _ending;
            writer.Write(trailing);
            Ended(trailing);
        }

        /// <summary>Blank lines laid out by the writer take the line break of the line before them.</summary>
        public string Canonical(string blank) => _ending == "\n" ? blank : blank.Replace("\n", _ending, StringComparison.Ordinal);

        /// <summary>Writes blank lines as recorded.</summary>
        public void Blank(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            Close();
            writer.Write(text);
            Ended(text);
        }

        private void Ended(string text)
        {
            _started = true;
            var ending = text.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n"
                : text.EndsWith('\n') ? "\n"
                : text.EndsWith('\r') ? "\r"
                : null;
            _open = ending is null;
            _ending = ending ?? _ending;
        }

        private void Close()
        {
            if (_open)
            {
                writer.Write(_ending);
                _open = false;
            }
        }
    }
}
