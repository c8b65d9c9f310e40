using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Internal;

namespace NewsModel.Extraction;

/// <summary>
/// Turns event drafts into records. Confidence grows with each key field the rules found; a record that lacks a key
/// field or failed a consistency check is flagged for review.
/// </summary>
internal static class RecordFactory
{
    public static Meeting Meeting(MeetingDraft draft)
    {
        var confidence = 0.4 + (draft.Parties.Count >= 2 ? 0.2 : 0) + (draft.Date is null ? 0 : 0.15) + (draft.Location is null ? 0 : 0.15)
            + (draft.Participants.Count > 0 || draft.Delegations.Count > 0 ? 0.1 : 0);
        return new Meeting
        {
            Id = draft.Id,
            Kind = draft.Kind,
            Name = draft.Name,
            Level = draft.Level,
            Round = draft.Round,
            Status = draft.Status,
            Parties = ListMapping.Map(draft.Parties, p => p.Name),
            PartyIds = ListMapping.Map(draft.Parties, p => p.Id),
            Participants = ListMapping.Map(draft.Participants, p => p.Name),
            ParticipantIds = ListMapping.Map(draft.Participants, p => p.Id),
            Location = draft.Location?.Name,
            LocationId = draft.Location?.Id,
            Date = draft.Date?.Mention,
            Topics = [.. draft.Topics],
            DelegationIds = ListMapping.Map(draft.Delegations, d => d.Id),
            CommitmentIds = ListMapping.Map(draft.Commitments, c => c.Id),
            Span = draft.Span,
            Confidence = Round(confidence - Penalty(draft)),
            NeedsReview = draft.Parties.Count < 2 || draft.Checks.Count > 0,
            Evidence = [.. draft.Evidence],
        };
    }

    public static Delegation Delegation(DelegationDraft draft) => new()
    {
        Id = draft.Id,
        Side = draft.Side?.Name,
        SideId = draft.Side?.Id,
        Head = draft.Head?.Name,
        HeadId = draft.Head?.Id,
        HeadTitle = draft.Head?.Title,
        Members = ListMapping.Map(draft.Members, m => m.Name),
        MemberIds = ListMapping.Map(draft.Members, m => m.Id),
        MeetingId = draft.Meeting?.Id,
        Span = draft.Span,
        Confidence = Round(0.6 + (draft.Head is null ? 0 : 0.2) + (draft.Side is null ? 0 : 0.2)),
        NeedsReview = draft.Head is null || draft.Side is null,
        Evidence = [.. draft.Evidence],
    };

    public static LoanAgreement Loan(LoanDraft draft)
    {
        var confidence = 0.4 + (draft.Lender is null ? 0 : 0.2) + (draft.Borrower is null ? 0 : 0.2) + (draft.Amount is null ? 0 : 0.2);
        return new LoanAgreement
        {
            Id = draft.Id,
            Lender = draft.Lender?.Name,
            LenderId = draft.Lender?.Id,
            Borrower = draft.Borrower?.Name,
            BorrowerId = draft.Borrower?.Id,
            Amount = draft.Amount?.Value,
            Name = draft.Name,
            Instrument = draft.Instrument,
            Purpose = draft.Purpose,
            Signed = draft.Signed?.Mention,
            Approved = draft.Approved?.Mention,
            Signatories = ListMapping.Map(draft.Signatories, p => new Signatory { PersonId = p.Id, Name = p.Name, Title = p.Title, Affiliation = p.AffiliationName }),
            Place = draft.Place?.Name,
            PlaceId = draft.Place?.Id,
            Status = draft.Status,
            PackageId = draft.Package?.Id,
            Span = draft.Span,
            Confidence = Round(confidence - Penalty(draft)),
            NeedsReview = draft.Lender is null || draft.Borrower is null || draft.Checks.Count > 0,
            Evidence = [.. draft.Evidence],
        };
    }

    public static LoanPackage Package(PackageDraft draft)
    {
        var partsTotal = draft.Agreements.Count > 0 && draft.Agreements[0].Amount is { } first ? PartsTotal(draft.Agreements, first.Value.Currency) : null;

        bool? consistent = null;
        if (draft.Total is { } total && partsTotal is { } parts)
        {
            consistent = total.Value == parts && (draft.StatedCount is null || draft.StatedCount == draft.Agreements.Count);
        }
        else if (draft.StatedCount is { } count && draft.Agreements.Count > 0)
        {
            consistent = count == draft.Agreements.Count;
        }

        return new LoanPackage
        {
            Id = draft.Id,
            Lender = draft.Lender?.Name,
            LenderId = draft.Lender?.Id,
            Borrower = draft.Borrower?.Name,
            BorrowerId = draft.Borrower?.Id,
            Total = draft.Total?.Value,
            StatedCount = draft.StatedCount,
            AgreementIds = ListMapping.Map(draft.Agreements, a => a.Id),
            PartsTotal = partsTotal,
            IsConsistent = consistent,
            Span = draft.Span,
            Confidence = Round(0.5 + (draft.Total is null ? 0 : 0.25) + (consistent == true ? 0.25 : 0)),
            NeedsReview = consistent != true || draft.Checks.Count > 0,
            Evidence = [.. draft.Evidence],
        };
    }

    public static Commitment Commitment(CommitmentDraft draft) => new()
    {
        Id = draft.Id,
        Parties = ListMapping.Map(draft.Parties, p => p.Name),
        PartyIds = ListMapping.Map(draft.Parties, p => p.Id),
        Modality = draft.Modality,
        Action = draft.Action,
        Object = draft.Object,
        Deadline = draft.Deadline?.Mention,
        MeetingId = draft.Meeting?.Id,
        Span = draft.Span,
        Confidence = Round(0.5 + (draft.Parties.Count > 0 ? 0.3 : 0) + (draft.Meeting is null ? 0 : 0.2) - Penalty(draft)),
        NeedsReview = draft.Parties.Count == 0 || draft.Checks.Count > 0,
        Evidence = [.. draft.Evidence],
    };

    /// <summary>
    /// The sum of the agreements' amounts when every one has an amount in <paramref name="currency"/>, else null; the
    /// currencies are checked before anything is added, and the amounts are added in order.
    /// </summary>
    public static Money? PartsTotal(List<LoanDraft> agreements, CurrencyCode currency)
    {
        if (agreements.Count == 0)
        {
            return null;
        }

        foreach (var agreement in agreements)
        {
            if (agreement.Amount is not { } amount || amount.Value.Currency != currency)
            {
                return null;
            }
        }

        var sum = 0m;
        foreach (var agreement in agreements)
        {
            sum += agreement.Amount!.Value.Amount;
        }

        return new Money(sum, currency);
    }

    private static double Penalty(Draft draft) => Math.Min(0.3, 0.15 * draft.Checks.Count);

    private static double Round(double value) => Math.Clamp(Math.Round(value, 2), 0, 1);
}
