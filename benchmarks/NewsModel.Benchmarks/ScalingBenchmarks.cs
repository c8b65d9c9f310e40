using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parse time at 1, 10 and 100 MB, for normal text (the test articles repeated) and for hostile shapes: one long line,
/// many bullets, many blank lines, many quotes, paragraphs of quotation after a quoted speaker, many header-only
/// articles, many stamps. Linear work shows as a ratio near 10 between neighbouring sizes.
/// </summary>
/// <remarks>
/// A 100 MB parse takes seconds, so the job is short and explicit: one launch, one warm-up, three measured calls.
/// Program leaves this class out unless a filter names it (<c>--filter *Scaling*</c>), so CI's
/// <c>--filter '*' --job dry</c> skips it.
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory(StreamingBenchmarks.Category)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ScalingBenchmarks
{
    private const string Header = "Talks open in the capital\nUpdated 07 July 2025\nFollow\n\nTalks open in the capital\n\nISLAMABAD: Both sides met.\n\n";

    private string _text = "";

    [Params("normal", "one-long-line", "bullets", "blank-lines", "quotes", "speaker-quotes", "headers", "stamps")]
    public string Shape { get; set; } = "normal";

    [Params(1, 10, 100)]
    public int Megabytes { get; set; } = 1;

    [GlobalSetup]
    public void Setup() => _text = Build(Shape, Megabytes * 1_000_000);

    [Benchmark]
    public int Parse() => NewsParser.Parse(_text).Articles.Length;

    private static string Build(string shape, int length)
    {
        var text = new StringBuilder(length + 4096);
        if (shape is not ("one-long-line" or "headers"))
        {
            text.Append(Header);
        }

        var unit = shape switch
        {
            "normal" => string.Concat(BenchmarkInputs.Articles().Select(a => a.TrimEnd() + "\n\n\n")),
            "one-long-line" => "The bank will lend $5 million to the ministry on Monday, the minister said. ",
            "bullets" => "  • The loan of $5 million runs for 30 years\n",
            "blank-lines" => "\n",
            "speaker-quotes" => "“We will sign,” the minister said.\n\n“Yes.”\n\n“No.”\n\n",
            "headers" => Header[..Header.IndexOf("ISLAMABAD", StringComparison.Ordinal)],
            "stamps" => "Updated 07 July 2025\n",
            _ => "“We will sign,” the minister said. “Yes\n\n",
        };
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString(0, length);
    }
}
