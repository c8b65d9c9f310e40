using System.Globalization;
using NewsModel.Domain;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Layout;

/// <summary>
/// The hand-written articles in <c>Articles/</c> cover the layout variants real pages show. Their expected facts
/// were written from the layout description, before the parser, by a reader of the text.
/// </summary>
public sealed class LayoutCorpusTests
{
    public static TheoryData<string> Files => TestInputs.Names(TestInputs.LayoutArticleFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_WrittenArticle_MatchesExpectedFacts(string file)
    {
        var path = Path.Combine(TestPaths.LayoutArticles, file);
        AssertFacts(NewsParser.Parse(TestInputs.Read(path), TestPipelines.LayoutOnly), ExpectedArticle.Load(path), file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_LineEndingAndBomVariants_GiveTheSameFacts(string file)
    {
        var path = Path.Combine(TestPaths.LayoutArticles, file);
        var text = TestInputs.Read(path).TrimStart('\uFEFF');
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var variants = new Dictionary<string, string>
        {
            ["lf"] = lf,
            ["crlf"] = lf.Replace("\n", "\r\n", StringComparison.Ordinal),
            ["cr"] = lf.Replace('\n', '\r'),
            ["bom"] = "\uFEFF" + lf,
            ["no final newline"] = lf.TrimEnd('\n'),
            ["two final newlines"] = lf.TrimEnd('\n') + "\n\n",
        };

        foreach (var (name, variant) in variants)
        {
            AssertFacts(NewsParser.Parse(variant, TestPipelines.LayoutOnly), ExpectedArticle.Load(path), $"{file} ({name})");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_WrittenArticle_AccountsForEveryNonBlankLineOnce(string file)
    {
        var text = TestInputs.Read(Path.Combine(TestPaths.LayoutArticles, file));
        var document = NewsParser.Parse(text);
        var owners = LineOwnership.Collect(document);
        var decoded = text.TrimStart('\uFEFF');
        foreach (var line in LineOwnership.NonBlankLines(decoded))
        {
            Assert.True(owners.TryGetValue(line, out var owner), $"{file}: line {line} belongs to no layout element.");
            Assert.True(owner.Count == 1, $"{file}: line {line} belongs to {string.Join(", ", owner)}.");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_WrittenArticle_IsCleanInStrictMode(string file)
    {
        var document = NewsParser.Parse(TestInputs.Read(Path.Combine(TestPaths.LayoutArticles, file)), TestPipelines.LayoutOnlyStrict);
        Assert.DoesNotContain(document.GetAllDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_WrittenArticle_EverySpanHoldsItsText(string file)
    {
        var text = TestInputs.Read(Path.Combine(TestPaths.LayoutArticles, file)).TrimStart('\uFEFF');
        SpanChecks.AssertLayoutSpans(text, NewsParser.Parse(text));
    }

    private static void AssertFacts(NewsDocument document, IReadOnlyList<ExpectedArticle> expected, string file)
    {
        Assert.True(expected.Count == document.Articles.Length, $"{file}: expected {expected.Count} articles, found {document.Articles.Length}: {string.Join(" | ", document.Articles.Select(a => a.Headline))}");
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i];
            var got = document.Articles[i];
            var where = $"{file} article {i + 1}";
            Assert.Equal((where, want.Headline), (where, got.Headline));
            Assert.Equal((where, "published", want.Published), (where, "published", Iso(got.Published)));
            Assert.Equal((where, "updated", want.Updated), (where, "updated", Iso(got.Updated)));
            Assert.Equal((where, "shortUrl", want.ShortUrl), (where, "shortUrl", got.ShortUrl));
            Assert.Equal((where, "caption", want.Caption), (where, "caption", got.Photo?.Caption));
            Assert.Equal((where, "credit", want.Credit), (where, "credit", got.Photo?.Credit));
            Assert.Equal([.. want.Highlights.Select(h => $"{where} highlight: {h}")], got.Highlights.Select(h => $"{where} highlight: {h.Text}"));
            Assert.Equal((where, "dateline", want.Dateline), (where, "dateline", got.Dateline?.Text));
            Assert.Equal([.. want.DatelinePlaces.Select(p => $"{where} place: {p}")], (got.Dateline?.Places ?? []).Select(p => $"{where} place: {p}"));
            Assert.Equal((where, "wire", want.DatelineWire), (where, "wire", got.Dateline?.Wire));
            Assert.Equal(
                [.. want.Paragraphs.Select((p, n) => $"{where} ¶{n + 1} {p.Kind}: {p.Text}")],
                got.Paragraphs.Select((p, n) => $"{where} ¶{n + 1} {KindName(p.Kind)}: {p.Text}"));
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.ListItem => "listItem",
        ParagraphKind.WireCredit => "wireCredit",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
