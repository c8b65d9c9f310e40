using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsModel.Domain;

namespace NewsModel.Serialization.Json;

/// <summary>
/// The JSON contract: camelCase names, enums as camelCase strings, stamps as ISO dates, extracted dates as
/// <c>{"value", "precision", "inferred", "text"}</c>, money as <c>{"amount", "currency"}</c> without trailing
/// fractional zeros, and non-ASCII text written as UTF-8 rather than <c>\u</c> escapes.
/// </summary>
/// <remarks>
/// <para>Source-generated and AOT-safe. Round trips are exact: model → JSON → model → JSON gives identical bytes.</para>
/// <para>The JSON Schema of the output ships in the package (<c>schema/newsmodel.schema.json</c>) and from <see cref="GetSchema"/>.</para>
/// </remarks>
public static class NewsJson
{
    // Records inherit Id from NewsRecord, and the serializer writes inherited properties last; ids read best first.
    private static readonly IJsonTypeInfoResolver s_resolver = NewsJsonContext.Default.WithAddedModifier(static typeInfo =>
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Object && typeof(NewsRecord).IsAssignableFrom(typeInfo.Type))
        {
            foreach (var property in typeInfo.Properties)
            {
                property.Order = property.Name == "id" ? -1 : property.Order;
            }
        }
    });

    private static readonly JsonSerializerOptions s_compact = Configure(new JsonSerializerOptions());
    private static readonly JsonSerializerOptions s_indented = Configure(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" });

    /// <summary>Gets frozen options that write compact JSON in the contract; use them with <see cref="JsonSerializer"/> directly.</summary>
    public static JsonSerializerOptions Options => s_compact;

    /// <summary>
    /// Gives a consumer's own options everything the contract needs — the source-generated type information, the
    /// camelCase naming, the converters and a readable UTF-8 encoder — so that they write exactly this contract.
    /// </summary>
    /// <param name="options">Options that have not been used yet (options freeze on first use).</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are already in use and so read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.RespectNullableAnnotations = true;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.TypeInfoResolverChain.Insert(0, s_resolver);
        foreach (var converter in NewsJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>Writes a document as JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent with two spaces and <c>\n</c> line breaks (the default), or write one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(NewsDocument document, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, TypeInfo<NewsDocument>(indented));
    }

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(NewsDocument document, Stream utf8Json, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, document, TypeInfo<NewsDocument>(indented));
    }

    /// <summary>Writes one article as JSON, as in a JSON Lines file.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to indent; JSON Lines needs the default, one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string SerializeArticle(Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.Serialize(article, TypeInfo<Article>(indented));
    }

    /// <summary>Reads a document written by <see cref="Serialize(NewsDocument, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a document in this contract.</exception>
    public static NewsDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Validated(() => JsonSerializer.Deserialize(json, TypeInfo<NewsDocument>(indented: false)), "a document");
    }

    /// <summary>Reads a document from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a document in this contract.</exception>
    public static NewsDocument Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Validated(() => JsonSerializer.Deserialize(utf8Json, TypeInfo<NewsDocument>(indented: false)), "a document");
    }

    /// <summary>Reads one article written by <see cref="SerializeArticle"/>, such as a line of a JSON Lines file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not an article in this contract.</exception>
    public static Article DeserializeArticle(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Validated(() => JsonSerializer.Deserialize(json, TypeInfo<Article>(indented: false)), "an article");
    }

    /// <summary>Returns the JSON Schema (draft 2020-12) of a serialised <see cref="NewsDocument"/>.</summary>
    /// <returns>The schema text, as shipped in the package.</returns>
    public static string GetSchema()
    {
        using var stream = typeof(NewsJson).Assembly.GetManifestResourceStream("NewsModel.schema.json")
            ?? throw new InvalidOperationException("The JSON schema is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reports values the domain types refuse (a blank id, a negative span) as what they are: JSON outside the contract.</summary>
    private static T Validated<T>(Func<T?> read, string what)
        where T : class
    {
        try
        {
            return read() ?? throw new JsonException($"The JSON is null, not {what}.");
        }
        catch (ArgumentException exception)
        {
            throw new JsonException($"The JSON is not {what} in the NewsModel contract: {exception.Message}", exception);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>(bool indented) =>
        (JsonTypeInfo<T>)(indented ? s_indented : s_compact).GetTypeInfo(typeof(T));
}
