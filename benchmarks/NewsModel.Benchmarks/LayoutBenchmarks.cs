using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;

namespace NewsModel.Benchmarks;

/// <summary>
/// The layout parse beside two references on the same bytes: a bare line scan (the floor for one pass over the text)
/// and Markdig parsing it as Markdown. Every method returns its whole result, so nothing is deferred past the timing.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private string _text = "";

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Text(Input);

    [Benchmark(Baseline = true)]
    public int ScanLines()
    {
        var lines = 0;
        var rest = _text.AsSpan();
        for (var at = rest.IndexOfAny('\r', '\n'); at >= 0; at = rest.IndexOfAny('\r', '\n'))
        {
            lines++;
            rest = rest[(at + 1)..];
        }

        return lines;
    }

    private static readonly NewsPipeline s_layoutOnly = new NewsPipelineBuilder().Build();

    [Benchmark]
    public NewsDocument ParseLayout() => NewsParser.Parse(_text, s_layoutOnly);

    [Benchmark]
    public MarkdownDocument ParseMarkdig() => Markdown.Parse(_text);
}
