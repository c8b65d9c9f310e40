namespace NewsModel.Tests.Infrastructure;

/// <summary>Pipelines tests share: layout-only for tests about the layout stage, so extraction's findings do not blur them.</summary>
internal static class TestPipelines
{
    public static NewsPipeline LayoutOnly { get; } = new NewsPipelineBuilder().Build();

    public static NewsPipeline LayoutOnlyStrict { get; } = new NewsPipelineBuilder().UseStrictMode().Build();
}
