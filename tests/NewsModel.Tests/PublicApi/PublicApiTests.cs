using NewsModel.Tests.Infrastructure;
using PublicApiGenerator;

namespace NewsModel.Tests.PublicApi;

/// <summary>
/// The public surface is deliberate: any change fails this test until <c>NewsModel.approved.txt</c> is updated in the
/// same change, so reviewers see the API diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChanged()
    {
        var api = typeof(NewsParser).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });
        Snapshot.MatchFile(api, Path.Combine(TestPaths.Tests, "PublicApi", "NewsModel.approved.txt"), Path.Combine(TestPaths.Tests, "PublicApi", "NewsModel.received.txt"));
    }
}
