using System.Collections.Concurrent;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Parsing;

/// <summary>
/// The fuzzer's invariants, in CI: 20,000 fixed-seed mutations of the seeds and every test article, each parsed
/// leniently and checked by <see cref="DocumentInvariants"/> (no exception, every span inside the text, JSON
/// round-trips, every non-blank line accounted for).
/// </summary>
/// <remarks>
/// Mutation <c>i</c> mutates source file <c>i mod N</c> with <c>new Random(BaseSeed + i)</c>, so a failure names
/// its index and <see cref="Replay"/> rebuilds exactly that input, whatever thread ran it.
/// </remarks>
public sealed class MutationFuzzTests
{
    private const int BaseSeed = 20_250_707;
    private const int Mutations = 20_000;

    private static readonly Lazy<(string Name, string Text)[]> s_sources = new(() =>
        [.. TestInputs.SeedFiles()
            .Concat(TestInputs.LayoutArticleFiles())
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Corpus"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(path => (Path.GetRelativePath(TestPaths.Root, path), TestInputs.Read(path)))]);

    [Fact]
    public void Parse_TwentyThousandMutations_KeepEveryInvariant()
    {
        Assert.True(s_sources.Value.Length >= 50, "the seeds and test articles were not found.");
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, Mutations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            if (Check(index) is { } failure)
            {
                failures.Add(failure);
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {Mutations} mutations broke an invariant:\n{string.Join("\n", failures.Order().Take(10))}");
    }

    /// <summary>Rebuilds and checks mutation <paramref name="index"/> alone; paste a failing index here to debug it.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(Mutations - 1)]
    public void Replay(int index) => Assert.Null(Check(index));

    private static string? Check(int index)
    {
        var (name, source) = s_sources.Value[index % s_sources.Value.Length];
        var input = TextMutator.Mutate(source, new Random(BaseSeed + index));
        try
        {
            var (decoded, document) = input.Text is { } text
                ? (DocumentInvariants.Decoded(text), NewsParser.Parse(text))
                : (DocumentInvariants.Decoded(input.Bytes!), NewsParser.ParseUtf8(input.Bytes));
            return DocumentInvariants.FindViolation(decoded, document) is { } violation
                ? Describe(index, name, input, violation)
                : null;
        }
#pragma warning disable CA1031 // Any exception is the finding: report it with the index that reproduces it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Describe(index, name, input, $"threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
        }
    }

    private static string Describe(int index, string name, MutatedInput input, string problem)
    {
        // The input itself, for the fuzz harness's replay or the console: `newsmodel parse <file> --format diagram`.
        var path = Path.Combine(Path.GetTempPath(), $"newsmodel-mutation-{index}.txt");
        File.WriteAllBytes(path, input.Bytes ?? System.Text.Encoding.UTF8.GetBytes(input.Text!));
        return $"mutation {index} (seed {BaseSeed + index}) of {name} [{input.Operations}], written to {path}: {problem}";
    }
}
