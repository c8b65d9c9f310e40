using NewsModel.Fuzz;
using SharpFuzz;

// Under afl-fuzz, SharpFuzz's out-of-process runner feeds one input per run and reports an escaping exception as a
// crash. Given file names instead, the harness replays them once each: that is how a finding is reproduced without AFL.
if (args.Length > 0)
{
    foreach (var path in args)
    {
        FuzzTarget.Run(File.ReadAllBytes(path));
        Console.WriteLine($"ok {path}");
    }

    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.ToArray());
});
