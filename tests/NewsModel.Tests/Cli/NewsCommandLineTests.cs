using System.Text;
using System.Text.Json.Nodes;
using NewsModel.Cli;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;
using NewsModel.Tests.Streaming;

namespace NewsModel.Tests.Cli;

/// <summary>The console's contract: its outputs and its exit codes (0 success, 1 strict errors, 2 usage or I/O).</summary>
public sealed class NewsCommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsmodel-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_NoArguments_SummarisesTheEmbeddedSeeds()
    {
        var (code, output, error) = Run([]);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("[1] Islamabad hosts first additional secretary-level talks with Afghanistan to boost ties", output, StringComparison.Ordinal);
        Assert.Contains("updated: 25 December 2025", output, StringComparison.Ordinal);
        Assert.EndsWith("2 article(s)\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralFiles_WritesOneJsonDocumentWithEachSource()
    {
        var seed = Directory.EnumerateFiles(TestPaths.Seeds).First();
        var article = TestInputs.LayoutArticleFiles().First();
        var (code, output, _) = Run(["parse", seed, article, "--format", "json"]);
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.Null((string?)json["source"]);
        Assert.Equal([seed, seed, article], json["articles"]!.AsArray().Select(a => (string)a!["source"]!));
    }

    [Fact]
    public void Parse_Jsonl_WritesOneArticlePerLine()
    {
        var (code, output, _) = Run(["parse", Directory.EnumerateFiles(TestPaths.Seeds).First(), "-f", "jsonl"]);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.NotNull(JsonNode.Parse(line)!["headline"]));
    }

    [Fact]
    public void Parse_NewsText_WritesTheInputBackByteForByte()
    {
        // An article file that starts with a byte order mark: the output file holds exactly its bytes, the mark included.
        var input = TestInputs.LayoutArticleFiles().First(f => f.Contains("05-", StringComparison.Ordinal));
        var target = Path.Combine(_directory, "out.txt");
        var (code, _, error) = Run(["parse", input, "-f", "newstext", "--output", target]);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(target));
    }

    [Fact]
    public void Parse_StandardInput_RecordsDashAsSource()
    {
        var (code, output, _) = Run(["parse", "-", "-f", "jsonl"], File.ReadAllBytes(Directory.EnumerateFiles(TestPaths.Seeds).First()));
        Assert.Equal(0, code);
        Assert.Equal("-", (string?)JsonNode.Parse(output.Split('\n')[0])!["source"]);
    }

    [Fact]
    public void Parse_OutputFile_IsWrittenInsteadOfStandardOutput()
    {
        var target = Path.Combine(_directory, "out.txt");
        var (code, output, _) = Run(["parse", Directory.EnumerateFiles(TestPaths.Seeds).First(), "-f", "diagram", "--output", target]);
        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.StartsWith("document source=", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsDecodedWithADiagnosticAndParsingGoesOn()
    {
        var path = Path.Combine(_directory, "latin1.txt");
        File.WriteAllBytes(path, [.. "Title\nUpdated 07 July 2025\nFollow\n\nTitle\n\nCAF"u8, 0xC9, .. " text.\n"u8]);
        var (code, output, _) = Run(["parse", path, "-f", "json"]);
        Assert.Equal(0, code);
        var diagnostic = JsonNode.Parse(output)!["articles"]![0]!["diagnostics"]![0]!;
        Assert.Equal("NM1010", (string?)diagnostic["code"]);
        Assert.Equal((7, 4), ((int)diagnostic["span"]!["line"]!, (int)diagnostic["span"]!["column"]!));
    }

    [Fact]
    public void Parse_Strict_ExitsOneNamingCodeAndPosition()
    {
        var path = Path.Combine(_directory, "plain.txt");
        File.WriteAllText(path, "Just a line\nand another\n");
        var (code, _, error) = Run(["parse", path, "--strict"]);
        Assert.Equal(1, code);
        Assert.Contains("NM1007 at 1:1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    [InlineData("binary")]
    [InlineData("format")]
    [InlineData("option")]
    public void Parse_UsageOrIoError_ExitsTwoWithOneLine(string problem)
    {
        var binary = Path.Combine(_directory, "binary.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]);
        var seed = Directory.EnumerateFiles(TestPaths.Seeds).First();
        string[] args = problem switch
        {
            "missing" => ["parse", Path.Combine(_directory, "nope.txt")],
            "directory" => ["parse", _directory],
            "binary" => ["parse", binary],
            "format" => ["parse", seed, "--format", "xml"],
            _ => ["parse", seed, "--strict=maybe"],
        };
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("newsmodel: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ThenJsonl_StreamsEveryArticleAsTheInMemoryParseGivesIt_SequentiallyOrInParallel()
    {
        var big = Path.Combine(_directory, "big.txt");
        var (code, _, message) = Run(["generate", big, "--size-mb", "2"]);
        Assert.Equal(0, code);
        Assert.InRange(new FileInfo(big).Length, 2 * 1024 * 1024, 3 * 1024 * 1024);
        Assert.Contains("wrote", message, StringComparison.Ordinal);

        var expected = NewsParser.ParseUtf8(File.ReadAllBytes(big), source: big).Articles.Select(a => NewsJson.SerializeArticle(a) + "\n");
        var (sequentialCode, sequential, sequentialError) = Run(["parse", big, "-f", "jsonl"]);
        var (parallelCode, parallel, _) = Run(["parse", big, "-f", "jsonl", "--parallel"]);

        Assert.Equal((0, 0), (sequentialCode, parallelCode));
        Assert.Equal(string.Concat(expected), sequential);
        Assert.Equal(sequential, parallel);

        // Standard error is not a terminal here: no progress bar, nothing at all.
        Assert.Empty(sequentialError);
    }

    [Fact]
    public void Jsonl_BinaryInput_ExitsTwoWithOneLine()
    {
        var binary = Path.Combine(_directory, "utf16.txt");
        File.WriteAllBytes(binary, Encoding.Unicode.GetBytes(StreamInputs.ArticleTexts[0]));
        var (code, output, error) = Run(["parse", binary, "-f", "jsonl"]);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"newsmodel: {binary}: binary file (it holds NUL bytes); expected UTF-8 text.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Jsonl_Strict_ExitsOneNamingCodeAndPosition()
    {
        var path = Path.Combine(_directory, "plain.txt");
        File.WriteAllText(path, "Just a line\nand another\n");
        var (code, _, error) = Run(["parse", path, "-f", "jsonl", "--strict"]);
        Assert.Equal(1, code);
        Assert.Contains("NM1007 at 1:1", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(string[] args, byte[]? stdin = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new NewsCommandLine(output, error, () => new MemoryStream(stdin ?? [])).Run(args);
        return (code, output.ToString(), error.ToString());
    }
}
