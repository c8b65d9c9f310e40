using System.Text;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Parsing;

/// <summary>Garbage in: lenient parsing never throws, every span stays inside the text, and no line is lost.</summary>
public sealed class GarbageInputTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "binary bytes", Encoding.UTF8.GetString(Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256)).ToArray()) },
        { "one 10 MB line", new string('x', 10 * 1024 * 1024) },
        { "only bullets", string.Concat(Enumerable.Repeat("  • point\n", 1000)) },
        { "only stamps", string.Concat(Enumerable.Repeat("Updated 07 July 2025\n", 1000)) },
        { "only Follow", string.Concat(Enumerable.Repeat("Follow\n", 1000)) },
        { "only Short Url", "Short Url\nShort Url\n" },
        { "headers without text", "Short Url\nUpdated 07 July 2025\nFollow\n" },
        { "control characters", "Head\0line\n\u0001\nUpdated 07 July 2025\nFollow\n\nHead\0line\n\n\u0007ISLAMABAD: text\u001B.\n" },
        { "lone surrogates", "\uDC00\uD800\n\uD800x\nUpdated 07 July 2025\nFollow\n" },
        { "carriage returns only", new string('\r', 10000) },
        { "unbalanced quotes", "H\nUpdated 07 July 2025\nFollow\n\nH\n\n“““ said ” “ \" ' ‘\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_Garbage_NeverThrowsAndAccountsForEveryLine(string name, string text)
    {
        var document = NewsParser.Parse(text);
        var decoded = text.TrimStart('\uFEFF');
        var owners = LineOwnership.Collect(document);
        var diagnosticLines = document.GetAllDiagnostics().Select(d => d.Span.Line).ToHashSet();
        foreach (var line in LineOwnership.NonBlankLines(decoded))
        {
            Assert.True(owners.ContainsKey(line) || diagnosticLines.Contains(line), $"{name}: line {line} was lost.");
        }

        foreach (var diagnostic in document.GetAllDiagnostics())
        {
            SpanChecks.AssertInside(decoded, diagnostic.Span, $"{name} {diagnostic.Code}");
        }
    }

    [Fact]
    public void Parse_OnlyStamps_GivesOneArticleWithDiagnostics()
    {
        var document = NewsParser.Parse("Updated 07 July 2025\nUpdated 08 July 2025\n", TestPipelines.LayoutOnly);
        var article = Assert.Single(document.Articles);
        Assert.Equal("", article.Headline);
        Assert.Equal(new DateOnly(2025, 7, 7), article.Updated);
        Assert.Equal([DiagnosticCodes.HeadlineMissing, DiagnosticCodes.DuplicateStamp], article.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Parse_ControlCharacter_IsReportedWithItsPosition()
    {
        var document = NewsParser.Parse("Head\0line\nUpdated 07 July 2025\nFollow\n");
        var diagnostic = Assert.Single(document.GetAllDiagnostics(), d => d.Code == DiagnosticCodes.ControlCharacter);
        Assert.Equal((1, 5), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Parse_StrictGarbage_ThrowsNewsParseException() =>
        Assert.Throws<NewsParseException>(() => NewsParser.Parse("just text\nmore", new NewsPipelineBuilder().UseStrictMode().Build()));
}
