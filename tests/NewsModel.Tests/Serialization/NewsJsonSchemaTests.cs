using System.Text.Json.Nodes;
using Json.Schema;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Serialization;

/// <summary>The shipped JSON Schema matches the types, constrains every field, and accepts what NewsModel writes.</summary>
public sealed class NewsJsonSchemaTests
{
    // The schema registers itself under its $id, so it is built once.
    private static readonly JsonSchema s_schema = JsonSchema.FromText(NewsJson.GetSchema());

    private static string SchemaPath => Path.Combine(TestPaths.Root, "src", "NewsModel", "Serialization", "Json", "newsmodel.schema.json");

    [Fact]
    public void Schema_Committed_MatchesTheTypes() =>
        Snapshot.MatchFile(NewsJsonSchema.Generate(), SchemaPath, Path.ChangeExtension(SchemaPath, ".received.json"));

    [Fact]
    public void GetSchema_ReturnsTheCommittedSchema() =>
        Assert.Equal(File.ReadAllText(SchemaPath), NewsJson.GetSchema());

    [Fact]
    public void Schema_EveryField_IsConstrained()
    {
        var schema = JsonNode.Parse(NewsJson.GetSchema())!;
        var fields = 0;
        Walk(schema, "$", ref fields);
        foreach (var (name, definition) in schema["$defs"]!.AsObject())
        {
            Walk(definition!, "$defs." + name, ref fields);
        }

        Assert.True(fields > 120, $"Only {fields} fields were checked; the walk missed the records.");
    }

    [Fact]
    public void Schema_SeedJson_Validates()
    {
        foreach (var seed in TestInputs.SeedFiles())
        {
            AssertValid(NewsJson.Serialize(NewsParser.Parse(TestInputs.Read(seed), source: Path.GetFileName(seed))));
        }
    }

    [Fact]
    public void Schema_EveryRecordKind_Validates() => AssertValid(NewsJson.Serialize(SampleDocuments.Full()));

    [Fact]
    public void Schema_ForeignShapes_AreRejected()
    {
        var json = JsonNode.Parse(NewsJson.Serialize(SampleDocuments.Full()))!;
        json["articles"]![0]!["meetings"]![0]!["kind"] = "lunch";
        Assert.False(Evaluate(json.ToJsonString()).IsValid);

        json = JsonNode.Parse(NewsJson.Serialize(SampleDocuments.Full()))!;
        json["articles"]![0]!["loanAgreements"]![0]!["amount"]!["currency"] = "usd";
        Assert.False(Evaluate(json.ToJsonString()).IsValid);

        json = JsonNode.Parse(NewsJson.Serialize(SampleDocuments.Full()))!;
        json["articles"]![0]!["surprise"] = 1;
        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }

    private static void AssertValid(string json)
    {
        var result = Evaluate(json);
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static EvaluationResults Evaluate(string json) =>
        s_schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    /// <summary>Every property schema must say what it accepts: a type, an enum, or alternatives that do.</summary>
    private static void Walk(JsonNode node, string path, ref int fields)
    {
        if (node is not JsonObject obj)
        {
            Assert.Fail($"{path} is {node.ToJsonString()}, which accepts anything.");
            return;
        }

        if (obj["anyOf"] is JsonArray alternatives)
        {
            foreach (var alternative in alternatives)
            {
                Walk(alternative!, path, ref fields);
            }

            return;
        }

        Assert.True(obj.ContainsKey("type") || obj.ContainsKey("enum") || obj.ContainsKey("$ref"), $"{path} has no type: {obj.ToJsonString()}");
        if (obj["properties"] is JsonObject properties)
        {
            Assert.Equal(false, (bool?)obj["additionalProperties"]);
            foreach (var (name, property) in properties)
            {
                fields++;
                Walk(property!, $"{path}.{name}", ref fields);
            }
        }

        var isArray = obj["type"] switch
        {
            JsonValue single => (string?)single == "array",
            JsonArray types => types.Any(t => (string?)t == "array"),
            _ => false,
        };
        if (isArray)
        {
            Assert.True(obj["items"] is not null, $"{path} is an array of anything.");
            Walk(obj["items"]!, path + "[]", ref fields);
        }
    }
}
