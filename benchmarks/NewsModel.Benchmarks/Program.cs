using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

// The scale benchmarks (StreamingBenchmarks, ScalingBenchmarks) parse up to 100 MB a call: they run only when a
// filter names them, so `--filter '*'` (CI's dry run) leaves them out.
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkInputs).Assembly).Run(args, ThroughputConfig.Create(args));
