using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>A place found in an article, collected before its record is built.</summary>
internal sealed class PlaceEntity(string name, PlaceKind kind, string? countryCode) : INamedEntity
{
    public string Name { get; } = name;

    public PlaceKind Kind { get; } = kind;

    /// <summary>ISO 3166-1 alpha-2 of the country it is or lies in.</summary>
    public string? CountryCode { get; } = countryCode;

    public List<Mention> Mentions { get; } = [];

    public string Id { get; set; } = "";

    /// <summary>Where a place named only indirectly was inferred from: a capital standing for its country, a ministry's country.</summary>
    public TextSpan? InferredFrom { get; set; }

    public TextSpan FirstSpan => Mentions.Count > 0 ? Mentions[0].Span : InferredFrom ?? default;
}
