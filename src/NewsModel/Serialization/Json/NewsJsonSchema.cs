using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Serialization.Json;

/// <summary>
/// Generates the JSON Schema of the contract from the source-generated type information. The committed
/// <c>newsmodel.schema.json</c> is its output; a test fails when the two drift apart.
/// </summary>
/// <remarks>
/// The exporter writes <c>true</c> (anything) for types with hand-written converters, so those get hand-written
/// schemas here; every object is closed (<c>additionalProperties: false</c>) and lists all its properties as
/// required, since the serializer always writes every property, null or not.
/// </remarks>
internal static class NewsJsonSchema
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Types written once under <c>$defs</c> and referenced everywhere else, keeping the schema readable.</summary>
    private static readonly (Type Type, string Name)[] s_shared =
    [
        (typeof(TextSpan), "span"),
        (typeof(Money), "money"),
        (typeof(DateMention), "date"),
        (typeof(Evidence), "evidence"),
        (typeof(Diagnostic), "diagnostic"),
        (typeof(Mention), "mention"),
        (typeof(LineTrivia), "trivia"),
    ];

    public static string Generate()
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = "https://newsmodel.dev/schema/newsmodel.schema.json",
            ["title"] = "NewsModel document",
            ["description"] = "Articles about diplomacy and development finance, with their layout and extracted records; schemaVersion " + NewsDocument.CurrentSchemaVersion + ".",
        };
        foreach (var (name, value) in Export(typeof(NewsDocument)).ToList())
        {
            root[name] = value?.DeepClone();
        }

        var definitions = new JsonObject();
        foreach (var (type, name) in s_shared)
        {
            definitions[name] = Export(type);
        }

        root["$defs"] = definitions;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = NewsJson.Options.Encoder }) + "\n";
    }

    private static JsonObject Export(Type type)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Transform(context, schema, type),
        };
        return NewsJson.Options.GetJsonSchemaAsNode(type, options).AsObject();
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema, Type exported)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var core = underlying ?? type;
        var nullable = underlying is not null || IsNullableReference(context);
        JsonNode? replacement = null;
        foreach (var (sharedType, name) in s_shared)
        {
            if (core == sharedType && !(core == exported && context.Path.IsEmpty))
            {
                replacement = new JsonObject { ["$ref"] = "#/$defs/" + name };
            }
        }

        replacement ??= core switch
        {
            var t when t == typeof(TextSpan) => SpanSchema(),
            var t when t == typeof(Money) => MoneySchema(),
            var t when t == typeof(DateMention) => DateSchema(),
            var t when t.IsEnum => EnumSchema(t),
            _ => null,
        };

        if (replacement is not null)
        {
            return nullable ? new JsonObject { ["anyOf"] = new JsonArray(replacement, new JsonObject { ["type"] = "null" }) } : replacement;
        }

        // A list of a type with a hand-written converter gets no "items" from the exporter; give it the item's schema.
        if (core.IsGenericType && core.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>) && schema is JsonObject list
            && !list.ContainsKey("items") && s_shared.FirstOrDefault(s => s.Type == core.GetGenericArguments()[0]) is { Name: { } item })
        {
            list["items"] = new JsonObject { ["$ref"] = "#/$defs/" + item };
        }

        if (schema is JsonObject { } obj && obj["properties"] is JsonObject properties)
        {
            obj["additionalProperties"] = false;
            obj["required"] = new JsonArray([.. properties.Select(p => (JsonNode)JsonValue.Create(p.Key))]);
        }

        return schema;
    }

    private static bool IsNullableReference(JsonSchemaExporterContext context) =>
        context.PropertyInfo is { } property && !property.PropertyType.IsValueType && property.IsGetNullable;

    private static JsonObject SpanSchema() => Closed(
        "A half-open range of UTF-16 code units of the decoded text, with the 1-based line and column where it starts.",
        ("start", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
        ("length", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
        ("line", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
        ("column", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }));

    private static JsonObject MoneySchema() => Closed(
        "An amount and its ISO 4217 currency code; the amount has no trailing fractional zeros.",
        ("amount", new JsonObject { ["type"] = "number" }),
        ("currency", new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{3}$" }));

    private static JsonObject DateSchema() => Closed(
        "A date read from the text: its ISO 8601 value at its precision (null when unresolved), whether any part was inferred, and the words it was read from.",
        ("value", new JsonObject
        {
            ["type"] = new JsonArray("string", "null"),
            ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2})?$",
        }),
        ("precision", EnumSchema(typeof(DatePrecision))),
        ("inferred", new JsonObject { ["type"] = "boolean" }),
        ("text", new JsonObject { ["type"] = "string", ["minLength"] = 1 }),
        ("span", new JsonObject { ["$ref"] = "#/$defs/span" }),
        ("reference", EnumSchema(typeof(DateReference))));

    private static JsonObject EnumSchema(Type type)
    {
        var names = new JsonArray();
        foreach (var name in Enum.GetNames(type))
        {
            names.Add((JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(name)));
        }

        return new JsonObject { ["type"] = "string", ["enum"] = names };
    }

    private static JsonObject Closed(string description, params (string Name, JsonObject Schema)[] properties)
    {
        var props = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema;
            required.Add((JsonNode)JsonValue.Create(name));
        }

        return new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = props,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }
}
