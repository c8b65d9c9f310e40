namespace NewsModel.Tests.Infrastructure;

/// <summary>Asserts that every span in a document points at exactly the text the model holds for it.</summary>
internal static class SpanChecks
{
    public static void AssertLayoutSpans(string decodedText, NewsDocument document)
    {
        foreach (var article in document.Articles)
        {
            AssertInside(decodedText, article.Span, "article");
            if (article.Headline.Length > 0)
            {
                AssertText(decodedText, article.Evidence.First(e => e.Field == "headline").Span, article.Headline, "headline");
            }

            if (article.Photo is { } photo)
            {
                AssertText(decodedText, photo.CaptionSpan, photo.Caption, "caption");
                if (photo.Credit is not null)
                {
                    AssertText(decodedText, photo.CreditSpan!.Value, photo.Credit, "credit");
                }
            }

            foreach (var highlight in article.Highlights)
            {
                AssertText(decodedText, highlight.Span, highlight.Text, "highlight");
            }

            if (article.Dateline is { } dateline)
            {
                Assert.StartsWith(dateline.Text, Slice(decodedText, dateline.Span), StringComparison.Ordinal);
            }

            foreach (var paragraph in article.Paragraphs)
            {
                AssertText(decodedText, paragraph.Span, paragraph.Text, "paragraph");
            }

            foreach (var evidence in article.Evidence)
            {
                AssertInside(decodedText, evidence.Span, evidence.Field);
            }

            foreach (var diagnostic in article.Diagnostics)
            {
                AssertInside(decodedText, diagnostic.Span, diagnostic.Code);
            }
        }
    }

    public static void AssertInside(string text, Text.TextSpan span, string what)
    {
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{what} span {span} lies outside the text of length {text.Length}.");
        var line = 1 + text.AsSpan(0, span.Start).Count('\n') + CountLoneCr(text.AsSpan(0, span.Start));
        Assert.True(line == span.Line, $"{what} span {span} is on line {line}.");
    }

    private static void AssertText(string text, Text.TextSpan span, string expected, string what)
    {
        AssertInside(text, span, what);
        Assert.Equal((what, expected), (what, Slice(text, span)));
    }

    private static string Slice(string text, Text.TextSpan span) => text.Substring(span.Start, span.Length);

    private static int CountLoneCr(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            count += text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n') ? 1 : 0;
        }

        return count;
    }
}
