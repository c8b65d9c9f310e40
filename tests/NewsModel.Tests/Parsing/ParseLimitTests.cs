using NewsModel.Domain;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Parsing;

/// <summary>
/// The limits in <see cref="NewsParseOptions"/>: bad values throw at once, no real article reaches a default, and
/// going over a limit gives a diagnostic at the skipped text, keeps every line in the layout, and never throws.
/// </summary>
public sealed class ParseLimitTests
{
    private static readonly string s_seed = TestInputs.Read(TestInputs.SeedFiles().First());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Options_LimitNotPositive_ThrowsArgumentException(int value)
    {
        Assert.ThrowsAny<ArgumentException>(() => new NewsParseOptions { MaxArticleLength = value });
        Assert.ThrowsAny<ArgumentException>(() => new NewsParseOptions { MaxArticlesPerText = value });
        Assert.ThrowsAny<ArgumentException>(() => new NewsParseOptions { MaxParagraphLength = value });
    }

    [Fact]
    public void Defaults_AreFarAboveEveryTestArticle()
    {
        var files = TestInputs.SeedFiles().Concat(TestInputs.LayoutArticleFiles())
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Corpus"), "*.txt", SearchOption.AllDirectories));
        var documents = files.Select(f => NewsParser.Parse(TestInputs.Read(f))).ToList();
        var articles = documents.SelectMany(d => d.Articles).ToList();
        Assert.True(articles.Max(a => a.Span.Length) * 10 < NewsParseOptions.DefaultMaxArticleLength);
        Assert.True(articles.SelectMany(a => a.Paragraphs).Max(p => p.Text.Length) * 10 < NewsParseOptions.DefaultMaxParagraphLength);
        Assert.True(documents.Max(d => d.Articles.Length) * 10 < NewsParseOptions.DefaultMaxArticlesPerText);
        Assert.DoesNotContain(documents.SelectMany(d => d.GetAllDiagnostics()), d => d.Code is "NM1030" or "NM1031" or "NM1032");
    }

    [Fact]
    public void Parse_ArticleOverMaxArticleLength_KeepsItsLayoutWithoutRecords()
    {
        var full = NewsParser.Parse(s_seed);
        var limit = full.Articles[0].Span.Length - 1;
        Assert.True(full.Articles[1].Span.Length <= limit, "the second seed article must fit the limit for this test.");
        var document = Parse(s_seed, new NewsParseOptions { MaxArticleLength = limit });

        var skipped = document.Articles[0];
        var diagnostic = Assert.Single(skipped.Diagnostics, d => d.Code == DiagnosticCodes.ArticleTooLong);
        Assert.Equal((full.Articles[0].Span, DiagnosticSeverity.Warning), (diagnostic.Span, diagnostic.Severity));
        Assert.Equal((1, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal(Layout(full.Articles[0]), Layout(skipped));
        Assert.Equal(full.Articles[0].Headline, skipped.Headline);
        Assert.Empty(skipped.Meetings);
        Assert.Empty(skipped.Places);
        Assert.NotEmpty(full.Articles[0].Places);

        // The next article is read as usual.
        Assert.Equal(Serialized(full.Articles[1]), Serialized(document.Articles[1]));
        Assert.Null(DocumentInvariants.FindViolation(DocumentInvariants.Decoded(s_seed), document));
    }

    [Fact]
    public void Parse_MoreArticlesThanMaxArticlesPerText_ExtractsTheFirstAndReportsTheRestOnce()
    {
        var text = string.Concat(Enumerable.Repeat(s_seed.TrimStart('\uFEFF') + "\n", 3));
        var full = NewsParser.Parse(text);
        Assert.Equal(6, full.Articles.Length);
        var document = Parse(text, new NewsParseOptions { MaxArticlesPerText = 4 });

        Assert.Equal(full.Articles.Take(4).Select(Serialized), document.Articles.Take(4).Select(Serialized));
        var diagnostic = Assert.Single(document.GetAllDiagnostics(), d => d.Code == DiagnosticCodes.TooManyArticles);
        Assert.Equal(document.Articles[4].Span, diagnostic.Span);
        Assert.Contains("2 articles", diagnostic.Message, StringComparison.Ordinal);
        foreach (var (skipped, original) in document.Articles.Skip(4).Zip(full.Articles.Skip(4)))
        {
            Assert.Equal(Layout(original), Layout(skipped));
            Assert.Empty(skipped.Places);
            Assert.Empty(skipped.Money);
        }

        Assert.Null(DocumentInvariants.FindViolation(text, document));
    }

    [Fact]
    public void Parse_ParagraphOverMaxParagraphLength_IsKeptAndReportedButNotRead()
    {
        const int Limit = 300;
        var full = NewsParser.Parse(s_seed);
        var document = Parse(s_seed, new NewsParseOptions { MaxParagraphLength = Limit });

        for (var k = 0; k < full.Articles.Length; k++)
        {
            var (article, original) = (document.Articles[k], full.Articles[k]);
            Assert.Equal(Layout(original), Layout(article));
            var longOnes = article.Paragraphs.Where(p => p.Text.Length > Limit).ToList();
            Assert.NotEmpty(longOnes);
            Assert.Equal(longOnes.Select(p => p.Span), article.Diagnostics.Where(d => d.Code == DiagnosticCodes.ParagraphTooLong).Select(d => d.Span));

            // No value comes from a long paragraph; values from short ones are still there.
            Assert.DoesNotContain(article.Money, m => longOnes.Any(p => Inside(m.Span, p.Span)));
            Assert.Equal(original.Money.Any(m => !longOnes.Any(p => Inside(m.Span, p.Span))), !article.Money.IsEmpty);
        }

        Assert.Null(DocumentInvariants.FindViolation(DocumentInvariants.Decoded(s_seed), document));
    }

    [Fact]
    public void Parse_HugeParagraphWithDefaultLimits_IsReportedWithoutThrowing()
    {
        var text = "Talks\nUpdated 07 July 2025\nFollow\n\nTalks\n\nISLAMABAD: Short lead.\n\n"
            + string.Concat(Enumerable.Repeat("The bank lent $5 million. ", 5_000)) + "\n";
        var article = Assert.Single(NewsParser.Parse(text).Articles);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCodes.ParagraphTooLong);
        Assert.Equal((9, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Empty(article.Money);
        Assert.Equal(2, article.Paragraphs.Length);
    }

    private static NewsDocument Parse(string text, NewsParseOptions options) =>
        new NewsPipelineBuilder().UseDefaults().UseOptions(options).Build().Parse(text);

    private static string Serialized(Article article) => NewsModel.Serialization.Json.NewsJson.SerializeArticle(article);

    private static List<(string, TextSpan, ParagraphKind)> Layout(Article article) => [.. article.Paragraphs.Select(p => (p.Text, p.Span, p.Kind))];

    private static bool Inside(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;
}
