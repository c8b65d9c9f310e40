using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>A benchmark class run once per input in <see cref="BenchmarkInputs"/>, with the text loaded before timing.</summary>
public abstract class InputBenchmarks
{
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    /// <summary>The input's text, loaded in <see cref="Setup"/>.</summary>
    protected string Text { get; private set; } = "";

    [GlobalSetup]
    public void Setup() => Text = BenchmarkInputs.Text(Input);
}
