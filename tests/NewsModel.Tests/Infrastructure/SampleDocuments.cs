using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Tests.Infrastructure;

/// <summary>Documents built through the public API, with every record kind filled, to exercise the whole JSON contract.</summary>
internal static class SampleDocuments
{
    private static readonly TextSpan s_span = new(10, 5, 2, 3);
    private static readonly CurrencyCode s_usd = new("USD");

    public static NewsDocument Full()
    {
        var evidence = new Evidence("lender", s_span, "TestRule");
        var date = new DateMention { Value = new DateOnly(2025, 4, 1), Precision = DatePrecision.Month, Inferred = true, Text = "in April", Span = s_span, Reference = DateReference.Updated };
        var article = new Article
        {
            Id = "art-000000000001",
            Source = "sample.txt",
            Headline = "Lender signs “two” loans worth €1.5 billion",
            Published = new DateOnly(2025, 7, 6),
            Updated = new DateOnly(2025, 7, 7),
            Photo = new Photo { Caption = "Officials sign.", CaptionSpan = s_span, Credit = "Reuters", CreditSpan = s_span, Span = s_span },
            ShortUrl = true,
            Highlights = [new Highlight { Text = "• not a bullet here", Span = s_span }],
            Dateline = new Dateline { Text = "LAHORE / KARACHI", Places = ["LAHORE", "KARACHI"], Wire = "Reuters", Span = s_span },
            Paragraphs = [new Paragraph { Text = "Text ’ with ünïcode", Span = s_span, Kind = ParagraphKind.WireCredit }],
            Span = s_span,
            Diagnostics = [new Diagnostic(DiagnosticCodes.UnplacedLine, DiagnosticSeverity.Error, "message", s_span)],
            Evidence = [evidence],
            Meetings =
            [
                new Meeting
                {
                    Id = "mtg-1", Kind = MeetingKind.PhoneCall, Name = "Joint Commission", Level = "foreign minister", Round = 1,
                    Status = MeetingStatus.Planned, Parties = ["Kenya", "Japan"], PartyIds = ["plc-1", "plc-2"],
                    Participants = ["A B"], ParticipantIds = ["per-1"], Location = "Nairobi", LocationId = "plc-3", Date = date,
                    Topics = ["trade"], DelegationIds = ["del-1"], CommitmentIds = ["com-1"], Span = s_span, Confidence = 0.75,
                    NeedsReview = true, Evidence = [evidence],
                },
            ],
            LoanAgreements =
            [
                new LoanAgreement
                {
                    Id = "loan-1", Lender = "World Bank", LenderId = "org-1", Borrower = "Kenya", BorrowerId = "plc-1",
                    Amount = new Money(1500000000.0m, new CurrencyCode("EUR")), Name = "Roads Project", Instrument = LoanInstrument.ResultsBasedLoan,
                    Purpose = "to build roads", Signed = date, Approved = date with { Value = null, Inferred = false },
                    Signatories = [new Signatory { PersonId = "per-1", Name = "A B", Title = "Minister", Affiliation = "Kenya" }],
                    Place = "Nairobi", PlaceId = "plc-3", Status = LoanStatus.Signed, PackageId = "pkg-1", Span = s_span, Confidence = 1,
                },
            ],
            LoanPackages =
            [
                new LoanPackage
                {
                    Id = "pkg-1", Lender = "World Bank", Borrower = "Kenya", Total = new Money(2.50m, s_usd), StatedCount = 2,
                    AgreementIds = ["loan-1"], PartsTotal = new Money(2.5m, s_usd), IsConsistent = false, Span = s_span, Confidence = 0.5,
                },
            ],
            Delegations =
            [
                new Delegation { Id = "del-1", Side = "Kenya", SideId = "plc-1", Head = "A B", HeadId = "per-1", HeadTitle = "Minister", Members = ["C D"], MemberIds = ["per-2"], MeetingId = "mtg-1", Span = s_span },
            ],
            Commitments =
            [
                new Commitment
                {
                    Id = "com-1", Parties = ["Kenya"], PartyIds = ["plc-1"], Modality = CommitmentModality.Stressed, Action = "to meet again",
                    Object = "the Framework Agreement", Deadline = date with { Precision = DatePrecision.Week, Value = new DateOnly(2025, 7, 7) }, MeetingId = "mtg-1", Span = s_span,
                },
            ],
            People = [new Person { Id = "per-1", Name = "A B", Honorific = "Dr", Title = "Minister", Affiliation = "Kenya", AffiliationId = "plc-1", Mentions = [new Mention("Dr A B", s_span)], Span = s_span }],
            Organizations = [new Organization { Id = "org-1", Name = "World Bank", Acronym = "WB", Kind = OrganizationKind.DevelopmentBank, Parent = "World Bank Group", CountryCode = null, Mentions = [new Mention("World Bank", s_span)], Span = s_span }],
            Places = [new Place { Id = "plc-1", Name = "Kenya", Kind = PlaceKind.Country, CountryCode = "KE", Mentions = [new Mention("Kenyan", s_span)], Span = s_span }],
            Money = [new MoneyMention { Id = "mny-1", Value = new Money(2000000000m, s_usd), UpperBound = new Money(3e9m, s_usd), Approximation = MoneyApproximation.Range, Period = MoneyPeriod.Year, Text = "$2-3 billion annually", Span = s_span }],
            Quotes = [new Quote { Id = "quo-1", Text = "We agreed.", Speaker = "the ministry", SpeakerId = "org-1", Span = s_span }],
        };
        return new NewsDocument { Source = "sample.txt", Articles = [article], Diagnostics = [new Diagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning, "m", s_span)] };
    }
}
