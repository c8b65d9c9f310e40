using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A person the article names, with the title and affiliation it gives them, and every mention that refers to them.</summary>
public sealed record Person : NewsRecord
{
    /// <summary>Gets the person's fullest name in the article, without title or honorific, e.g. <c>Lina Haddad</c>.</summary>
    public required string Name
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Name));
    }

    /// <summary>Gets the honorific written before the name, e.g. <c>Dr</c> or <c>Mufti</c>; null when none.</summary>
    public string? Honorific { get; init; }

    /// <summary>Gets the person's title as written, e.g. <c>Deputy Prime Minister</c>; null when none is given.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the canonical name of the country or organisation the person acts for; null when unknown.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Gets the id of the <see cref="Place"/> or <see cref="Organization"/> record named by <see cref="Affiliation"/>.</summary>
    public string? AffiliationId { get; init; }

    /// <summary>Gets every mention of the person, the short ones (<c>Dar</c>) included, in text order.</summary>
    public ImmutableArray<Mention> Mentions
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];
}
