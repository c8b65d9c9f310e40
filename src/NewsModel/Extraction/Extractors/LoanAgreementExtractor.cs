using System.Globalization;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;

namespace NewsModel.Extraction.Extractors;

/// <summary>
/// Builds loan agreements and the packages that group them from sentences about financing: who lends what to whom,
/// the programme or project, the instrument, approval and signing dates (kept apart), the signatories, and whether a
/// stated total over several agreements adds up.
/// </summary>
/// <remarks>
/// <para>
/// An amount counts only in a sentence about financing (<c>loan</c>, <c>credit</c>, <c>grant</c>, <c>facility</c>,
/// <c>financing</c>). <c>N agreements totaling $X</c> makes a package with its stated count; the amounts of the
/// agreements after it join it. A later sentence with the same amount adds to the same agreement
/// (<c>the bank approved the $X loan on Dec. 12</c>), and <c>signed by …</c> names the signatories of the agreements
/// just reported.
/// </para>
/// <para>
/// A cumulative figure (<c>to date</c>, <c>since 1966</c>, <c>has committed … totaling</c>) or a loan from an earlier
/// year is background, not a new agreement: it is kept with status <see cref="LoanStatus.Background"/>. A signing is not a
/// meeting, and its place is only where the text says so, never the dateline by default.
/// </para>
/// </remarks>
internal sealed class LoanAgreementExtractor : ExtractionRule
{
    public override int Order => 900;

    public override void Run(ExtractionContext context)
    {
        var drafts = context.Drafts;
        PackageDraft? package = null;
        var lastLoans = new List<LoanDraft>();
        var amounts = new List<Annotation>();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            if (!context.SentenceHas(s, WordClass.Signing | WordClass.Approval | WordClass.Financing | WordClass.ProjectHead))
            {
                continue;
            }

            var sentence = context.Sentences[s];
            context.AnnotationsIn(sentence.First, sentence.End, AnnotationKind.Money).CopyTo(amounts);

            var signing = context.SentenceHas(s, WordClass.Signing);
            var approval = context.SentenceHas(s, WordClass.Approval);
            if (amounts.Count == 0)
            {
                // "The agreements were signed by …", "The credits were approved on Nov. 20": about the agreements just reported.
                var targets = package is not null && s - package.Sentence <= 3 ? package.Agreements.Concat(lastLoans).Distinct().ToList() : lastLoans;
                if (signing && targets.Count > 0)
                {
                    ReadSignatories(context, sentence, targets, package);
                    ReadDate(context, sentence, targets, package, signed: true);
                }
                else if (approval && targets.Count > 0)
                {
                    ReadDate(context, sentence, targets, package, signed: false);
                }

                continue;
            }

            // A capitalised project head counts ("the $350 million Youth Skills Project"); "the roads project" does not.
            if (!context.SentenceHas(s, WordClass.Financing)
                && !(context.SentenceHas(s, WordClass.ProjectHead) && RecentFinancing(context, s, package, lastLoans)
                    && context.HasWord(sentence.First, sentence.End, "Project", "Program", "Programme", "Facility", "Initiative", "Scheme")))
            {
                continue;
            }

            var sentenceBackground = IsBackground(context, s, sentence);
            var newLoans = new List<LoanDraft>();
            foreach (var annotation in amounts)
            {
                var money = context.Money[annotation.Entity];

                // A rate, a conversion or an estimate range is not an agreement's amount.
                if (money.Period is not null || money.UpperBound is not null || IsEquivalent(context, annotation))
                {
                    continue;
                }

                var (clauseFirst, clauseEnd) = Clauses.Around(context, sentence, annotation.First);

                // The amount must be about financing: a loan, credit or grant word in its own clause, near it
                // ("revenue measures worth Rs50 billion" in a sentence that mentions the Fund is not a loan).
                if (!FinancingNear(context, clauseFirst, clauseEnd, annotation) && !(package is not null && s - package.Sentence <= 3 && NamedProjectNear(context, clauseFirst, clauseEnd)))
                {
                    continue;
                }

                var background = sentenceBackground || EarlierDateIn(context, clauseFirst, clauseEnd);
                if (!background && IsTotal(context, sentence, annotation, out var statedCount, out var countToken))
                {
                    package = new PackageDraft { Total = money, StatedCount = statedCount, Span = context.SentenceSpan(sentence), Sentence = s };
                    package.Note("total", money.Span, nameof(LoanAgreementExtractor) + ".Total");
                    if (countToken >= 0)
                    {
                        package.Note("statedCount", context.Span(countToken, countToken + 1), nameof(LoanAgreementExtractor) + ".Count");
                    }

                    ReadParties(context, sentence, clauseFirst, clauseEnd, package);
                    drafts.Packages.Add(package);
                    continue;
                }

                var loan = drafts.Loans.FirstOrDefault(l => l.Amount?.Value == money.Value && l.Status != LoanStatus.Background && !background);
                if (loan is null)
                {
                    loan = new LoanDraft { Amount = money, Span = context.SentenceSpan(sentence), Sentence = s, Status = background ? LoanStatus.Background : LoanStatus.Announced };
                    loan.Note("amount", money.Span, money.Rule);
                    drafts.Loans.Add(loan);
                    if (!background && package is not null && (package.StatedCount is null || package.Agreements.Count < package.StatedCount)
                        && s - package.Sentence <= 3 && (package.Total is null || money.Value.Currency != package.Total.Value.Currency || money.Value.Amount < package.Total.Value.Amount))
                    {
                        package.Agreements.Add(loan);
                        loan.Package = package;
                        loan.Lender ??= package.Lender;
                        loan.Borrower ??= package.Borrower;
                        loan.Signed ??= package.Signed();
                    }
                }

                ReadName(context, sentence, clauseFirst, clauseEnd, annotation, loan);
                ReadInstrument(context, clauseFirst, clauseEnd, loan);
                ReadParties(context, sentence, clauseFirst, clauseEnd, loan);
                newLoans.Add(loan);
            }

            if (newLoans.Count > 0)
            {
                lastLoans = newLoans;
            }

            if (signing || approval)
            {
                ReadDate(context, sentence, newLoans, package is not null && package.Sentence == s ? package : null, signed: signing && !approval);
                if (signing && approval)
                {
                    ReadDate(context, sentence, newLoans, null, signed: false);
                }
            }

            if (package is not null && package.Sentence == s && signing)
            {
                package.SignedDate ??= DateIn(context, sentence);
                if (package.SignedDate is { } packageDate)
                {
                    package.Note("signed", packageDate.Mention.Span, packageDate.Rule);
                }

                foreach (var loan in package.Agreements)
                {
                    loan.Signed ??= package.SignedDate;
                }
            }
        }

        Finish(context);
    }

    /// <summary>"SAR 300 million ($80 million)", "2.4 billion yuan (about $337 million)": a conversion, not another agreement.</summary>
    private static bool IsEquivalent(ExtractionContext context, Annotation amount)
    {
        var k = amount.First - 1;
        while (k >= 0 && context.Tokens[k].IsWord && context.Text(k) is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "or")
        {
            k--;
        }

        return k >= 1 && context.Tokens[k].IsPunctuation(context.Source, '(') && context.AnnotationAt(k - 1) is { Kind: AnnotationKind.Money } before && before.End == k;
    }

    /// <summary>Whether the last few sentences reported financing, so a named project's amount continues that story.</summary>
    private static bool RecentFinancing(ExtractionContext context, int sentence, PackageDraft? package, List<LoanDraft> lastLoans) =>
        (package is not null && sentence - package.Sentence <= 3) || lastLoans.Any(l => sentence - l.Sentence <= 3);

    private static bool IsBackground(ExtractionContext context, int index, Sentence sentence)
    {
        var tokens = context.Tokens;
        for (var k = sentence.First; k < sentence.End; k++)
        {
            var word = context.Text(k);
            if (word is "cumulative" or "portfolio" or "cumulatively" || (word is "date" && k > sentence.First && context.Text(k - 1) is "to")
                || (word is "far" && k > sentence.First && context.Text(k - 1) is "so")
                || (word is "since" && k + 1 < sentence.End && tokens[k + 1].Kind == TokenKind.Number)
                || (word is "has" or "have" && k + 1 < sentence.End && context.Text(k + 1) is "committed" or "provided" or "extended" or "lent" or "approved" or "disbursed" or "financed" or "invested"))
            {
                return true;
            }
        }

        // "will bring total IMF financing to $1.3 billion": a running total.
        if (context.SentenceHas(index, WordClass.Total) && context.SentenceHas(index, WordClass.Accumulate) && context.HasWord(sentence.First, sentence.End, "total"))
        {
            return true;
        }

        return false;
    }

    private static bool FinancingNear(ExtractionContext context, int first, int end, Annotation amount)
    {
        // "…Facility (RSF), giving the country access to about $1.3 billion": a clause that continues the one before
        // ("which", "giving", "allowing") still speaks of its financing.
        if (first > 1 && (context.Text(first) is "giving" or "allowing" or "unlocking" or "providing"
            || (context.Text(first) is "which" && context.HasWord(first, end, "access", "give", "gives", "provide", "provides", "unlock", "unlocks"))))
        {
            first = Math.Max(0, first - 12);
        }

        for (var k = Math.Max(first, amount.First - 12); k < Math.Min(end, amount.End + 8); k++)
        {
            if ((context.ClassOf(k) & WordClass.Financing) != 0 || ((context.ClassOf(k) & WordClass.ProjectHead) != 0 && context.Tokens[k].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedProjectNear(ExtractionContext context, int first, int end) =>
        context.HasWord(first, end, "Project", "Program", "Programme", "Facility", "Initiative", "Scheme");

    /// <summary>
    /// An earlier loan: "Last month, the bank approved a $120m loan", "approved in July", "In 2023, the bank approved …".
    /// News of a new agreement dates it within weeks of the article. Only the amount's own clause counts.
    /// </summary>
    private static bool EarlierDateIn(ExtractionContext context, int first, int end)
    {
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Date))
        {
            if (context.Dates[annotation.Entity].Mention is not { Value: { } value } mention || context.ReferenceDate is not { } reference)
            {
                continue;
            }

            var earlier = mention.Precision switch
            {
                DatePrecision.Year => value.Year < reference.Year,
                DatePrecision.Month => value < new DateOnly(reference.Year, reference.Month, 1),
                _ => value < reference.AddDays(-31),
            };
            if (earlier)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"two loan agreements totaling $730 million", "a package of $1 billion", "a combined $600 million".</summary>
    private static bool IsTotal(ExtractionContext context, Sentence sentence, Annotation amount, out int? statedCount, out int countToken)
    {
        statedCount = null;
        countToken = -1;
        // "totaling $X", "a total of $X", "a combined $X", "a package of $X" — the words right before the amount.
        var isTotal = false;
        for (var k = amount.First - 1; k >= sentence.First && k >= amount.First - 3; k--)
        {
            var word = context.Text(k);
            if (word is "totaling" or "totalling" or "totaled" or "totalled" or "combined" or "aggregate"
                || (word is "total" or "package" && k + 1 < amount.First && context.Text(k + 1) is "of"))
            {
                isTotal = true;
            }
        }

        // The stated count: a number word before "agreements", "loans", "credits" in the sentence.
        for (var k = sentence.First; k < sentence.End - 1; k++)
        {
            if (CountWord(context, k) is { } count)
            {
                var m = k + 1;
                while (m < sentence.End && m <= k + 3 && context.Tokens[m].IsWord && context.Text(m) is not ("agreements" or "loans" or "credits" or "deals" or "grants" or "accords"))
                {
                    m++;
                }

                if (m < sentence.End && context.Text(m) is "agreements" or "loans" or "credits" or "deals" or "grants" or "accords")
                {
                    statedCount = count;
                    countToken = k;

                    // "two loan agreements worth $500 million": the amount right after the count is their total.
                    isTotal |= amount.First > m && amount.First - m <= 3 && context.Text(amount.First - 1) is "worth" or "of" or "totaling" or "totalling";
                    break;
                }
            }
        }

        return isTotal;
    }

    private static int? CountWord(ExtractionContext context, int k) => context.Text(k) switch
    {
        "two" or "2" or "Two" => 2,
        "three" or "3" or "Three" => 3,
        "four" or "4" or "Four" => 4,
        "five" or "5" or "Five" => 5,
        "six" or "6" => 6,
        _ => null,
    };

    /// <summary>The lender (a development bank, fund or agency; else a lending country) and the borrower (a country).</summary>
    private static void ReadParties(ExtractionContext context, Sentence sentence, int first, int end, Draft draft)
    {
        var lender = LenderIn(context, first, end) ?? LenderIn(context, sentence.First, sentence.End) ?? ArticleLender(context);
        var borrower = BorrowerIn(context, first, end, lender) ?? BorrowerIn(context, sentence.First, sentence.End, lender) ?? ArticleBorrower(context, lender);
        switch (draft)
        {
            case LoanDraft loan:
                if (loan.Lender is null && lender is not null)
                {
                    loan.Lender = lender.Value.Entity;
                    loan.Note("lender", lender.Value.Span, lender.Value.Rule);
                }

                if (loan.Borrower is null && borrower is not null)
                {
                    loan.Borrower = borrower.Value.Entity;
                    loan.Note("borrower", borrower.Value.Span, borrower.Value.Rule);
                }

                break;
            case PackageDraft package:
                if (lender is not null)
                {
                    package.Lender = lender.Value.Entity;
                    package.Note("lender", lender.Value.Span, lender.Value.Rule);
                }

                if (borrower is not null)
                {
                    package.Borrower = borrower.Value.Entity;
                    package.Note("borrower", borrower.Value.Span, borrower.Value.Rule);
                }

                break;
        }
    }

    private static (INamedEntity Entity, TextSpan Span, string Rule)? LenderIn(ExtractionContext context, int first, int end)
    {
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Organization))
        {
            var organization = context.Organizations[annotation.Entity];
            if (IsLender(organization))
            {
                return (organization, Span(context, annotation), nameof(LoanAgreementExtractor) + ".Lender");
            }
        }

        // A lending country: "a loan from China", "Japan will extend", "a Saudi loan".
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            var k = annotation.First;
            var before = k > first ? context.Text(k - 1) : default;
            var after = annotation.End < end ? context.Text(annotation.End) : default;
            if (before is "from" || after is "will" or "extended" or "provided" or "pledged" or "granted" or "announced" or "offered" or "committed" or "gave" or "approved"
                || (annotation.IsAdjective && after is "loan" or "loans" or "grant" or "credit"))
            {
                if (Parties.CountryOf(context, context.Places[annotation.Entity]) is { } country)
                {
                    return (country, Span(context, annotation), nameof(LoanAgreementExtractor) + ".LendingCountry");
                }
            }
        }

        return null;
    }

    private static bool IsLender(OrganizationEntity organization) =>
        organization.Kind is OrganizationKind.DevelopmentBank or OrganizationKind.Fund or OrganizationKind.MonetaryFund or OrganizationKind.ExportCreditAgency
            or OrganizationKind.BilateralAgency or OrganizationKind.RegionalBody;

    private static (INamedEntity Entity, TextSpan Span, string Rule)? ArticleLender(ExtractionContext context)
    {
        var best = context.Organizations.Where(IsLender).OrderByDescending(o => o.Mentions.Count).FirstOrDefault();
        return best is null ? null : (best, best.FirstSpan, nameof(LoanAgreementExtractor) + ".ArticleLender");
    }

    private static (INamedEntity Entity, TextSpan Span, string Rule)? BorrowerIn(ExtractionContext context, int first, int end, (INamedEntity Entity, TextSpan, string)? lender)
    {
        var lenderCountry = lender?.Entity is OrganizationEntity { CountryCode: { } code } ? code : (lender?.Entity as PlaceEntity)?.CountryCode;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            if (Parties.CountryOf(context, context.Places[annotation.Entity]) is { } country && country != lender?.Entity && country.CountryCode != lenderCountry)
            {
                return (country, Span(context, annotation), nameof(LoanAgreementExtractor) + ".Borrower");
            }
        }

        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Organization))
        {
            if (Parties.OfOrganization(context, context.Organizations[annotation.Entity]) is PlaceEntity country && country.CountryCode != lenderCountry)
            {
                return (country, Span(context, annotation), nameof(LoanAgreementExtractor) + ".BorrowerMinistry");
            }
        }

        return null;
    }

    private static (INamedEntity Entity, TextSpan Span, string Rule)? ArticleBorrower(ExtractionContext context, (INamedEntity Entity, TextSpan, string)? lender)
    {
        var lenderCountry = lender?.Entity is OrganizationEntity { CountryCode: { } code } ? code : (lender?.Entity as PlaceEntity)?.CountryCode;
        var best = context.Places.Where(p => p.Kind == PlaceKind.Country && p.CountryCode != lenderCountry && p != lender?.Entity && p.Mentions.Count > 0)
            .OrderByDescending(p => p.Mentions.Count).FirstOrDefault();
        return best is null ? null : (best, best.FirstSpan, nameof(LoanAgreementExtractor) + ".ArticleBorrower");
    }

    /// <summary>"the SOE Transformation Program worth $400 million", "worth $330 million, is for a Power Transmission Strengthening Project".</summary>
    private static void ReadName(ExtractionContext context, Sentence sentence, int first, int end, Annotation amount, LoanDraft loan)
    {
        if (loan.Name is not null)
        {
            return;
        }

        (int Start, int End)? best = null;
        var tokens = context.Tokens;
        for (var k = first; k < end; k++)
        {
            if (!tokens[k].IsWord || context.Text(k) is not ("Program" or "Programme" or "Project" or "Facility" or "Initiative" or "Scheme" or "Plan" or "Corridor" or "Line" or "Operation"))
            {
                continue;
            }

            var start = k;
            while (start - 1 >= first && (tokens[start - 1].IsCapitalized || tokens[start - 1].IsAllCaps || tokens[start - 1].Kind == TokenKind.Number
                || (context.Text(start - 1) is "and" or "of" or "for" && start - 2 >= first && tokens[start - 2].IsCapitalized)) && !IsEntityOtherThanName(context, start - 1))
            {
                start--;
            }

            var stop = k + 1;
            while (stop < end && (tokens[stop].Kind == TokenKind.Number || (tokens[stop].IsCapitalized && !context.IsCovered(stop))) && stop - k <= 3)
            {
                stop++;
            }

            if (stop - start >= 2 && (best is null || Math.Abs(start - amount.First) < Math.Abs(best.Value.Start - amount.First)))
            {
                best = (start, stop);
            }
        }

        if (best is { } name)
        {
            loan.Name = context.TextOf(name.Start, name.End);
            loan.Note("name", context.Span(name.Start, name.End), nameof(LoanAgreementExtractor) + ".Name");
        }
    }

    private static bool IsEntityOtherThanName(ExtractionContext context, int k)
    {
        return context.AnnotationAt(k) is { Kind: AnnotationKind.Person or AnnotationKind.Date or AnnotationKind.Money };
    }

    private static void ReadInstrument(ExtractionContext context, int first, int end, LoanDraft loan)
    {
        for (var k = first; k < end; k++)
        {
            var instrument = context.Text(k) switch
            {
                "loan" or "loans" or "Loan" => LoanInstrument.Loan,
                "policy-based" => LoanInstrument.PolicyBasedLoan,
                "results-based" => LoanInstrument.ResultsBasedLoan,
                "grant" or "grants" or "Grant" => LoanInstrument.Grant,
                "credit" or "credits" or "Credit" when !(k + 1 < end && context.Text(k + 1) is "line") => LoanInstrument.Credit,
                "guarantee" or "guarantees" => LoanInstrument.Guarantee,
                "facility" or "Facility" => LoanInstrument.Facility,
                _ => (LoanInstrument?)null,
            };
            // The first instrument named wins ("loans, grants and technical assistance" are loans), except that
            // policy-based and results-based always refine a plain loan.
            var seen = loan.Evidence.Any(e => e.Field == "instrument");
            if (instrument is { } found && (!seen || found is LoanInstrument.PolicyBasedLoan or LoanInstrument.ResultsBasedLoan))
            {
                loan.Instrument = found;
                loan.Note("instrument", context.Span(k, k + 1), nameof(LoanAgreementExtractor) + ".Instrument");
            }
        }
    }

    private static void ReadSignatories(ExtractionContext context, Sentence sentence, List<LoanDraft> loans, PackageDraft? package)
    {
        var by = -1;
        for (var k = sentence.First; k < sentence.End - 1; k++)
        {
            if (context.Text(k) is "signed" or "inked" && context.Text(k + 1) is "by")
            {
                by = k + 2;
            }
        }

        var signers = by < 0
            ? context.AnnotationsIn(sentence.First, sentence.End, AnnotationKind.Person)
            : context.AnnotationsIn(by, sentence.End, AnnotationKind.Person);
        var targets = package is not null && package.Agreements.Count > 0 ? package.Agreements : loans;
        foreach (var annotation in signers)
        {
            var person = context.People[annotation.Entity];
            foreach (var loan in targets)
            {
                if (!loan.Signatories.Contains(person))
                {
                    loan.Signatories.Add(person);
                    loan.Note("signatories", Span(context, annotation), nameof(LoanAgreementExtractor) + ".SignedBy");
                    loan.Status = LoanStatus.Signed;
                }
            }
        }
    }

    private static void ReadDate(ExtractionContext context, Sentence sentence, List<LoanDraft> loans, PackageDraft? package, bool signed)
    {
        if (DateIn(context, sentence) is not { } date)
        {
            return;
        }

        var targets = loans.Count > 0 ? loans : package?.Agreements ?? [];
        foreach (var loan in targets)
        {
            if (loan.Status == LoanStatus.Background)
            {
                continue;
            }

            if (signed && loan.Signed is null)
            {
                loan.Signed = date;
                loan.Note("signed", date.Mention.Span, date.Rule);
            }
            else if (!signed && loan.Approved is null)
            {
                loan.Approved = date;
                loan.Note("approved", date.Mention.Span, date.Rule);
            }
        }
    }

    private static DateValue? DateIn(ExtractionContext context, Sentence sentence)
    {
        foreach (var annotation in context.AnnotationsIn(sentence.First, sentence.End, AnnotationKind.Date))
        {
            var date = context.Dates[annotation.Entity];
            if (date.Mention.Precision is DatePrecision.Day or DatePrecision.Month)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Statuses and checks, once every sentence has been read.</summary>
    private static void Finish(ExtractionContext context)
    {
        foreach (var loan in context.Drafts.Loans)
        {
            if (loan.Status != LoanStatus.Background)
            {
                loan.Status = loan.Signed is not null || loan.Signatories.Count > 0 || loan.Package?.SignedDate is not null ? LoanStatus.Signed
                    : loan.Approved is not null ? LoanStatus.Approved
                    : loan.Status;
            }

            if (loan.Lender is null || loan.Borrower is null)
            {
                loan.Checks.Add(DiagnosticCodes.LoanPartyMissing);
                context.Report(DiagnosticCodes.LoanPartyMissing, DiagnosticSeverity.Warning, DiagnosticMessages.LoanPartyMissing, loan.Amount?.Span ?? loan.Span);
            }

            if (loan.Signed?.Mention.Value is { } signed && context.ReferenceDate is { } reference && signed > reference)
            {
                loan.Checks.Add(DiagnosticCodes.EventAfterArticle);
                context.Report(DiagnosticCodes.EventAfterArticle, DiagnosticSeverity.Warning, DiagnosticMessages.EventAfterArticle, loan.Signed.Mention.Span);
            }
        }

        foreach (var package in context.Drafts.Packages)
        {
            var amounts = package.Agreements.Select(a => a.Amount?.Value).ToList();
            if (package.Total is { } total && amounts.Count > 0 && amounts.All(a => a?.Currency == total.Value.Currency))
            {
                var sum = amounts.Sum(a => a!.Value.Amount);
                if (sum != total.Value.Amount)
                {
                    package.Checks.Add(DiagnosticCodes.PartsDoNotSum);
                    context.Report(DiagnosticCodes.PartsDoNotSum, DiagnosticSeverity.Warning,
                        string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.PartsDoNotSum, new Money(sum, total.Value.Currency), total.Value), total.Span);
                }
            }

            if (package.StatedCount is { } count && count != package.Agreements.Count)
            {
                package.Checks.Add(DiagnosticCodes.StatedCountDiffers);
                context.Report(DiagnosticCodes.StatedCountDiffers, DiagnosticSeverity.Warning,
                    string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.StatedCountDiffers, count, package.Agreements.Count), package.Span);
            }
        }
    }

    private static TextSpan Span(ExtractionContext context, Annotation annotation) =>
        context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length);
}
