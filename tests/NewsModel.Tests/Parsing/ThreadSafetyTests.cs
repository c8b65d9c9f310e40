using NewsModel.Serialization.Json;
using NewsModel.Tests.Streaming;

namespace NewsModel.Tests.Parsing;

/// <summary>A built pipeline is immutable and shared: parses on many threads at once give what sequential parses give.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public async Task OnePipeline_SharedBySixteenTasks_ParsesAsSequentially()
    {
        var pipeline = new NewsPipelineBuilder().UseDefaults().Build();
        var inputs = StreamInputs.ArticleTexts.Take(16).ToArray();
        Assert.Equal(16, inputs.Length);
        var sequential = inputs.Select(text => NewsJson.Serialize(NewsParser.Parse(text, pipeline))).ToArray();

        // All tasks start together and each parses its input several times, so parses overlap as much as possible.
        using var start = new Barrier(inputs.Length);
        var parallel = await Task.WhenAll(inputs.Select(text => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var results = new HashSet<string>(StringComparer.Ordinal);
                for (var round = 0; round < 5; round++)
                {
                    results.Add(NewsJson.Serialize(NewsParser.Parse(text, pipeline)));
                }

                return results.Single();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.Equal(sequential, parallel);
    }
}
