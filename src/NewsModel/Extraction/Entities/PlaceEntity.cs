using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>A place found in an article, collected before its record is built.</summary>
internal sealed class PlaceEntity : INamedEntity, IPooled
{
    public string Name { get; private set; } = "";

    public PlaceKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 of the country it is or lies in.</summary>
    public string? CountryCode { get; private set; }

    public List<Mention> Mentions { get; } = [];

    public string Id { get; set; } = "";

    /// <summary>Where a place named only indirectly was inferred from: a capital standing for its country, a ministry's country.</summary>
    public TextSpan? InferredFrom { get; set; }

    public TextSpan FirstSpan => Mentions.Count > 0 ? Mentions[0].Span : InferredFrom ?? default;

    public PlaceEntity Init(string name, PlaceKind kind, string? countryCode)
    {
        Name = name;
        Kind = kind;
        CountryCode = countryCode;
        return this;
    }

    public void Reset()
    {
        Name = "";
        Kind = default;
        CountryCode = null;
        Mentions.Clear();
        Id = "";
        InferredFrom = null;
    }
}
