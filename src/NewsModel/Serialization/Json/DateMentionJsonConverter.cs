using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Serialization.Json;

/// <summary>
/// Writes a date as <c>{"value": "2025-04", "precision": "month", "inferred": true, "text": "in April", "span": …,
/// "reference": "updated"}</c>: the value in ISO 8601 at its precision, or null when unresolved.
/// </summary>
internal sealed class DateMentionJsonConverter : JsonConverter<DateMention>
{
    public override DateMention Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject);
        string? value = null, text = null;
        DatePrecision? precision = null;
        DateReference reference = default;
        var inferred = false;
        TextSpan span = default;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "value": value = reader.GetString(); break;
                case "precision": precision = JsonReading.ReadEnum<DatePrecision>(ref reader, options); break;
                case "inferred": inferred = reader.GetBoolean(); break;
                case "text": text = reader.GetString(); break;
                case "span": span = JsonReading.Read<TextSpan>(ref reader, options); break;
                case "reference": reference = JsonReading.ReadEnum<DateReference>(ref reader, options); break;
                default: throw new JsonException($"Unknown date property '{name}'.");
            }
        }

        if (precision is not { } p || string.IsNullOrWhiteSpace(text))
        {
            throw new JsonException("A date needs a precision and its text.");
        }

        return new DateMention
        {
            Value = value is null ? null : ParseIso(value, p),
            Precision = p,
            Inferred = inferred,
            Text = text,
            Span = span,
            Reference = reference,
        };
    }

    public override void Write(Utf8JsonWriter writer, DateMention value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.IsoValue is { } iso)
        {
            writer.WriteString("value", iso);
        }
        else
        {
            writer.WriteNull("value");
        }

        writer.WritePropertyName("precision");
        JsonSerializer.Serialize(writer, value.Precision, JsonReading.TypeInfo<DatePrecision>(options));
        writer.WriteBoolean("inferred", value.Inferred);
        writer.WriteString("text", value.Text);
        writer.WritePropertyName("span");
        JsonSerializer.Serialize(writer, value.Span, JsonReading.TypeInfo<TextSpan>(options));
        writer.WritePropertyName("reference");
        JsonSerializer.Serialize(writer, value.Reference, JsonReading.TypeInfo<DateReference>(options));
        writer.WriteEndObject();
    }

    private static DateOnly ParseIso(string value, DatePrecision precision)
    {
        var formats = precision switch
        {
            DatePrecision.Day => "yyyy-MM-dd",
            DatePrecision.Month => "yyyy-MM",
            DatePrecision.Year => "yyyy",
            _ => null,
        };
        if (formats is not null && DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // 2025-W28: the Monday of ISO week 28 of ISO year 2025.
        if (precision == DatePrecision.Week && value.Length == 8 && value[4] == '-' && value[5] == 'W'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && year is >= 1 and <= 9998 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        }

        throw new JsonException($"'{value}' is not an ISO 8601 date at {precision.ToString().ToLowerInvariant()} precision.");
    }
}
