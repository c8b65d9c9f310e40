using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>The evidence and rules a draft collects as its fields are filled.</summary>
internal abstract class Draft : IPooled
{
    public List<Evidence> Evidence { get; } = [];

    public List<string> Checks { get; } = [];

    public TextSpan Span { get; set; }

    /// <summary>Index of the first sentence the draft was read from.</summary>
    public int Sentence { get; set; }

    public void Note(string field, TextSpan span, string rule)
    {
        if (SpanOf(field) is null)
        {
            Evidence.Add(new Evidence(field, span, rule));
        }
    }

    /// <summary>The span noted for a field, or null when the field has none yet.</summary>
    public TextSpan? SpanOf(string field)
    {
        foreach (var existing in Evidence)
        {
            if (existing.Field == field)
            {
                return existing.Span;
            }
        }

        return null;
    }

    public virtual void Reset()
    {
        Evidence.Clear();
        Checks.Clear();
        Span = default;
        Sentence = 0;
    }
}

/// <summary>A meeting being collected from one or more sentences.</summary>
internal sealed class MeetingDraft : Draft
{
    public MeetingKind Kind { get; set; }

    public string? Name { get; set; }

    public string? Level { get; set; }

    public int? Round { get; set; }

    public MeetingStatus Status { get; set; }

    public List<INamedEntity> Parties { get; } = [];

    public List<PersonEntity> Participants { get; } = [];

    public PlaceEntity? Location { get; set; }

    public DateValue? Date { get; set; }

    public List<string> Topics { get; } = [];

    public List<DelegationDraft> Delegations { get; } = [];

    public List<CommitmentDraft> Commitments { get; } = [];

    /// <summary>The sentences that report or refer to the meeting, in order: "the two sides" means the one mentioned last.</summary>
    public List<int> Mentions { get; } = [];

    public string Id { get; set; } = "";

    /// <summary>The last sentence at or before <paramref name="sentence"/> that mentions the meeting, or -1.</summary>
    public int LastMentionAtOrBefore(int sentence)
    {
        for (var m = Mentions.Count - 1; m >= 0; m--)
        {
            if (Mentions[m] <= sentence)
            {
                return Mentions[m];
            }
        }

        return Sentence <= sentence ? Sentence : -1;
    }

    public override void Reset()
    {
        base.Reset();
        Kind = default;
        Name = null;
        Level = null;
        Round = null;
        Status = default;
        Parties.Clear();
        Participants.Clear();
        Location = null;
        Date = null;
        Topics.Clear();
        Mentions.Clear();
        Delegations.Clear();
        Commitments.Clear();
        Id = "";
    }
}

/// <summary>A delegation: a side and its head.</summary>
internal sealed class DelegationDraft : Draft
{
    public INamedEntity? Side { get; set; }

    public PersonEntity? Head { get; set; }

    public List<PersonEntity> Members { get; } = [];

    public MeetingDraft? Meeting { get; set; }

    public string Id { get; set; } = "";

    public override void Reset()
    {
        base.Reset();
        Side = null;
        Head = null;
        Members.Clear();
        Meeting = null;
        Id = "";
    }
}

/// <summary>A loan agreement being collected.</summary>
internal sealed class LoanDraft : Draft
{
    public INamedEntity? Lender { get; set; }

    public INamedEntity? Borrower { get; set; }

    public MoneyValue? Amount { get; set; }

    public string? Name { get; set; }

    public LoanInstrument Instrument { get; set; }

    public string? Purpose { get; set; }

    public DateValue? Signed { get; set; }

    public DateValue? Approved { get; set; }

    public List<PersonEntity> Signatories { get; } = [];

    public PlaceEntity? Place { get; set; }

    public LoanStatus Status { get; set; }

    public PackageDraft? Package { get; set; }

    public string Id { get; set; } = "";

    public override void Reset()
    {
        base.Reset();
        Lender = null;
        Borrower = null;
        Amount = null;
        Name = null;
        Instrument = default;
        Purpose = null;
        Signed = null;
        Approved = null;
        Signatories.Clear();
        Place = null;
        Status = default;
        Package = null;
        Id = "";
    }
}

/// <summary>A stated total over several loan agreements.</summary>
internal sealed class PackageDraft : Draft
{
    public INamedEntity? Lender { get; set; }

    public INamedEntity? Borrower { get; set; }

    public MoneyValue? Total { get; set; }

    public int? StatedCount { get; set; }

    public List<LoanDraft> Agreements { get; } = [];

    /// <summary>When the package's agreements were signed, if its sentence says.</summary>
    public DateValue? SignedDate { get; set; }

    /// <summary>Who signed the package's agreements, when that is said before the agreements are (<c>The agreements were signed by …</c>).</summary>
    public List<(PersonEntity Person, TextSpan Span)> Signatories { get; } = [];

    /// <summary>When the package's agreements were approved, if its sentence says.</summary>
    public DateValue? ApprovedDate { get; set; }

    /// <summary>Whether the package's sentence reports the signing.</summary>
    public bool IsSigned { get; set; }

    public string Id { get; set; } = "";

    public DateValue? Signed() => SignedDate;

    public override void Reset()
    {
        base.Reset();
        Lender = null;
        Borrower = null;
        Total = null;
        StatedCount = null;
        Agreements.Clear();
        SignedDate = null;
        Signatories.Clear();
        ApprovedDate = null;
        IsSigned = false;
        Id = "";
    }
}

/// <summary>A commitment: who, how firmly, what.</summary>
internal sealed class CommitmentDraft : Draft
{
    public List<INamedEntity> Parties { get; } = [];

    public CommitmentModality Modality { get; set; }

    public string Action { get; set; } = "";

    public string? Object { get; set; }

    public DateValue? Deadline { get; set; }

    public MeetingDraft? Meeting { get; set; }

    public string Id { get; set; } = "";

    public override void Reset()
    {
        base.Reset();
        Parties.Clear();
        Modality = default;
        Action = "";
        Object = null;
        Deadline = null;
        Meeting = null;
        Id = "";
    }
}

/// <summary>Every draft of one article.</summary>
internal sealed class RecordDrafts
{
    public List<MeetingDraft> Meetings { get; } = [];

    public List<DelegationDraft> Delegations { get; } = [];

    public List<LoanDraft> Loans { get; } = [];

    public List<PackageDraft> Packages { get; } = [];

    public List<CommitmentDraft> Commitments { get; } = [];

    public void Clear()
    {
        Meetings.Clear();
        Delegations.Clear();
        Loans.Clear();
        Packages.Clear();
        Commitments.Clear();
    }
}
