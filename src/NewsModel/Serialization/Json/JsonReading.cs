using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Serialization.Json;

/// <summary>Small helpers shared by the hand-written converters.</summary>
internal static class JsonReading
{
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token}, found {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property's value; returns false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }

        Expect(ref reader, JsonTokenType.PropertyName);
        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    public static T Read<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, TypeInfo<T>(options))!;

    public static T ReadEnum<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : struct, Enum => JsonSerializer.Deserialize(ref reader, TypeInfo<T>(options));
}
