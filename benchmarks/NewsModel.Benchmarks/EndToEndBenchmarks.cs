using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;

namespace NewsModel.Benchmarks;

/// <summary>
/// The whole parse — layout and every extraction rule, all records built inside the call — beside the layout alone,
/// a bare line scan and Markdig on the same text.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks : InputBenchmarks
{
    private static readonly NewsPipeline s_layoutOnly = new NewsPipelineBuilder().Build();

    [Benchmark(Baseline = true)]
    public int ScanLines()
    {
        var lines = 0;
        var rest = Text.AsSpan();
        for (var at = rest.IndexOfAny('\r', '\n'); at >= 0; at = rest.IndexOfAny('\r', '\n'))
        {
            lines++;
            rest = rest[(at + 1)..];
        }

        return lines;
    }

    [Benchmark]
    public NewsDocument ParseLayout() => NewsParser.Parse(Text, s_layoutOnly);

    [Benchmark]
    public NewsDocument ParseAndExtract() => NewsParser.Parse(Text);

    [Benchmark]
    public MarkdownDocument ParseMarkdig() => Markdown.Parse(Text);
}
