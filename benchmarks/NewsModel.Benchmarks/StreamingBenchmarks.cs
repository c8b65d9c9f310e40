using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace NewsModel.Benchmarks;

/// <summary>
/// Streaming throughput at scale: <c>ParseAsync</c> over a large generated file (made by <c>newsmodel generate</c>),
/// sequential and on every core, every record built and then dropped, as a streaming consumer would.
/// </summary>
/// <remarks>
/// <para>
/// One launch, one warm-up and three measured runs of one pass over the whole file: a pass takes seconds, so the
/// default job's dozens of iterations would take an hour. Category <see cref="Category"/>: runs only when asked for
/// by name (<c>--filter '*StreamingBenchmarks*'</c>), never in the <c>'*'</c> runs CI makes.
/// </para>
/// <para>The file is named by the <c>NEWSMODEL_SCALE_INPUT</c> environment variable; see <c>benchmarks/scale.sh</c>.</para>
/// </remarks>
[BenchmarkCategory(Category)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class StreamingBenchmarks
{
    public const string Category = "Scale";

    public const string InputVariable = "NEWSMODEL_SCALE_INPUT";

    [Params(1, 2)]
    public int Degree { get; set; }

    /// <summary>Gets the size of the input in bytes, for the MB/s column.</summary>
    public static long InputBytes => new FileInfo(InputPath).Length;

    private static string InputPath => Environment.GetEnvironmentVariable(InputVariable) is { Length: > 0 } path && File.Exists(path)
        ? path
        : throw new InvalidOperationException($"Set {InputVariable} to a file made by 'newsmodel generate' (see benchmarks/scale.sh).");

    [Benchmark]
    public async Task<int> StreamArticles()
    {
        var options = new NewsStreamOptions { MaxDegreeOfParallelism = Degree };
        await using var stream = new FileStream(InputPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var count = 0;
        await foreach (var article in NewsParser.ParseAsync(stream, options: options))
        {
            count += article.Paragraphs.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
