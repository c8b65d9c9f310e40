using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>One financing agreement: who lends what to whom, for which programme or project, approved and signed when, by whom.</summary>
public sealed record LoanAgreement : NewsEvent
{
    /// <summary>Gets the lender's canonical name, e.g. <c>Asian Development Bank</c>; null when the text does not say.</summary>
    public string? Lender { get; init; }

    /// <summary>Gets the id of the lender's <see cref="Organization"/> or <see cref="Place"/> record.</summary>
    public string? LenderId { get; init; }

    /// <summary>Gets the borrower's canonical name, e.g. <c>Pakistan</c>; null when the text does not say.</summary>
    public string? Borrower { get; init; }

    /// <summary>Gets the id of the borrower's <see cref="Place"/> or <see cref="Organization"/> record.</summary>
    public string? BorrowerId { get; init; }

    /// <summary>Gets the amount of this agreement; null when the text gives none.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets the programme or project name as written, e.g. <c>Rural Roads Improvement Project</c>; null when unnamed.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the financing instrument.</summary>
    public LoanInstrument Instrument { get; init; }

    /// <summary>Gets the purpose as written, e.g. <c>to boost reforms in state-owned enterprises</c>; null when not stated.</summary>
    public string? Purpose { get; init; }

    /// <summary>Gets when it was signed; null when the text reports no signing date.</summary>
    public DateMention? Signed { get; init; }

    /// <summary>Gets when the lender approved it; null when not stated. Kept apart from <see cref="Signed"/>.</summary>
    public DateMention? Approved { get; init; }

    /// <summary>Gets who signed it, with titles and sides.</summary>
    public ImmutableArray<Signatory> Signatories
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the canonical name of where it was signed, only where the text says so (never the dateline by default).</summary>
    public string? Place { get; init; }

    /// <summary>Gets the id of the <see cref="Place"/> record of <see cref="Place"/>.</summary>
    public string? PlaceId { get; init; }

    /// <summary>Gets how far the agreement has come.</summary>
    public LoanStatus Status { get; init; }

    /// <summary>Gets the id of the <see cref="LoanPackage"/> it belongs to, if any.</summary>
    public string? PackageId { get; init; }
}
