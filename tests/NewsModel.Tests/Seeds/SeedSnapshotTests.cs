using NewsModel.Serialization.Diagram;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Seeds;

/// <summary>
/// For every seed file, the JSON and the diagram are compared with reviewed snapshots in <c>Seeds/Snapshots/</c>.
/// Every fact in them was checked against the article text.
/// </summary>
public sealed class SeedSnapshotTests
{
    public static TheoryData<string> Seeds => TestInputs.Names(TestInputs.SeedFiles());

    private static string SnapshotDirectory => Path.Combine(TestPaths.Tests, "Seeds", "Snapshots");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Json_Seed_MatchesSnapshot(string seed) =>
        Snapshot.Match(NewsJson.Serialize(Parse(seed)) + "\n", SnapshotDirectory, Path.GetFileNameWithoutExtension(seed), "json");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Diagram_Seed_MatchesSnapshot(string seed)
    {
        using var writer = new StringWriter();
        new DiagramNewsSerializer().Write(Parse(seed), writer);
        Snapshot.Match(writer.ToString(), SnapshotDirectory, Path.GetFileNameWithoutExtension(seed), "txt");
    }

    internal static NewsDocument Parse(string seed) => NewsParser.Parse(TestInputs.Read(Path.Combine(TestPaths.Seeds, seed)), source: seed);
}
