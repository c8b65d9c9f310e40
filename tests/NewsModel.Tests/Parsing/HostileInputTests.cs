using NewsModel.Domain;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Parsing;

/// <summary>
/// Input built to hurt: huge lines, huge line counts, nothing but header lines, broken quotes, control and
/// invisible characters, lone surrogates, absurd numbers. Each gives a sane document and the diagnostics that say
/// what was odd. The work stays bounded: each test counts what the model holds (one diagnostic per line and kind,
/// one highlight per bullet), never the time it took.
/// </summary>
public sealed class HostileInputTests
{
    private const string Header = "Talks open in the capital\nUpdated 07 July 2025\nFollow\n\nTalks open in the capital\n\n";

    [Fact]
    public void Parse_TenMegabytesOnOneLine_GivesOneArticleWhoseHeadlineIsTheLine()
    {
        var line = string.Concat(Enumerable.Repeat("The bank will lend $5 million on Monday. ", 250_000)).TrimEnd();
        Assert.True(line.Length > 10_000_000);
        var document = NewsParser.Parse(line);
        var article = Assert.Single(document.Articles);
        Assert.Equal(line.Length, article.Headline.Length);
        Assert.Empty(article.Paragraphs);
        // Over the default article limit too: the layout is read, extraction is skipped and says so.
        Assert.Equal([DiagnosticCodes.ArticleHeaderMissing, DiagnosticCodes.ArticleTooLong], article.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Parse_AMillionBlankLines_GivesAnEmptyDocument()
    {
        var document = NewsParser.Parse(string.Concat(Enumerable.Repeat(" \t\r\n", 1_000_000)));
        Assert.Empty(document.Articles);
        Assert.Empty(document.GetAllDiagnostics());
    }

    [Fact]
    public void Parse_AHundredThousandBullets_GivesOneHighlightEach()
    {
        var text = Header + string.Concat(Enumerable.Repeat("  • The loan runs for $5 million over 30 years\n", 100_000));
        var document = NewsParser.Parse(text);
        var article = Assert.Single(document.Articles);
        Assert.Equal(100_000, article.Highlights.Length);
        Assert.Equal("The loan runs for $5 million over 30 years", article.Highlights[^1].Text);
        Assert.Equal(100_006, article.Highlights[^1].Span.Line);
        Assert.Null(DocumentInvariants.FindViolation(text, document));
    }

    [Fact]
    public void Parse_OnlyStamps_GivesOneHeadlessArticleAndOneDuplicateDiagnosticPerRepeat()
    {
        var document = NewsParser.Parse(string.Concat(Enumerable.Repeat("Updated 07 July 2025\n", 10_000)));
        var article = Assert.Single(document.Articles);
        Assert.Equal("", article.Headline);
        Assert.Equal(new DateOnly(2025, 7, 7), article.Updated);
        Assert.Equal(DiagnosticCodes.HeadlineMissing, article.Diagnostics[0].Code);
        Assert.Equal(9_999, article.Diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateStamp));
        Assert.Equal(10_000, article.Diagnostics.Length);
    }

    [Fact]
    public void Parse_OnlyFollow_GivesOneArticleWithEveryLineKeptAsAStrayHeaderLine()
    {
        var document = NewsParser.Parse(string.Concat(Enumerable.Repeat("Follow\n", 10_000)));
        var article = Assert.Single(document.Articles);
        Assert.Equal("", article.Headline);
        Assert.Equal(10_000, article.Paragraphs.Length);
        Assert.Equal(1, article.Diagnostics.Count(d => d.Code == DiagnosticCodes.ArticleHeaderMissing));
        Assert.Equal(10_000, article.Diagnostics.Count(d => d.Code == DiagnosticCodes.StrayHeaderLine));
    }

    [Theory]
    [InlineData("nested", 20_000)]
    [InlineData("unbalanced", 20_000)]
    [InlineData("alternating", 20_000)]
    public void Parse_HostileQuotes_KeepsTheParagraphAndEveryInvariant(string shape, int count)
    {
        var body = shape switch
        {
            "nested" => string.Concat(Enumerable.Repeat("“‘", count)) + "said" + string.Concat(Enumerable.Repeat("’”", count)),
            "unbalanced" => string.Concat(Enumerable.Repeat("“We will sign, the minister said ", count)),
            _ => string.Concat(Enumerable.Repeat("” “ \" ' ‘ ’ ", count)),
        };
        var text = Header + "ISLAMABAD: " + body + "\n\n“An open quote across paragraphs\n\nand another”\n";
        var document = NewsParser.Parse(text);
        var article = Assert.Single(document.Articles);
        Assert.Equal(3, article.Paragraphs.Length);
        Assert.Equal("ISLAMABAD", article.Dateline?.Text);
        Assert.Null(DocumentInvariants.FindViolation(text, document));
    }

    [Fact]
    public void Parse_ManyEqualAmounts_GivesEachMentionItsOwnId()
    {
        var text = Header + "ISLAMABAD: Loans.\n\n" + string.Concat(Enumerable.Repeat("The bank lent $5 million.\n\n", 20_000));
        var money = Assert.Single(NewsParser.Parse(text).Articles).Money;
        Assert.Equal(20_000, money.Length);
        Assert.Equal(20_000, money.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void Parse_NulAndControlCharacters_ReportsOneDiagnosticPerLineAtTheFirst()
    {
        var text = Header + "ISLAMABAD: a\0b\u0001c\u001Bd.\n\n" + new string('\0', 100_000) + "\n\nEnd\u007F.\n";
        var document = NewsParser.Parse(text);
        var controls = document.GetAllDiagnostics().Where(d => d.Code == DiagnosticCodes.ControlCharacter).ToList();
        Assert.Equal([(7, 13), (9, 1), (11, 4)], controls.Select(d => (d.Span.Line, d.Span.Column)));
        Assert.All(controls, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // Kept as written: the text is the user's, and JSON carries control characters escaped.
        Assert.Equal("a\0b\u0001c\u001Bd.", Assert.Single(document.Articles).Paragraphs[0].Text);
        Assert.Null(DocumentInvariants.FindViolation(text, document));
    }

    // Code units, not strings, in the attributes: xunit would carry a lone surrogate in a string as U+FFFD.
    [Theory]
    [InlineData(0xD800, 0, 1)]
    [InlineData(0xD800, 25, 26)]
    [InlineData(0xDC00, 0, 1)]
    [InlineData(0xDBFF, 25, 26)]
    [InlineData(0xDC00, 6, 7)]
    public void Parse_LoneSurrogate_BecomesReplacementCharacterWithNM1008(int codeUnit, int at, int column)
    {
        const int line = 1;
        var headline = "Talks open in the capital".Insert(at, ((char)codeUnit).ToString());
        var text = headline + "\nUpdated 07 July 2025\nFollow\n\nBody text.\n";
        var document = NewsParser.Parse(text);
        var article = Assert.Single(document.Articles);
        Assert.DoesNotContain(article.Headline, char.IsSurrogate);
        Assert.Equal(headline.Length, article.Headline.Length);
        Assert.Contains('\uFFFD', article.Headline);
        var diagnostic = Assert.Single(document.GetAllDiagnostics(), d => d.Code == DiagnosticCodes.InvalidCharacter);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Null(DocumentInvariants.FindViolation(DocumentInvariants.Decoded(text), document));
    }

    [Fact]
    public void Parse_ReversedSurrogatePair_ReplacesBothWithOneDiagnosticForTheLine()
    {
        var document = NewsParser.Parse("Talks \uDC00\uD800 open\nUpdated 07 July 2025\nFollow\n\nBody.\n");
        Assert.Equal("Talks \uFFFD\uFFFD open", Assert.Single(document.Articles).Headline);
        var diagnostic = Assert.Single(document.GetAllDiagnostics(), d => d.Code == DiagnosticCodes.InvalidCharacter);
        Assert.Equal((1, 7), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Parse_LoneSurrogateAtTheVeryEnd_IsReplacedToo()
    {
        var document = NewsParser.Parse("Talks\nUpdated 07 July 2025\nFollow\n\nTalks\n\nBody\uD83D");
        Assert.Equal("Body\uFFFD", Assert.Single(document.Articles).Paragraphs[0].Text);
        Assert.Equal(DiagnosticCodes.InvalidCharacter, Assert.Single(document.GetAllDiagnostics(), d => d.Severity == DiagnosticSeverity.Warning).Code);
    }

    [Fact]
    public void Parse_DirectionMarksAndZeroWidthCharacters_LeaveTheLayoutAsWithout()
    {
        const string Plain = "Talks open in the capital\nShort Url\nUpdated 07 July 2025\nFollow\n\nTalks open in the capital\n\nISLAMABAD: Both sides met.\n";

        // Invisible characters at the edges of lines and whole lines of them, as copied pages carry.
        var marked = "\u200B" + Plain.Replace("\n\n", "\n\u200B\u2060\uFEFF\n", StringComparison.Ordinal).Replace("Follow", "Follow\u200B", StringComparison.Ordinal);
        var plain = NewsParser.Parse(Plain, TestPipelines.LayoutOnly).Articles.Single();
        var withMarks = NewsParser.Parse(marked, TestPipelines.LayoutOnly).Articles.Single();
        Assert.Equal(plain.Headline, withMarks.Headline);
        Assert.Equal(plain.Updated, withMarks.Updated);
        Assert.Equal(plain.Dateline?.Text, withMarks.Dateline?.Text);
        Assert.Equal(plain.Paragraphs.Select(p => p.Text), withMarks.Paragraphs.Select(p => p.Text));
        Assert.Empty(withMarks.Diagnostics);

        // Right-to-left marks and embeddings are text: kept in the headline, never a reason to throw.
        var rtl = NewsParser.Parse("\u200Fمحادثات\u200E Talks \u202Bopen\u202C\nUpdated 07 July 2025\nFollow\n\nBody.\n");
        Assert.Equal("\u200Fمحادثات\u200E Talks \u202Bopen\u202C", Assert.Single(rtl.Articles).Headline);
    }

    [Fact]
    public void Parse_NumbersWithTwoHundredDigits_ReportOverflowAndThrowNothing()
    {
        var digits = new string('9', 200);
        var text = Header + $"ISLAMABAD: The bank lent ${digits} million on {digits} July {digits}, and Rs{digits}.{digits} crore in {digits}.\n"
            + $"\n{digits} {digits}\n";
        var document = NewsParser.Parse(text);
        var article = Assert.Single(document.Articles);
        Assert.Empty(article.Money);
        Assert.DoesNotContain(article.Dates, d => d.Text.Contains(digits, StringComparison.Ordinal));
        Assert.Equal(2, article.Diagnostics.Count(d => d.Code == DiagnosticCodes.MoneyOverflow));
        Assert.Null(DocumentInvariants.FindViolation(text, document));
    }
}
