using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsModel.Serialization.Json;

/// <summary>Writes enum values as camelCase strings (<c>phoneCall</c>); the plain string-enum option would write PascalCase.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
