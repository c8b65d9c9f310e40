using NewsModel.Domain;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Parsing;

/// <summary>The facade's promises: caller mistakes throw at once, odd text never does, strict mode names the first error.</summary>
public sealed class NewsParserTests
{
    private const string Article = """
        Kenya signs road loan

        Updated 14 March 2025
        Follow

        Kenya signs road loan

        NAIROBI: Kenya signed a loan on Thursday.
        """;

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException() => Assert.Throws<ArgumentNullException>(() => NewsParser.Parse(null!));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_BlankSource_ThrowsArgumentException(string source) =>
        Assert.Throws<ArgumentException>(() => NewsParser.Parse(Article, source: source));

    [Fact]
    public void UseOptions_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => new NewsPipelineBuilder().UseOptions(null!));

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n   \t\n")]
    public void Parse_EmptyOrBlank_GivesEmptyDocument(string text)
    {
        var document = NewsParser.Parse(text, new NewsPipelineBuilder().UseStrictMode().Build());
        Assert.Empty(document.Articles);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Parse_Source_IsRecordedOnDocumentAndArticles()
    {
        var document = NewsParser.Parse(Article, source: "-");
        Assert.Equal("-", document.Source);
        Assert.Equal("-", Assert.Single(document.Articles).Source);
    }

    [Fact]
    public void Parse_SameTextTwice_GivesIdenticalIds() =>
        Assert.Equal(NewsParser.Parse(Article).Articles[0].Id, NewsParser.Parse(Article).Articles[0].Id);

    [Fact]
    public void Parse_UpdatedCopy_KeepsTheArticleId()
    {
        var updated = Article.Replace("Updated 14 March 2025", "Updated 15 March 2025\nPublished 14 March 2025", StringComparison.Ordinal);
        Assert.Equal(NewsParser.Parse(Article).Articles[0].Id, NewsParser.Parse(updated).Articles[0].Id);
    }

    [Fact]
    public void Parse_DifferentHeadline_ChangesTheArticleId()
    {
        var other = Article.Replace("road loan", "rail loan", StringComparison.Ordinal);
        Assert.NotEqual(NewsParser.Parse(Article).Articles[0].Id, NewsParser.Parse(other).Articles[0].Id);
    }

    [Fact]
    public void Parse_TextWithoutHeader_ReportsNM1007AndKeepsEveryLine()
    {
        var document = NewsParser.Parse("A title\n\nFirst paragraph.\nSecond paragraph.\n", TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal("A title", article.Headline);
        Assert.Equal(["First paragraph.", "Second paragraph."], article.Paragraphs.Select(p => p.Text));
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal((DiagnosticCodes.ArticleHeaderMissing, DiagnosticSeverity.Error, 1, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Parse_Strict_ThrowsWithFirstErrorCodeAndPosition()
    {
        var strict = new NewsPipelineBuilder().UseStrictMode().Build();
        var exception = Assert.Throws<NewsParseException>(() => NewsParser.Parse("Home > World\n" + Article, strict));
        Assert.Equal(DiagnosticCodes.UnplacedLine, exception.Diagnostic.Code);
        Assert.Equal((1, 1), (exception.Diagnostic.Span.Line, exception.Diagnostic.Span.Column));
        Assert.StartsWith("NM1001 at 1:1:", exception.Message, StringComparison.Ordinal);
        Assert.Single(exception.Document.Articles);
    }

    [Fact]
    public void Parse_Lenient_KeepsAnUnplacedLineAsParagraph()
    {
        var document = NewsParser.Parse("Home > World\n" + Article, TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal(ParagraphKind.Unplaced, article.Paragraphs[0].Kind);
        Assert.Equal("Home > World", article.Paragraphs[0].Text);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCodes.UnplacedLine && d.Span.Line == 1);
    }

    [Fact]
    public void Parse_UnreadableStamp_ReportsNM1004AtTheStamp()
    {
        var document = NewsParser.Parse(Article.Replace("14 March 2025", "31 February 2025", StringComparison.Ordinal), TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Null(article.Updated);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal((DiagnosticCodes.StampDateUnreadable, 3, 1), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Parse_SecondUpdatedStamp_ReportsNM1005AndKeepsTheFirst()
    {
        var document = NewsParser.Parse(Article.Replace("Updated 14 March 2025", "Updated 14 March 2025\nUpdated 16 March 2025", StringComparison.Ordinal), TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal(new DateOnly(2025, 3, 14), article.Updated);
        Assert.Equal((DiagnosticCodes.DuplicateStamp, 4), (Assert.Single(article.Diagnostics).Code, article.Diagnostics[0].Span.Line));
    }

    [Fact]
    public void Parse_BareDateAboveFollow_IsThePublishedStampNotACaption()
    {
        var document = NewsParser.Parse(Article.Replace("Updated 14 March 2025", "March 14, 2025 10:30 AM", StringComparison.Ordinal), TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal((new DateOnly(2025, 3, 14), (DateOnly?)null), (article.Published, article.Updated));
        Assert.Null(article.Photo);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Parse_BareDateInsideTheBody_StaysAParagraph()
    {
        var document = NewsParser.Parse(Article + "\n\n2 April 2025\n\nThe loan was disbursed.\n", TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal(new DateOnly(2025, 3, 14), article.Updated);
        Assert.Null(article.Published);
        Assert.Contains(article.Paragraphs, p => p.Text == "2 April 2025");
    }

    [Fact]
    public void Parse_HeadlineNotRepeated_ReportsNM1002AndReadsTheBody()
    {
        var document = NewsParser.Parse(Article.Replace("Follow\n\nKenya signs road loan\n", "Follow\n", StringComparison.Ordinal), TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal("Kenya signs road loan", article.Headline);
        Assert.Equal("NAIROBI", article.Dateline?.Text);
        Assert.Equal(DiagnosticCodes.HeadlineNotRepeated, Assert.Single(article.Diagnostics).Code);
    }

    [Theory]
    [InlineData("ABU DHABI, 19th August, 2026 (WAM) -- Kenya signed a loan.", "ABU DHABI", "WAM")]
    [InlineData("LAGOS, 5 June 2025 - Kenya signed a loan.", "LAGOS", null)]
    [InlineData("ROME, July 7, 2025 (AFP) — Kenya signed a loan.", "ROME", "AFP")]
    [InlineData("KUWAIT, Sept 10 (KUNA) -- Kenya signed a loan.", "KUWAIT", "KUNA")]
    public void Parse_DatelineWithItsDate_IsADatelineAndTheBodyStartsAfterIt(string opening, string place, string? wire)
    {
        var document = NewsParser.Parse(Article.Replace("NAIROBI: Kenya signed a loan on Thursday.", opening, StringComparison.Ordinal), TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal(place, Assert.Single(article.Dateline!.Places));
        Assert.Equal(wire, article.Dateline.Wire);
        Assert.Equal("Kenya signed a loan.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void Parse_StrayFollowInBody_ReportsNM1012AndKeepsTheLine()
    {
        var document = NewsParser.Parse(Article + "\nFollow\n\nMore text.\n", TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Contains(article.Paragraphs, p => p.Text == "Follow" && p.Kind == ParagraphKind.Unplaced);
        Assert.Equal(DiagnosticCodes.StrayHeaderLine, Assert.Single(article.Diagnostics).Code);
        Assert.Equal("More text.", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void Parse_UnpairedSurrogate_IsReplacedAndReported()
    {
        var document = NewsParser.Parse(Article.Replace("a loan", "a \uD800loan", StringComparison.Ordinal), TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Contains("a \uFFFDloan", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.InvalidCharacter, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void Parse_Bom_IsNotCounted()
    {
        var plain = NewsParser.Parse(Article);
        var withBom = NewsParser.Parse("\uFEFF" + Article);
        Assert.Equal(plain.Articles[0].Paragraphs[0].Span, withBom.Articles[0].Paragraphs[0].Span);
    }

    [Fact]
    public void ParseUtf8_InvalidBytes_AreReplacedAndReportedAtTheirPosition()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Article).ToList();
        var at = bytes.IndexOf((byte)'s', bytes.IndexOf((byte)'N'));
        bytes.Insert(at, 0xFF);
        var document = NewsParser.ParseUtf8([.. bytes], TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Contains("\uFFFD", article.Paragraphs[0].Text, StringComparison.Ordinal);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, 8), (diagnostic.Code, diagnostic.Span.Line));
        Assert.Equal('\uFFFD', article.Paragraphs[0].Text[diagnostic.Span.Column - 1 - "NAIROBI: ".Length]);
    }

    [Fact]
    public void ParseUtf8_ValidBytesWithBom_EqualsParsingTheString() =>
        Assert.Equal(
            NewsModel.Serialization.Json.NewsJson.Serialize(NewsParser.Parse("\uFEFF" + Article)),
            NewsModel.Serialization.Json.NewsJson.Serialize(NewsParser.ParseUtf8([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Article)])));
}
