using System.Collections.Immutable;
using System.Globalization;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction;

/// <summary>
/// Applies the limits in <see cref="NewsParseOptions"/> around <see cref="Extractor.Run"/>: articles over a limit keep
/// their layout and skip extraction, and over-long paragraphs are hidden from extraction, then put back.
/// </summary>
/// <remarks>
/// Layout is linear and always runs in full, so no line is ever dropped; extraction is the costly stage, so that is
/// what a limit bounds. Each limit that is hit leaves a diagnostic with the span of what was skipped.
/// </remarks>
internal static class ExtractionLimits
{
    public static ImmutableArray<Article> Run(string source, List<Article> articles, NewsPipeline pipeline)
    {
        var options = pipeline.Options;
        if (pipeline.Rules.IsEmpty)
        {
            return [.. articles];
        }

        // Fast path: nothing over a limit, the common case.
        if (articles.Count <= options.MaxArticlesPerText && AllFit(articles, options))
        {
            return Extractor.Run(source, articles, pipeline.Rules);
        }

        var extracted = new List<Article>(articles.Count);
        var readable = new List<Article>(articles.Count);
        var longParagraphs = new Dictionary<int, ImmutableArray<Paragraph>>();
        for (var k = 0; k < articles.Count && k < options.MaxArticlesPerText; k++)
        {
            var article = articles[k];
            if (article.Span.Length > options.MaxArticleLength)
            {
                continue;
            }

            if (article.Paragraphs.Any(p => p.Chars.Length > options.MaxParagraphLength))
            {
                longParagraphs[readable.Count] = article.Paragraphs;
                article = article with { Paragraphs = [.. article.Paragraphs.Where(p => p.Chars.Length <= options.MaxParagraphLength)] };
            }

            readable.Add(article);
        }

        var results = Extractor.Run(source, readable, pipeline.Rules);
        var next = 0;
        for (var k = 0; k < articles.Count; k++)
        {
            var article = articles[k];
            if (k >= options.MaxArticlesPerText)
            {
                extracted.Add(k == options.MaxArticlesPerText ? WithDiagnostic(article, TooManyArticles(articles.Count, options.MaxArticlesPerText, article)) : article);
            }
            else if (article.Span.Length > options.MaxArticleLength)
            {
                extracted.Add(WithDiagnostic(article, ArticleTooLong(article, options.MaxArticleLength)));
            }
            else if (longParagraphs.TryGetValue(next, out var paragraphs))
            {
                var diagnostics = paragraphs.Where(p => p.Chars.Length > options.MaxParagraphLength).Select(p => ParagraphTooLong(p, options.MaxParagraphLength));
                var result = results[next++];
                extracted.Add(result with
                {
                    Paragraphs = paragraphs,
                    Diagnostics = [.. result.Diagnostics.Concat(diagnostics).OrderBy(d => d.Span.Start)],
                });
            }
            else
            {
                extracted.Add(results[next++]);
            }
        }

        return [.. extracted];
    }

    /// <summary>Whether every article is within the limits; plain loops, as no lambda that captures the options is allocated per article.</summary>
    private static bool AllFit(List<Article> articles, NewsParseOptions options)
    {
        foreach (var article in articles)
        {
            if (article.Span.Length > options.MaxArticleLength)
            {
                return false;
            }

            foreach (var paragraph in article.Paragraphs)
            {
                if (paragraph.Chars.Length > options.MaxParagraphLength)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Article WithDiagnostic(Article article, Diagnostic diagnostic) =>
        article with { Diagnostics = [.. article.Diagnostics.Append(diagnostic).OrderBy(d => d.Span.Start)] };

    private static Diagnostic ArticleTooLong(Article article, int limit) =>
        new(DiagnosticCodes.ArticleTooLong, DiagnosticSeverity.Warning, Format(DiagnosticMessages.ArticleTooLong, article.Span.Length, limit), article.Span);

    private static Diagnostic TooManyArticles(int count, int limit, Article first) =>
        new(DiagnosticCodes.TooManyArticles, DiagnosticSeverity.Warning, Format(DiagnosticMessages.TooManyArticles, count, limit, count - limit), first.Span);

    private static Diagnostic ParagraphTooLong(Paragraph paragraph, int limit) =>
        new(DiagnosticCodes.ParagraphTooLong, DiagnosticSeverity.Warning, Format(DiagnosticMessages.ParagraphTooLong, paragraph.Chars.Length, limit), paragraph.Span);

    private static string Format(System.Text.CompositeFormat format, params ReadOnlySpan<object?> arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);
}
