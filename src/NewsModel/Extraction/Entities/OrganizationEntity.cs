using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>An organisation found in an article, collected before its record is built.</summary>
internal sealed class OrganizationEntity : INamedEntity, IPooled
{
    public string Name { get; private set; } = "";

    public OrganizationKind Kind { get; private set; }

    public string? Acronym { get; set; }

    public string? Parent { get; set; }

    public string? CountryCode { get; set; }

    /// <summary>The rule that named it: the vocabulary, an acronym definition, or a ministry pattern.</summary>
    public string Rule { get; set; } = "";

    public List<Mention> Mentions { get; } = [];

    public string Id { get; set; } = "";

    public TextSpan FirstSpan => Mentions[0].Span;

    /// <summary>Whether it lends or grants money: a development bank, fund, the IMF, an export-credit or aid agency.</summary>
    public bool IsLender => Kind is OrganizationKind.DevelopmentBank or OrganizationKind.Fund or OrganizationKind.MonetaryFund
        or OrganizationKind.ExportCreditAgency or OrganizationKind.BilateralAgency;

    public OrganizationEntity Init(string name, OrganizationKind kind)
    {
        Name = name;
        Kind = kind;
        return this;
    }

    public void Reset()
    {
        Name = "";
        Kind = default;
        Acronym = null;
        Parent = null;
        CountryCode = null;
        Rule = "";
        Mentions.Clear();
        Id = "";
    }
}
