using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

// ScalingBenchmarks parse up to 100 MB a call: they run only when a filter names them (--filter *Scaling*), so
// `--filter '*'` (CI's dry run) leaves them out.
var scaling = args.Any(a => a.Contains("Scaling", StringComparison.OrdinalIgnoreCase));
Type[] types =
[
    .. typeof(BenchmarkInputs).Assembly.GetExportedTypes()
        .Where(t => !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute), inherit: true)))
        .Where(t => scaling || t != typeof(ScalingBenchmarks)),
];
BenchmarkSwitcher.FromTypes(types).Run(args, ThroughputConfig.Create());
