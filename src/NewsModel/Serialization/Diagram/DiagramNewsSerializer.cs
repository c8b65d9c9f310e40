using System.Globalization;
using System.Text;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Serialization.Diagram;

/// <summary>
/// Writes a compact, deterministic text view of a document (format <c>diagram</c>): one element per line with its
/// kind, key values and <c>[start..end) line:column</c> span. Long texts show their first and last words, so that a
/// reader can check where each span starts and ends.
/// </summary>
/// <remarks>Meant for people and for tests' expected values; the format may gain lines as the model grows.</remarks>
public sealed class DiagramNewsSerializer : INewsSerializer
{
    private const int HeadLength = 48;
    private const int TailLength = 24;

    /// <inheritdoc/>
    public string Format => "diagram";

    /// <inheritdoc/>
    public void Write(NewsDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        Emit(writer, line.Append("document").Append(" source=").Append(document.Source ?? "-")
            .Append(" articles=").Append(document.Articles.Length.ToString(CultureInfo.InvariantCulture)));
        foreach (var diagnostic in document.Diagnostics)
        {
            WriteDiagnostic(writer, line, diagnostic, "  ");
        }

        foreach (var article in document.Articles)
        {
            WriteArticle(writer, line, article);
        }
    }

    private static void WriteArticle(TextWriter writer, StringBuilder line, Article article)
    {
        Emit(writer, line.Append("article ").Append(article.Id).Append(' ').Append(Span(article.Span)));
        // Text order: the headline, then the caption under it, then the header lines and the repeated headline.
        foreach (var evidence in article.Evidence.Where(e => e.Field == "headline"))
        {
            Emit(writer, line.Append("  headline ").Append(Quote(article.Headline)).Append(' ').Append(Span(evidence.Span)));
        }

        if (article.Photo is { } photo)
        {
            line.Append("  photo caption ").Append(Quote(photo.Caption)).Append(' ').Append(Span(photo.CaptionSpan));
            if (photo.Credit is not null && photo.CreditSpan is { } creditSpan)
            {
                line.Append(" credit ").Append(Quote(photo.Credit)).Append(' ').Append(Span(creditSpan));
            }

            Emit(writer, line);
        }

        foreach (var evidence in article.Evidence.Where(e => e.Field != "headline"))
        {
            line.Append("  ").Append(evidence.Field);
            if (evidence.Field is "published" or "updated")
            {
                line.Append(' ').Append(Date(evidence.Field == "published" ? article.Published : article.Updated));
            }

            Emit(writer, line.Append(' ').Append(Span(evidence.Span)));
        }

        foreach (var highlight in article.Highlights)
        {
            Emit(writer, line.Append("  highlight ").Append(Quote(highlight.Text)).Append(' ').Append(Span(highlight.Span)));
        }

        if (article.Dateline is { } dateline)
        {
            line.Append("  dateline ").Append(Quote(dateline.Text)).Append(" places=[").AppendJoin(", ", dateline.Places).Append(']');
            if (dateline.Wire is not null)
            {
                line.Append(" wire=").Append(dateline.Wire);
            }

            Emit(writer, line.Append(' ').Append(Span(dateline.Span)));
        }

        var number = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            number++;
            Emit(writer, line.Append("  paragraph ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(KindName(paragraph.Kind)).Append(' ').Append(Quote(paragraph.Text)).Append(' ').Append(Span(paragraph.Span)));
        }

        foreach (var diagnostic in article.Diagnostics)
        {
            WriteDiagnostic(writer, line, diagnostic, "  ");
        }
    }

    private static void WriteDiagnostic(TextWriter writer, StringBuilder line, Diagnostic diagnostic, string indent) =>
        Emit(writer, line.Append(indent).Append("diagnostic ").Append(diagnostic.Code).Append(' ')
            .Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ').Append(Span(diagnostic.Span)));

    private static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Body => "body",
        ParagraphKind.Subheading => "subheading",
        ParagraphKind.ListItem => "listItem",
        ParagraphKind.WireCredit => "wireCredit",
        _ => "unplaced",
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Span(TextSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"[{span.Start}..{span.End}) {span.Line}:{span.Column}");

    private static string Quote(string text)
    {
        var shown = text;
        if (text.Length > HeadLength + TailLength + 1)
        {
            // Never cut a surrogate pair in two.
            var head = char.IsHighSurrogate(text[HeadLength - 1]) ? HeadLength - 1 : HeadLength;
            var tail = char.IsLowSurrogate(text[^TailLength]) ? TailLength - 1 : TailLength;
            shown = string.Concat(text.AsSpan(0, head), "…", text.AsSpan(text.Length - tail));
        }

        return "\"" + shown.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static void Emit(TextWriter writer, StringBuilder line)
    {
        writer.Write(line);
        writer.Write('\n');
        line.Clear();
    }
}
