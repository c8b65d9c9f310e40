using BenchmarkDotNet.Attributes;
using NewsModel.Text;

namespace NewsModel.Benchmarks;

/// <summary>Stage 0 alone: decoding checks and line splitting (<c>SourceText</c>), the part of every parse that touches each character.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = "";

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Text(Input);

    [Benchmark]
    public int SplitLines() => SourceText.From(_text).Lines.Length;
}
