using Microsoft.Extensions.DependencyInjection;
using NewsModel.Serialization;

namespace NewsModel.Tests.PublicApi;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddNewsModel_RegistersOneSharedPipelineAndEverySerializer()
    {
        using var provider = new ServiceCollection().AddNewsModel(b => b.UseStrictMode()).BuildServiceProvider();
        var pipeline = provider.GetRequiredService<NewsPipeline>();
        Assert.Same(pipeline, provider.GetRequiredService<NewsPipeline>());
        Assert.True(pipeline.Options.Strict);
        Assert.Equal(["diagram", "json", "jsonl", "newstext"], provider.GetServices<INewsSerializer>().Select(s => s.Format).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddNewsModel_Twice_KeepsTheFirstPipelineAndNoDuplicates()
    {
        var services = new ServiceCollection().AddNewsModel(b => b.UseStrictMode()).AddNewsModel();
        using var provider = services.BuildServiceProvider();
        Assert.True(provider.GetRequiredService<NewsPipeline>().Options.Strict);
        Assert.Equal(4, provider.GetServices<INewsSerializer>().Count());
    }

    [Fact]
    public void AddNewsModel_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => NewsModelServiceCollectionExtensions.AddNewsModel(null!));

    [Fact]
    public void Pipeline_SharedAcrossThreads_GivesTheSameResults()
    {
        using var provider = new ServiceCollection().AddNewsModel().BuildServiceProvider();
        var pipeline = provider.GetRequiredService<NewsPipeline>();
        var inputs = Infrastructure.TestInputs.LayoutArticleFiles().Select(Infrastructure.TestInputs.Read).ToArray();
        var sequential = inputs.Select(t => NewsModel.Serialization.Json.NewsJson.Serialize(pipeline.Parse(t))).ToArray();
        var parallel = new string[inputs.Length * 4];
        Parallel.For(0, parallel.Length, i => parallel[i] = NewsModel.Serialization.Json.NewsJson.Serialize(pipeline.Parse(inputs[i % inputs.Length])));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % inputs.Length], parallel[i]);
        }
    }
}
