using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A stated total over several loan agreements, such as <c>two loan agreements totaling $500 million</c>, and whether the parts add up.</summary>
public sealed record LoanPackage : NewsEvent
{
    /// <summary>Gets the lender's canonical name; null when the text does not say.</summary>
    public string? Lender { get; init; }

    /// <summary>Gets the id of the lender's record.</summary>
    public string? LenderId { get; init; }

    /// <summary>Gets the borrower's canonical name; null when the text does not say.</summary>
    public string? Borrower { get; init; }

    /// <summary>Gets the id of the borrower's record.</summary>
    public string? BorrowerId { get; init; }

    /// <summary>Gets the total the text states; null when it states none.</summary>
    public Money? Total { get; init; }

    /// <summary>Gets the number of agreements the text states, e.g. 2 for <c>two loan agreements</c>; null when not stated.</summary>
    public int? StatedCount { get; init; }

    /// <summary>Gets the ids of the agreements found in the package.</summary>
    public ImmutableArray<string> AgreementIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the sum of the agreements' amounts, when all are in one currency.</summary>
    public Money? PartsTotal { get; init; }

    /// <summary>Gets whether the parts add up to the total and match the stated count; null when there is nothing to compare.</summary>
    public bool? IsConsistent { get; init; }
}
