using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>A person found in an article, collected before its record is built.</summary>
internal sealed class PersonEntity : INamedEntity, IPooled
{
    /// <summary>The fullest name seen, without title or honorific.</summary>
    public string Name { get; set; } = "";

    public TextSpan NameSpan { get; set; }

    public string? Honorific { get; set; }

    public string? Title { get; set; }

    public TextSpan? TitleSpan { get; set; }

    /// <summary>The kind of the title from the vocabulary (<c>minister</c>, <c>lenderOfficial</c>, …), for guessing an affiliation.</summary>
    public string? TitleKind { get; set; }

    /// <summary>The affiliation as a place (country) or organisation entity; at most one is set.</summary>
    public PlaceEntity? AffiliationPlace { get; set; }

    public OrganizationEntity? AffiliationOrganization { get; set; }

    public TextSpan? AffiliationSpan { get; set; }

    public string AffiliationRule { get; set; } = "";

    public List<Mention> Mentions { get; } = [];

    public string Id { get; set; } = "";

    /// <summary>Where the words of the name lie in the source (start, length), for linking later short mentions such as a surname.</summary>
    public List<(int Start, int Length)> NameWords { get; } = [];

    public string? AffiliationName => AffiliationPlace?.Name ?? AffiliationOrganization?.Name;

    public void Reset()
    {
        Name = "";
        NameSpan = default;
        Honorific = null;
        Title = null;
        TitleSpan = null;
        TitleKind = null;
        AffiliationPlace = null;
        AffiliationOrganization = null;
        AffiliationSpan = null;
        AffiliationRule = "";
        Mentions.Clear();
        Id = "";
        NameWords.Clear();
    }
}
