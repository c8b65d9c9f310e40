using System.Text.Json;
using System.Text.Json.Serialization;
using NewsModel.Domain;

namespace NewsModel.Serialization.Json;

/// <summary>Writes money as <c>{"amount": 400000000, "currency": "USD"}</c>, the amount without trailing fractional zeros.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject);
        decimal? amount = null;
        CurrencyCode? currency = null;
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "amount":
                    amount = reader.GetDecimal();
                    break;
                case "currency":
                    currency = CurrencyCode.TryParse(reader.GetString(), out var code)
                        ? code
                        : throw new JsonException("A currency is three ASCII capital letters, such as USD.");
                    break;
                default:
                    throw new JsonException($"Unknown money property '{name}'.");
            }
        }

        return amount is { } a && currency is { } c ? new Money(a, c) : throw new JsonException("Money needs an amount and a currency.");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Value);
        writer.WriteEndObject();
    }
}
