using System.Text.Json.Serialization;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Serialization.Json;

/// <summary>
/// Source-generated metadata for the JSON contract: no reflection at run time, so the library stays AOT-safe.
/// Internal on purpose; <see cref="NewsJson"/> is the public face.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    Converters =
    [
        typeof(TextSpanJsonConverter),
        typeof(MoneyJsonConverter),
        typeof(DateMentionJsonConverter),
        typeof(CamelCaseEnumConverter<DiagnosticSeverity>),
        typeof(CamelCaseEnumConverter<ParagraphKind>),
        typeof(CamelCaseEnumConverter<DatePrecision>),
        typeof(CamelCaseEnumConverter<DateReference>),
        typeof(CamelCaseEnumConverter<MeetingKind>),
        typeof(CamelCaseEnumConverter<MeetingStatus>),
        typeof(CamelCaseEnumConverter<LoanInstrument>),
        typeof(CamelCaseEnumConverter<LoanStatus>),
        typeof(CamelCaseEnumConverter<CommitmentModality>),
        typeof(CamelCaseEnumConverter<OrganizationKind>),
        typeof(CamelCaseEnumConverter<PlaceKind>),
        typeof(CamelCaseEnumConverter<MoneyApproximation>),
        typeof(CamelCaseEnumConverter<MoneyPeriod>),
    ])]
[JsonSerializable(typeof(NewsDocument))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(TextSpan))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(DateReference))]
internal sealed partial class NewsJsonContext : JsonSerializerContext;
