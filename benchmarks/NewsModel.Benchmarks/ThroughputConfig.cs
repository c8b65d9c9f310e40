using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsModel.Benchmarks;

/// <summary>Adds what BenchmarkDotNet lacks: MB/s of input from the median, and bytes allocated per KB of input.</summary>
public static class ThroughputConfig
{
    /// <param name="args">The command line: the scale benchmarks (category Scale) run only when a filter names their class.</param>
    public static IConfig Create(string[] args) => DefaultConfig.Instance
        .AddFilter(new SimpleFilter(b => !b.Descriptor.HasCategory(StreamingBenchmarks.Category)
            || args.Any(a => a.Contains(b.Descriptor.Type.Name, StringComparison.Ordinal))))
        .AddDiagnoser(MemoryDiagnoser.Default)

        // The benchmark's own project builds in well under a minute on an idle machine; on a busy one, two is too few.
        .WithBuildTimeout(TimeSpan.FromMinutes(10))
        .AddColumn(
            StatisticColumn.Median,
            new InputColumn("MB/s", "Megabytes (10^6) of UTF-8 input per second, from the median", MegabytesPerSecond),
            new InputColumn("Alloc B/KB", "Bytes allocated per KB (1024 bytes) of UTF-8 input", AllocatedPerKilobyte))
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20));

    /// <summary>The input's size: a named input's UTF-8 bytes, the streaming input, or a size given in megabytes; null when none.</summary>
    private static long? InputBytes(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type == typeof(StreamingBenchmarks))
        {
            return StreamingBenchmarks.InputBytes;
        }

        var parameters = benchmarkCase.Parameters.Items;
        return parameters.FirstOrDefault(p => p.Name == "Input")?.Value is string input ? BenchmarkInputs.Utf8Bytes(input)
            : parameters.FirstOrDefault(p => p.Name == "Megabytes")?.Value is int megabytes ? megabytes * 1_000_000L
            : null;
    }

    private static string MegabytesPerSecond(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics && InputBytes(benchmarkCase) is { } inputBytes
            ? (inputBytes / 1e6 / (statistics.Median / 1e9)).ToString("N1", CultureInfo.InvariantCulture)
            : "-";

    private static string AllocatedPerKilobyte(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes && InputBytes(benchmarkCase) is { } inputBytes
            ? (bytes / (inputBytes / 1024.0)).ToString("N0", CultureInfo.InvariantCulture)
            : "-";

    /// <summary>A column computed from the input's size and the benchmark's report.</summary>
    private sealed class InputColumn(string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
    {
        public string Id => "Input" + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
