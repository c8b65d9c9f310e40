using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;

namespace NewsModel.Benchmarks;

/// <summary>
/// The whole parse — layout and every extraction rule, all records built inside the call — beside the layout alone,
/// a bare line scan and Markdig on the same text.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private static readonly NewsPipeline s_layoutOnly = new NewsPipelineBuilder().Build();
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

    [Benchmark]
    public NewsDocument ParseLayout() => NewsParser.Parse(_text, s_layoutOnly);

    [Benchmark]
    public NewsDocument ParseAndExtract() => NewsParser.Parse(_text);

    [Benchmark]
    public MarkdownDocument ParseMarkdig() => Markdown.Parse(_text);
}
