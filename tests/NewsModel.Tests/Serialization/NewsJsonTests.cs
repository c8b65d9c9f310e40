using System.Text.Json;
using System.Text.Json.Nodes;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Serialization;

public sealed class NewsJsonTests
{
    public static TheoryData<string> Inputs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in TestInputs.SeedFiles().Concat(TestInputs.LayoutArticleFiles()))
            {
                data.Add(path);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Serialize_ParsedInput_RoundTripsToIdenticalBytes(string path)
    {
        var json = NewsJson.Serialize(NewsParser.Parse(TestInputs.Read(path), source: Path.GetFileName(path)));
        Assert.Equal(json, NewsJson.Serialize(NewsJson.Deserialize(json)));
    }

    [Fact]
    public void Serialize_EveryRecordKind_RoundTripsToIdenticalBytes()
    {
        var json = NewsJson.Serialize(SampleDocuments.Full());
        Assert.Equal(json, NewsJson.Serialize(NewsJson.Deserialize(json)));
        var compact = NewsJson.Serialize(SampleDocuments.Full(), indented: false);
        Assert.DoesNotContain('\n', compact);
        Assert.Equal(compact, NewsJson.Serialize(NewsJson.Deserialize(compact), indented: false));
    }

    [Fact]
    public void Serialize_Values_FollowTheContract()
    {
        var json = JsonNode.Parse(NewsJson.Serialize(SampleDocuments.Full()))!;
        var article = json["articles"]![0]!;
        Assert.Equal("1.2", (string?)json["schemaVersion"]);
        Assert.Equal("2025-07-06", (string?)article["published"]);
        Assert.Equal("2025-07-07", (string?)article["updated"]);
        Assert.Equal("wireCredit", (string?)article["paragraphs"]![0]!["kind"]);
        Assert.Equal("phoneCall", (string?)article["meetings"]![0]!["kind"]);
        Assert.Equal("resultsBasedLoan", (string?)article["loanAgreements"]![0]!["instrument"]);
        Assert.Equal("{\"start\":10,\"length\":5,\"line\":2,\"column\":3}", article["span"]!.ToJsonString());

        // Dates carry their ISO value at their precision; amounts carry no trailing fractional zeros.
        var date = article["meetings"]![0]!["date"]!;
        Assert.Equal("{\"value\":\"2025-04\",\"precision\":\"month\",\"inferred\":true,\"text\":\"in April\",\"span\":{\"start\":10,\"length\":5,\"line\":2,\"column\":3},\"reference\":\"updated\"}", date.ToJsonString());
        Assert.Equal("2025-W28", (string?)article["commitments"]![0]!["deadline"]!["value"]);
        Assert.Null(article["loanAgreements"]![0]!["approved"]!["value"]);
        Assert.Equal("{\"amount\":1500000000,\"currency\":\"EUR\"}", article["loanAgreements"]![0]!["amount"]!.ToJsonString());
        Assert.Equal("{\"amount\":2.5,\"currency\":\"USD\"}", article["loanPackages"]![0]!["total"]!.ToJsonString());
    }

    [Fact]
    public void Serialize_RecordIds_ComeFirst()
    {
        var meeting = JsonNode.Parse(NewsJson.Serialize(SampleDocuments.Full()))!["articles"]![0]!["meetings"]![0]!.AsObject();
        Assert.Equal("id", meeting.First().Key);
        Assert.Equal(["confidence", "needsReview", "span", "evidence"], meeting.Select(p => p.Key).TakeLast(4));
    }

    [Fact]
    public void Serialize_NonAscii_IsWrittenAsUtf8()
    {
        var json = NewsJson.Serialize(SampleDocuments.Full());
        Assert.Contains("“two” loans worth €1.5 billion", json, StringComparison.Ordinal);
        Assert.Contains("Text ’ with ünïcode", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_ConsumerOptions_WriteExactlyTheContract()
    {
        var consumer = NewsJson.Configure(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" });
        var document = SampleDocuments.Full();
        Assert.Equal(NewsJson.Serialize(document), JsonSerializer.Serialize(document, consumer));
        Assert.Equal(NewsJson.Serialize(document, indented: false), JsonSerializer.Serialize(document, NewsJson.Configure(new JsonSerializerOptions())));
    }

    [Fact]
    public void SerializeArticle_WritesOneLineThatReadsBack()
    {
        var article = SampleDocuments.Full().Articles[0];
        var line = NewsJson.SerializeArticle(article);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(line, NewsJson.SerializeArticle(NewsJson.DeserializeArticle(line)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"articles\":[{\"id\":\"a\",\"headline\":null}]}")]
    [InlineData("{\"articles\":[{\"id\":\"a\",\"headline\":\"h\",\"span\":{\"start\":-1,\"length\":0,\"line\":1,\"column\":1}}]}")]
    [InlineData("{\"articles\":[{\"id\":\"a\",\"headline\":\"h\",\"loanAgreements\":[{\"id\":\"l\",\"amount\":{\"amount\":1,\"currency\":\"usd\"}}]}]}")]
    [InlineData("{\"articles\":[{\"id\":\"a\",\"headline\":\"h\",\"paragraphs\":[{\"text\":\"t\",\"kind\":\"Body\"}]}]}")]
    public void Deserialize_InvalidJson_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => NewsJson.Deserialize(json));

    [Fact]
    public void Api_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => NewsJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => NewsJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => NewsJson.Configure(null!));
    }
}
