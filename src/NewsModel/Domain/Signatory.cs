using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A person who signed a loan agreement, with the title and side the article gives them.</summary>
public sealed record Signatory
{
    /// <summary>Gets the id of the <see cref="Person"/> record.</summary>
    public required string PersonId
    {
        get;
        init => field = Guard.NotBlank(value, nameof(PersonId));
    }

    /// <summary>Gets the person's name.</summary>
    public required string Name
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Name));
    }

    /// <summary>Gets the title as written, e.g. <c>Country Director for Pakistan</c>; null when none is given.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the canonical name of the lender or borrower they signed for; null when unknown.</summary>
    public string? Affiliation { get; init; }
}
