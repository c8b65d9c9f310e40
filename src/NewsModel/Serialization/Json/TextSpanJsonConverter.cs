using System.Text.Json;
using System.Text.Json.Serialization;
using NewsModel.Text;

namespace NewsModel.Serialization.Json;

/// <summary>Writes a span as <c>{"start","length","line","column"}</c>, leaving out the derived <c>end</c>.</summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject);
        int start = -1, length = -1, line = -1, column = -1;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            var value = reader.GetInt32();
            switch (name)
            {
                case "start": start = value; break;
                case "length": length = value; break;
                case "line": line = value; break;
                case "column": column = value; break;
                default: throw new JsonException($"Unknown span property '{name}'.");
            }
        }

        try
        {
            return new TextSpan(start, length, line, column);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException("A span needs a non-negative start and length and a line and column of at least 1.", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("length", value.Length);
        writer.WriteNumber("line", value.Line);
        writer.WriteNumber("column", value.Column);
        writer.WriteEndObject();
    }
}
