using BenchmarkDotNet.Attributes;
using NewsModel.Text;

namespace NewsModel.Benchmarks;

/// <summary>Stage 0 alone: decoding checks and line splitting (<c>SourceText</c>), the part of every parse that touches each character.</summary>
[MemoryDiagnoser]
public class TextBenchmarks : InputBenchmarks
{
    [Benchmark]
    public int SplitLines() => SourceText.From(Text).Lines.Length;
}
