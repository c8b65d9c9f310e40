using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkInputs).Assembly).Run(args, ThroughputConfig.Create(args));
