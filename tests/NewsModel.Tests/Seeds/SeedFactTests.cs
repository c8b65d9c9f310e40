using NewsModel.Domain;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Seeds;

/// <summary>
/// The layout facts of the seed file, as a careful reader states them from the text (not from the parser's output):
/// two articles, their headlines, update stamps, the one caption and its credit, datelines, highlights and paragraphs.
/// </summary>
public sealed class SeedFactTests
{
    private const string Seed = "000_64ecb9ab99d92700.txt";

    private static readonly NewsDocument s_document = SeedSnapshotTests.Parse(Seed);

    private static string Text => TestInputs.Read(Path.Combine(TestPaths.Seeds, Seed));

    [Fact]
    public void Parse_Seed_FindsTwoArticlesWithoutLayoutDiagnostics()
    {
        Assert.Equal(2, s_document.Articles.Length);
        Assert.DoesNotContain(s_document.GetAllDiagnostics(), d => d.Code.StartsWith("NM1", StringComparison.Ordinal));
        Assert.All(s_document.Articles, a => Assert.Equal(Seed, a.Source));
    }

    [Fact]
    public void Parse_Seed_ReadsFirstArticleHead()
    {
        var article = s_document.Articles[0];
        Assert.Equal("Islamabad hosts first additional secretary-level talks with Afghanistan to boost ties", article.Headline);
        Assert.Equal(new DateOnly(2025, 7, 7), article.Updated);
        Assert.Null(article.Published);
        Assert.True(article.ShortUrl);
        Assert.Equal(
            "Pakistani and Afghan officials meet during the inaugural round of the Additional Secretary-Level Mechanism between the Foreign Ministries of Pakistan and Afghanistan in Islamabad, on July 7, 2025.",
            article.Photo?.Caption);
        Assert.Equal("Foreign Office", article.Photo?.Credit);
        Assert.Equal("ISLAMABAD", article.Dateline?.Text);
        Assert.Null(article.Dateline?.Wire);
        Assert.Equal(
            [
                "The talks follow a meeting between Pakistani, Afghan and Chinese foreign ministers in Beijing, after which Kabul and Islamabad upgraded their diplomatic ties",
                "Pakistan, Afghanistan have had rocky relations mainly due to a spike in militancy in Pakistan’s western regions and Islamabad’s drive to expel Afghan nationals",
            ],
            article.Highlights.Select(h => h.Text));
    }

    [Fact]
    public void Parse_Seed_ReadsSecondArticleHead()
    {
        var article = s_document.Articles[1];
        Assert.Equal("Pakistan, ADB sign $730 loan agreements to boost SOE reforms, energy infrastructure", article.Headline);
        Assert.Equal(new DateOnly(2025, 12, 25), article.Updated);
        Assert.Null(article.Published);
        Assert.False(article.ShortUrl);
        Assert.Null(article.Photo);
        Assert.Equal("KARACHI", article.Dateline?.Text);
        Assert.Equal(2, article.Highlights.Length);
        Assert.StartsWith("Both sign $330 million Power Transmission", article.Highlights[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Economic Affairs Division official says", article.Highlights[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_ReadsEveryParagraph()
    {
        // Counted by hand: 17 body lines in the first article, 10 in the second.
        Assert.Equal(17, s_document.Articles[0].Paragraphs.Length);
        Assert.Equal(10, s_document.Articles[1].Paragraphs.Length);
        Assert.All(s_document.Articles.SelectMany(a => a.Paragraphs), p => Assert.Equal(ParagraphKind.Body, p.Kind));
        Assert.StartsWith("Pakistani and Afghan officials on Monday held", s_document.Articles[0].Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Pakistan and the Asian Development Bank (ADB) on Thursday", s_document.Articles[1].Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("To date, ADB says it has committed 764 public sector loans, grants and technical assistance totaling $43.4 billion to Pakistan.", s_document.Articles[1].Paragraphs[^1].Text);
    }

    [Fact]
    public void Parse_Seed_TrimsTrailingNonBreakingSpaces()
    {
        // Seven lines of the second article end in U+00A0; the paragraph text and its span stop before it.
        var paragraphs = s_document.Articles[1].Paragraphs;
        Assert.All(paragraphs, p => Assert.False(char.IsWhiteSpace(p.Text[^1])));
        Assert.Equal(7, paragraphs.Count(p => Text.Length > p.Span.End && Text[p.Span.End] == '\u00A0'));
    }

    [Fact]
    public void Parse_Seed_SpansHoldTheirText() => SpanChecks.AssertLayoutSpans(Text, s_document);
}
