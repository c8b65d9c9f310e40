using FsCheck.Xunit;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Generators;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Serialization;

/// <summary>
/// Round trips over generated input: text → model → text is the identity, model → text → model keeps the layout
/// fields, and the layout detail survives JSON. A fixed replay seed keeps every run the same and CI fast.
/// </summary>
public sealed class NewsTextPropertyTests
{
    private const string Seed = "(20261128,1)";

    [Property(Arbitrary = [typeof(ArticleArbitraries)], MaxTest = 300, Replay = Seed)]
    public void Write_ParsedText_GivesBackTheText(NewsText text) =>
        NewsTextSerializerTests.AssertSameText(text.Value, NewsTextSerializerTests.Write(NewsParser.Parse(text.Value, TestPipelines.LayoutOnly)));

    [Property(Arbitrary = [typeof(ArticleArbitraries)], MaxTest = 300, Replay = Seed)]
    public void Write_ParsedNoise_GivesBackTheText(NoiseText text) =>
        NewsTextSerializerTests.AssertSameText(text.Value, NewsTextSerializerTests.Write(NewsParser.Parse(text.Value, TestPipelines.LayoutOnly)));

    [Property(Arbitrary = [typeof(ArticleArbitraries)], MaxTest = 300, Replay = Seed)]
    public void Parse_WrittenModel_GivesBackTheLayoutFields(NewsDocument model)
    {
        var text = NewsTextSerializerTests.Write(model);
        var parsed = NewsParser.Parse(text, TestPipelines.LayoutOnly);
        Assert.Equal(model.Articles.Select(ArticleGen.LayoutFields), parsed.Articles.Select(ArticleGen.LayoutFields));

        // Written once more from the parsed model, the text is the same: the writer's own layout reads back exactly.
        NewsTextSerializerTests.AssertSameText(text, NewsTextSerializerTests.Write(parsed));
    }

    [Property(Arbitrary = [typeof(ArticleArbitraries)], MaxTest = 150, Replay = Seed)]
    public void Deserialize_JsonOfParsedText_KeepsFieldsAndLayoutDetail(NewsText text)
    {
        var document = NewsParser.Parse(text.Value, TestPipelines.LayoutOnly);
        var json = NewsJson.Serialize(document);
        var read = NewsJson.Deserialize(json);

        Assert.Equal(document.Articles.Select(ArticleGen.LayoutFields), read.Articles.Select(ArticleGen.LayoutFields));
        Assert.Equal(json, NewsJson.Serialize(read));

        // The detail is all there: the text written from the JSON's model is the original text.
        NewsTextSerializerTests.AssertSameText(text.Value, NewsTextSerializerTests.Write(read));
    }
}
