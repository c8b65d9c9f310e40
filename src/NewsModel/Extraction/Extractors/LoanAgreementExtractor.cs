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
    // Working lists, kept per thread with their capacity: the rule itself holds no state between articles.
    [ThreadStatic]
    private static Scratch? s_scratch;

    // The IMF's unit of account, in which its arrangements are made.
    private static readonly CurrencyCode s_specialDrawingRight = new("XDR");

    public override int Order => 900;

    public override void Run(ExtractionContext context)
    {
        var drafts = context.Drafts;
        PackageDraft? package = null;
        var scratch = s_scratch ??= new Scratch();
        scratch.Clear();
        var amounts = scratch.Amounts;

        // The agreements of the last sentence that read any, and a list to read the next sentence's into.
        var lastLoans = scratch.Last;
        var spare = scratch.Spare;
        for (var s = 0; s < context.BodySentences; s++)
        {
            var sentence = context.Sentences[s];
            var approvalsSubject = ApprovalsSubject(context, sentence);
            var specialDrawingRights = HasSpecialDrawingRights(context, sentence);
            if (!context.SentenceHas(s, WordClass.Signing | WordClass.Approval | WordClass.Financing | WordClass.ProjectHead) && !approvalsSubject && !specialDrawingRights)
            {
                continue;
            }

            // A conversion ("about $1.1 billion", "equivalent to 810 million dirhams") restates an amount; it is no agreement.
            // An amount in SDR is the IMF's own ("a $400 million disbursement, equivalent to SDR 300 million"): the dollars
            // restate it, and the agreement read in dollars takes it at the end.
            amounts.Clear();
            foreach (var annotation in context.AnnotationsIn(sentence.First, sentence.End, AnnotationKind.Money))
            {
                if (!IsEquivalent(context, annotation) || context.Money[annotation.Entity].Value.Currency == s_specialDrawingRight)
                {
                    amounts.Add(annotation);
                }
            }

            var signing = ReportsSigning(context, sentence.First, sentence.End);
            var approval = (context.SentenceHas(s, WordClass.Approval) && !IsFuture(context, sentence.First, sentence.End, WordClass.Approval)) || approvalsSubject;
            if (amounts.Count == 0)
            {
                // Without a signing or an approval there is nothing to say of earlier agreements: only the lender
                // lookup that finding the targets starts with is kept, for it may note a lending country's place.
                if (!signing && !approval)
                {
                    _ = LenderIn(context, sentence.First, sentence.End);
                    continue;
                }

                // "The agreements were signed by …", "The credits were approved on Nov. 20": about the agreements just reported.
                var targets = Targets(context, sentence, s, package, lastLoans);
                if (signing && package is not null && PackageOpen(package, s) && package.Agreements.Count == 0)
                {
                    // Said of the package before its agreements are: they inherit it as they come.
                    package.IsSigned = true;
                    ReadPackageSignatories(context, sentence, package);
                    package.SignedDate ??= DateIn(context, sentence);
                }
                else if (signing && targets.Count > 0)
                {
                    ReadSignatories(context, sentence.First, sentence.End, targets);
                    ReadDate(context, sentence, targets, package, signed: true);
                    MarkSigned(targets);
                }
                else if (approval && package is not null && PackageOpen(package, s) && package.Agreements.Count == 0 && !ReadSince(lastLoans, package.Sentence))
                {
                    // "… backing for two loans totalling $X. The approvals were given by the bank's directors on Monday.
                    // Rural roads get …": the package's parts, read next, inherit the date.
                    package.ApprovedDate ??= DateIn(context, sentence);
                }
                else if (approval && targets.Count > 0)
                {
                    ReadDate(context, sentence, targets, package, signed: false);
                }

                if ((signing || approval) && targets.Count == 1)
                {
                    ReadName(context, sentence.First, sentence.End, sentence.First, targets[0]);
                }

                continue;
            }

            // A capitalised project head counts ("the $350 million Youth Skills Project"); "the roads project" does not.
            var open = package is not null && PackageOpen(package, s);
            if (!context.SentenceHas(s, WordClass.Financing) && !open && !specialDrawingRights
                && !(context.SentenceHas(s, WordClass.ProjectHead) && RecentFinancing(s, package, lastLoans)
                    && context.HasWord(sentence.First, sentence.End, "Project", "Program", "Programme", "Facility", "Initiative", "Scheme"))
                && !(context.SentenceHas(s, WordClass.Approval | WordClass.Signing) && LenderIn(context, sentence.First, sentence.End) is { Entity: OrganizationEntity }))
            {
                continue;
            }

            var sentenceBackground = IsBackground(context, s, sentence);
            var runningTotal = RunningTotalStart(context, s, sentence);
            var newLoans = spare;
            newLoans.Clear();
            var ownVerb = scratch.OwnVerb;
            ownVerb.Clear();
            foreach (var annotation in amounts)
            {
                var money = context.Money[annotation.Entity];

                // A rate or an estimate range is not an agreement's amount, nor is a proposal ("a proposed $250 million
                // credit line … still under discussion").
                if (money.Period is not null || money.UpperBound is not null || IsProposal(context, sentence, annotation)
                    || context.HasWord(Math.Max(sentence.First, annotation.First - 5), annotation.First, "commercial"))
                {
                    continue;
                }

                var (clauseFirst, clauseEnd) = Clauses.Around(context, sentence, annotation.First);
                open = package is not null && PackageOpen(package, s);

                // The amount must be about financing: a loan, credit or grant word in its own clause, near it
                // ("revenue measures worth Rs50 billion" in a sentence that mentions the Fund is not a loan), a lender
                // approving or signing it ("the AIIB has cleared $250m"), or a part of the package being reported
                // ("The Maldives secured $120 million …").
                var part = open && package!.Total is { } total && money.Value.Currency == total.Value.Currency && money.Value.Amount < total.Value.Amount;

                if (!FinancingNear(context, clauseFirst, clauseEnd, annotation) && !LenderActsOn(context, clauseFirst, clauseEnd, annotation)
                    && !IsDrawnSpecialDrawingRights(context, sentence, annotation)
                    && !(open && NamedProjectNear(context, clauseFirst, clauseEnd)) && !part)
                {
                    continue;
                }

                var background = sentenceBackground || annotation.First > runningTotal || EarlierDateIn(context, clauseFirst, clauseEnd) || IsExisting(context, clauseFirst, annotation)
                    || IsEnvelope(context, annotation);
                if (!background && IsTotal(context, sentence, annotation, out var statedCount, out var countToken))
                {
                    package = context.NewPackageDraft();
                    package.Total = money;
                    package.StatedCount = statedCount;
                    package.Span = context.SentenceSpan(sentence);
                    package.Sentence = s;
                    package.Note("total", money.Span, nameof(LoanAgreementExtractor) + ".Total");
                    if (countToken >= 0)
                    {
                        package.Note("statedCount", context.Span(countToken, countToken + 1), nameof(LoanAgreementExtractor) + ".Count");
                    }

                    ReadParties(context, sentence, clauseFirst, clauseEnd, package, null);
                    if (signing)
                    {
                        package.IsSigned = true;
                        ReadPackageSignatories(context, sentence, package);
                    }
                    else if (approval)
                    {
                        package.ApprovedDate = DateIn(context, sentence);
                    }

                    // "… a loan of $32.6 million and a grant of $8.4 million … The two financing instruments, totalling
                    // $41 million, were approved …": the agreements just read are the package's parts.
                    if (lastLoans.Count == statedCount && AllJustRead(lastLoans, s, money.Value.Currency))
                    {
                        foreach (var earlier in lastLoans)
                        {
                            Join(package, earlier);
                        }
                    }

                    drafts.Packages.Add(package);
                    continue;
                }

                var loan = background ? null : SameAmount(drafts.Loans, money.Value);
                if (loan is null)
                {
                    loan = context.NewLoanDraft();
                    loan.Amount = money;
                    loan.Span = context.SentenceSpan(sentence);
                    loan.Sentence = s;
                    loan.Status = background ? LoanStatus.Background : LoanStatus.Announced;
                    loan.Note("amount", money.Span, money.Rule);
                    drafts.Loans.Add(loan);
                    if (!background && package is not null && (package.StatedCount is null || package.Agreements.Count < package.StatedCount)
                        && PackageOpen(package, s) && (package.Total is null || money.Value.Currency != package.Total.Value.Currency || money.Value.Amount < package.Total.Value.Amount))
                    {
                        Join(package, loan);
                    }
                }

                ReadName(context, clauseFirst, clauseEnd, annotation.First, loan);
                ReadInstrument(context, clauseFirst, clauseEnd, annotation, loan);
                ReadPossessiveBorrower(context, sentence, clauseFirst, clauseEnd, annotation, loan);
                ReadParties(context, sentence, clauseFirst, clauseEnd, loan, loan.Package);
                if (!background && ReportsSigning(context, clauseFirst, clauseEnd))
                {
                    // "… $100 million …, under an agreement signed by Tajik First Deputy Minister of Finance …".
                    ReadSignatories(context, clauseFirst, clauseEnd, [loan]);
                    MarkSigned([loan]);
                }

                newLoans.Add(loan);

                // "… the OPEC Fund, which signed a $40 million loan with Malawi on Tuesday, and the Kuwait Fund, which will
                // give a $15 million grant": the signing and its date are the first relative clause's alone.
                if (IsRelativeClause(context, clauseFirst) && !ReportsSigning(context, clauseFirst, clauseEnd)
                    && !(context.RangeHas(clauseFirst, clauseEnd, WordClass.Approval) && !IsFuture(context, clauseFirst, clauseEnd, WordClass.Approval)))
                {
                    ownVerb.Add(loan);
                }
            }

            if (newLoans.Count > 0)
            {
                spare = lastLoans;
                lastLoans = newLoans;
            }

            var dated = newLoans;
            if (ownVerb.Count > 0)
            {
                dated = scratch.Dated;
                dated.Clear();
                foreach (var loan in newLoans)
                {
                    if (!ownVerb.Contains(loan))
                    {
                        dated.Add(loan);
                    }
                }
            }

            if ((signing || approval) && (dated.Count > 0 || newLoans.Count == 0))
            {
                ReadDate(context, sentence, dated, package is not null && package.Sentence == s ? package : null, signed: signing && !approval);
                if (signing && approval)
                {
                    ReadDate(context, sentence, dated, null, signed: false);
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
        scratch.Clear();
    }

    /// <summary>Whether the agreements just read are all from the last two sentences, in no package, not background, and in <paramref name="currency"/>.</summary>
    private static bool AllJustRead(List<LoanDraft> loans, int sentence, CurrencyCode currency)
    {
        foreach (var loan in loans)
        {
            if (!(sentence - loan.Sentence <= 2 && loan.Package is null && loan.Status != LoanStatus.Background && loan.Amount?.Value.Currency == currency))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first agreement read with the same amount that is not background.</summary>
    private static LoanDraft? SameAmount(List<LoanDraft> loans, Money amount)
    {
        foreach (var loan in loans)
        {
            if (loan.Amount is { } own && own.Value == amount && loan.Status != LoanStatus.Background)
            {
                return loan;
            }
        }

        return null;
    }

    /// <summary>
    /// A package stays open for its parts for three sentences, and while fewer agreements than it states have been
    /// read, for eight ("four development loan agreements …", then one sentence per borrower).
    /// </summary>
    private static bool PackageOpen(PackageDraft package, int sentence) =>
        sentence - package.Sentence <= 3 || (package.StatedCount is { } count && package.Agreements.Count < count && sentence - package.Sentence <= 8);

    /// <summary>A part joins its package, and takes the lender, borrower, signing date and signatories said of it.</summary>
    private static void Join(PackageDraft package, LoanDraft loan)
    {
        package.Agreements.Add(loan);
        loan.Package = package;
        loan.Signed ??= package.Signed();
        if (loan.Approved is null && package.ApprovedDate is { } approved)
        {
            loan.Approved = approved;
            loan.Note("approved", approved.Mention.Span, approved.Rule);
        }

        InheritSignatories(package, loan);
    }

    private static void InheritSignatories(PackageDraft package, LoanDraft loan)
    {
        foreach (var (person, span) in package.Signatories)
        {
            if (!loan.Signatories.Contains(person))
            {
                loan.Signatories.Add(person);
                loan.Note("signatories", span, nameof(LoanAgreementExtractor) + ".SignedBy");
            }
        }

        if (package.IsSigned)
        {
            loan.Status = LoanStatus.Signed;
        }
    }

    /// <summary>
    /// The agreements a sentence without an amount speaks of: those of the lender it names ("The AIIB's board approved
    /// its loan …"), else the package's and the last ones read. "The loan" among several is the one whose sentence
    /// shares most words with this one.
    /// </summary>
    private static List<LoanDraft> Targets(ExtractionContext context, Sentence sentence, int index, PackageDraft? package, List<LoanDraft> lastLoans)
    {
        var targets = lastLoans;
        if (package is not null && PackageOpen(package, index))
        {
            // The package's agreements, then the last ones read, each once.
            targets = new List<LoanDraft>(package.Agreements.Count + lastLoans.Count);
            AddDistinct(targets, package.Agreements);
            AddDistinct(targets, lastLoans);
        }

        if (LenderIn(context, sentence.First, sentence.End) is { Entity: OrganizationEntity lender })
        {
            List<LoanDraft>? own = null;
            foreach (var loan in context.Drafts.Loans)
            {
                if (loan.Lender == lender && loan.Status != LoanStatus.Background)
                {
                    (own ??= []).Add(loan);
                }
            }

            if (own is not null)
            {
                targets = own;
            }
        }

        var singular = context.HasWord(sentence.First, sentence.End, "loan", "credit", "grant", "facility", "agreement", "operation")
            && !context.HasWord(sentence.First, sentence.End, "loans", "credits", "grants", "agreements", "operations", "both", "two", "three", "four", "facilities");
        if (singular && targets.Count > 1)
        {
            // The most shared words, then the earliest sentence, then the first listed.
            var best = targets[0];
            var bestShared = SharedWords(context, context.Sentences[best.Sentence], sentence);
            for (var i = 1; i < targets.Count; i++)
            {
                var shared = SharedWords(context, context.Sentences[targets[i].Sentence], sentence);
                if (shared > bestShared || (shared == bestShared && targets[i].Sentence < best.Sentence))
                {
                    best = targets[i];
                    bestShared = shared;
                }
            }

            targets = [best];
        }

        return targets;
    }

    private static void AddDistinct(List<LoanDraft> list, List<LoanDraft> items)
    {
        foreach (var item in items)
        {
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }
    }

    /// <summary>How many capitalised or longer words two sentences share ("Punjab", "healthcare").</summary>
    private static int SharedWords(ExtractionContext context, Sentence a, Sentence b)
    {
        var shared = 0;
        for (var i = a.First; i < a.End; i++)
        {
            if (!context.Tokens[i].IsWord || (context.Text(i).Length < 5 && !context.Tokens[i].IsCapitalized) || context.Text(i) is "The" or "loan" or "approved" or "signed")
            {
                continue;
            }

            for (var j = b.First; j < b.End; j++)
            {
                if (context.Text(j).Equals(context.Text(i), StringComparison.OrdinalIgnoreCase))
                {
                    shared++;
                    break;
                }
            }
        }

        return shared;
    }

    /// <summary>Whether a range reports a signing that happened: "signed", "inked", "the signing of", not "is expected to be signed" or "will sign".</summary>
    private static bool ReportsSigning(ExtractionContext context, int first, int end) =>
        context.RangeHas(first, end, WordClass.Signing) && !IsFuture(context, first, end, WordClass.Signing);

    /// <summary>Whether every cue word of <paramref name="cue"/> in the range is future or intended ("to be signed", "will sign", "is expected to approve").</summary>
    private static bool IsFuture(ExtractionContext context, int first, int end, WordClass cue)
    {
        for (var k = first; k < end; k++)
        {
            if ((context.ClassOf(k) & cue) == 0)
            {
                continue;
            }

            var before = k > first ? context.Text(k - 1) : default;
            var before2 = k - 1 > first ? context.Text(k - 2) : default;
            if (!(before is "to" or "will" or "would" or "shall" or "may" or "could" or "must"
                || (before is "be" && before2 is "to" or "will" or "would" or "shall" or "may" or "could")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks agreements whose signing is reported as signed, even where no date or signatory is given.</summary>
    private static void MarkSigned(List<LoanDraft> loans)
    {
        foreach (var loan in loans)
        {
            if (loan.Status != LoanStatus.Background)
            {
                loan.Status = LoanStatus.Signed;
            }
        }
    }

    /// <summary>"the AIIB has cleared $250m", "the bank approved a $120m loan": a lender approving, signing or extending the amount.</summary>
    private static bool LenderActsOn(ExtractionContext context, int first, int end, Annotation amount)
    {
        var k = amount.First - 1;
        while (k > first && context.Text(k) is "a" or "an" or "another" or "additional" or "fresh" or "new" or "further" or "up" or "to")
        {
            k--;
        }

        return k >= first && context.Text(k) is "approved" or "cleared" or "extended" or "provided" or "disbursed" or "signed" or "committed" or "sanctioned"
            && LenderIn(context, first, end) is { Entity: OrganizationEntity };
    }

    /// <summary>
    /// A conversion, not another agreement: "SAR 300 million ($80 million)", "165 billion yen, about $1.1 billion or
    /// Tk 13,200 crore", "The loan, equivalent to about Rs 112 billion", "SDR 151.3 million (US$200 million equivalent)".
    /// </summary>
    private static bool IsEquivalent(ExtractionContext context, Annotation amount)
    {
        var tokens = context.Tokens;
        var k = amount.First - 1;
        var hedged = false;
        while (k >= 0 && tokens[k].IsWord && context.Text(k) is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "or" or "almost" or "approx")
        {
            hedged = true;
            k--;
        }

        if (k >= 1 && context.Text(k) is "to" or "of" && context.Text(k - 1) is "equivalent" or "equal" or "equals" or "amounting")
        {
            return true;
        }

        if (amount.End < tokens.Count && context.Text(amount.End) is "equivalent" && k >= 0 && tokens[k].IsPunctuation(context.Source, '('))
        {
            return true;
        }

        if (k >= 1 && (tokens[k].IsPunctuation(context.Source, '(') || (hedged && tokens[k].IsPunctuation(context.Source, ','))))
        {
            // "a US$ 12 million grant (Tk 146 crore)": the instrument word may stand between the two.
            return MoneyEndsAt(context, k) || (k >= 2 && tokens[k].IsPunctuation(context.Source, '(') && (context.ClassOf(k - 1) & WordClass.Financing) != 0 && MoneyEndsAt(context, k - 1));
        }

        // "The package, worth about FJ$110 million, …": the financing already reported, restated in another currency.
        if (hedged && k >= 3 && context.Text(k) is "worth" && tokens[k - 1].IsPunctuation(context.Source, ',')
            && context.Text(k - 2) is "package" or "loan" or "loans" or "agreement" or "agreements" or "financing" or "facility" or "deal" or "credit"
            && context.Text(k - 3) is "The" or "the" or "This" or "this")
        {
            var currency = context.Money[amount.Entity].Value.Currency;
            foreach (var earlier in context.AnnotationsIn(0, k, AnnotationKind.Money))
            {
                if (context.Money[earlier.Entity].Value.Currency != currency)
                {
                    return true;
                }
            }
        }

        // "165 billion yen or $1.1 billion": two currencies joined by "or".
        return hedged && k >= 0 && context.Text(k + 1) is "or" && MoneyEndsAt(context, k + 1);
    }

    /// <summary>
    /// "pledged €1.2 billion in fresh grants and concessional loans for the coming two years", "$2.1 billion in
    /// investment, loans and grants": an envelope over many instruments, kept as background, not one agreement.
    /// </summary>
    private static bool IsEnvelope(ExtractionContext context, Annotation amount)
    {
        var tokens = context.Tokens;
        if (amount.End >= tokens.Count || context.Text(amount.End) is not "in")
        {
            return false;
        }

        var plurals = 0;
        var joined = false;
        for (var k = amount.End + 1; k < tokens.Count && k <= amount.End + 7 && !tokens[k].IsPunctuation(context.Source, '.'); k++)
        {
            plurals += context.Text(k) is "grants" or "loans" or "credits" or "investment" or "investments" or "aid" ? 1 : 0;
            joined |= context.Text(k) is "and";
        }

        return plurals >= 2 && joined;
    }

    private static bool MoneyEndsAt(ExtractionContext context, int end) =>
        context.AnnotationAt(end - 1) is { Kind: AnnotationKind.Money } before && before.End == end;

    /// <summary>Whether the last few sentences reported financing, so a named project's amount continues that story.</summary>
    private static bool RecentFinancing(int sentence, PackageDraft? package, List<LoanDraft> lastLoans) =>
        (package is not null && sentence - package.Sentence <= 3) || ReadSince(lastLoans, sentence - 3);

    private static bool ReadSince(List<LoanDraft> loans, int sentence)
    {
        foreach (var loan in loans)
        {
            if (loan.Sentence >= sentence)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBackground(ExtractionContext context, int index, Sentence sentence)
    {
        var tokens = context.Tokens;

        // Each test below starts at one of the BackgroundCue words: a sentence or a token without one is skipped.
        for (var k = context.SentenceHas(index, WordClass.BackgroundCue) ? sentence.First : sentence.End; k < sentence.End; k++)
        {
            if ((context.ClassOf(k) & WordClass.BackgroundCue) == 0)
            {
                continue;
            }

            var word = context.Text(k);
            // "AIIB's total financing to India has reached USD11.8 billion": a running record.
            if (word is "total" && k + 1 < sentence.End && context.Text(k + 1) is "financing" or "lending" or "support" or "assistance" or "commitments" or "investment" or "investments"
                && context.HasWord(sentence.First, sentence.End, "reached", "stands", "stood", "reaching", "exceeds", "exceeded"))
            {
                return true;
            }

            if (word is "cumulative" or "portfolio" or "cumulatively" || (word is "date" && k > sentence.First && context.Text(k - 1) is "to" or "To")
                || (word is "far" && k > sentence.First && context.Text(k - 1) is "so" or "So")
                || (word is "since" && k + 1 < sentence.End && tokens[k + 1].Kind == TokenKind.Number))
            {
                return true;
            }

            // "has committed more than $12 billion …", "has extended 28 loans to Jordan": a running record; "has
            // approved a $250 million loan" is news.
            if (word is "has" or "have" or "having" && k + 2 < sentence.End && context.Text(k + 1) is "committed" or "provided" or "extended" or "lent" or "approved" or "disbursed" or "financed" or "invested"
                && (context.Text(k + 2) is "more" or "over" or "nearly" or "almost" or "about" or "around" or "some" || tokens[k + 2].Kind == TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "will bring total IMF financing to $1.3 billion": the amounts after "total" in a sentence that accumulates are a
    /// running total; "The payout of SDR 190 million brings total financing under the facility to about $780 million" still
    /// reports the payout before it. The token of "total", or the sentence's end when there is none.
    /// </summary>
    private static int RunningTotalStart(ExtractionContext context, int index, Sentence sentence)
    {
        if (!context.SentenceHas(index, WordClass.Total) || !context.SentenceHas(index, WordClass.Accumulate))
        {
            return sentence.End;
        }

        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (context.Text(k) is "total")
            {
                return k;
            }
        }

        return sentence.End;
    }

    /// <summary>"completed the first review of Pakistan’s $7 billion Extended Fund Facility": a programme already running.</summary>
    /// <summary>"taking fresh multilateral financing … to over $1.2bn": a running total.</summary>
    private static bool IsExisting(ExtractionContext context, int first, Annotation amount)
    {
        var k = amount.First - 1;
        while (k > first && context.Text(k) is "over" or "more" or "than" or "nearly" or "about" or "around" or "almost" or "some")
        {
            k--;
        }

        if (k > first && context.Text(k) is "to" && context.RangeHas(first, k, WordClass.Accumulate))
        {
            return true;
        }

        for (k = amount.First - 1; k >= first && k >= amount.First - 4; k--)
        {
            if (context.Text(k) is "review" or "reviews" or "existing" or "ongoing" or "current" or "under")
            {
                return true;
            }
        }

        // "the second review of Zambia's $1.3 billion loan programme": an owner between the review and the amount.
        for (k = amount.First - 5; k >= first && k >= amount.First - 6; k--)
        {
            if (context.Text(k) is "review" or "reviews" && context.Text(k + 1) is "of"
                && HasPossessive(context, k + 2, amount.First))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPossessive(ExtractionContext context, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Possessive)
            {
                return true;
            }
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

        // "signed three agreements — two loans and a grant — with the ADB for a combined US$ 387 million": an aside
        // between dashes does not end the clause it interrupts.
        if (first > 0 && context.Tokens[first - 1].IsPunctuation(context.Source, '—') && amount.First - first <= 12)
        {
            for (var k = Math.Max(0, first - 12); k < first; k++)
            {
                if ((context.ClassOf(k) & WordClass.Financing) != 0)
                {
                    return true;
                }
            }
        }

        for (var k = Math.Max(first, amount.First - 12); k < Math.Min(end, amount.End + 10); k++)
        {
            // "N120 billion as counterpart funding": the borrower's own share, not a loan.
            if (((context.ClassOf(k) & WordClass.Financing) != 0 && !(k > 0 && context.Text(k - 1) is "counterpart"))
                || ((context.ClassOf(k) & WordClass.ProjectHead) != 0 && context.Tokens[k].IsCapitalized))
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
            // "damaged in last year’s earthquake": a date that qualifies a noun does not date the financing.
            if (context.Dates[annotation.Entity].Mention is not { Value: { } value } mention || context.ReferenceDate is not { } reference
                || (annotation.End < context.Tokens.Count && context.Tokens[annotation.End].Kind == TokenKind.Possessive))
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

    /// <summary>"two loan agreements totaling $520 million", "a package of $1 billion", "a combined $600 million".</summary>
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
            if (NumberWords.Count(context.Text(k)) is { } count)
            {
                var m = k + 1;
                while (m < sentence.End && m <= k + 3 && context.Tokens[m].IsWord && !IsCountNoun(context.Text(m)))
                {
                    m++;
                }

                if (m < sentence.End && IsCountNoun(context.Text(m)))
                {
                    // "approved $1.2 billion for Kenya under two operations": the count follows its total.
                    // "cleared $800 million (about Rs 224 billion) for Pakistan under three operations": past a conversion.
                    var after = AfterParenthesis(context, sentence, amount.End);
                    if (m > after && k - after <= 6 && !context.RangeHas(after, k, WordClass.Financing))
                    {
                        isTotal = true;
                    }

                    statedCount = count;
                    countToken = k;

                    // "two loan agreements worth $500 million": the amount right after the count is their total.
                    // "three loan agreements with Bangladesh worth 165 billion yen" too, but not "The first of the two
                    // agreements pertains to the Rural Roads Program worth $250 million": a part.
                    var near = amount.First - m <= 3
                        || (amount.First - m <= 8 && !context.RangeHas(m, amount.First, WordClass.ProjectHead) && !(k > sentence.First && context.Text(k - 1) is "the" or "of"));
                    // "three financing agreements with the bank worth roughly $500 million": a hedge between the two.
                    var before = amount.First - 1;
                    while (before > m && context.Text(before) is "about" or "around" or "some" or "nearly" or "roughly" or "approximately" or "almost" or "over")
                    {
                        before--;
                    }

                    isTotal |= amount.First > m && near && context.Text(before) is "worth" or "of" or "totaling" or "totalling" or "valued";
                    break;
                }
            }
        }

        return isTotal;
    }

    /// <summary>The token after a parenthesis of a few words that opens at <paramref name="at"/>, or <paramref name="at"/>.</summary>
    private static int AfterParenthesis(ExtractionContext context, Sentence sentence, int at)
    {
        if (at >= sentence.End || !context.Tokens[at].IsPunctuation(context.Source, '('))
        {
            return at;
        }

        for (var close = at + 1; close < sentence.End && close <= at + 6; close++)
        {
            if (context.Tokens[close].IsPunctuation(context.Source, ')'))
            {
                return close + 1;
            }
        }

        return at;
    }

    private static bool IsCountNoun(ReadOnlySpan<char> word) =>
        word is "agreements" or "loans" or "credits" or "deals" or "grants" or "accords" or "operations" or "instruments" or "facilities";

    /// <summary>The lender (a development bank, fund or agency; else a lending country) and the borrower (a country).</summary>
    private static void ReadParties(ExtractionContext context, Sentence sentence, int first, int end, Draft draft, PackageDraft? package)
    {
        // The lender a relative clause hangs from, the clause, the sentence, the package the agreement belongs to, then the article.
        var lender = RelativeLender(context, sentence, first) ?? LenderIn(context, first, end) ?? LenderIn(context, sentence.First, sentence.End) ?? PackageParty(package, "lender") ?? ArticleLender(context);
        if (lender is null && CountriesSigning(context, first, end) is { } pair)
        {
            lender = (pair.Lender, pair.Span, nameof(LoanAgreementExtractor) + ".CountriesSigning");
        }

        var borrower = BorrowerIn(context, first, end, lender) ?? BorrowerIn(context, sentence.First, sentence.End, lender) ?? PackageParty(package, "borrower")
            ?? (package is not null && package.Borrower is null && package.Lender is not null ? null : ArticleBorrower(context, lender));
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
            case PackageDraft packageDraft:
                if (lender is not null)
                {
                    packageDraft.Lender = lender.Value.Entity;
                    packageDraft.Note("lender", lender.Value.Span, lender.Value.Rule);
                }

                // "… with Tajikistan, Senegal, the Maldives and the Dominican Republic": no single borrower.
                if (borrower is not null && CountriesIn(context, first, end, lender?.Entity) < 2)
                {
                    packageDraft.Borrower = borrower.Value.Entity;
                    packageDraft.Note("borrower", borrower.Value.Span, borrower.Value.Rule);
                }

                break;
        }
    }

    /// <summary>
    /// "The approvals were given by the bank's directors on Monday": the approvals of the agreements just reported, as the
    /// sentence's subject; "Each side's internal approvals had been completed by Feb. 3" dates no approval of a lender.
    /// </summary>
    private static bool ApprovalsSubject(ExtractionContext context, Sentence sentence) =>
        sentence.Count > 2 && context.Text(sentence.First) is "The" or "Both" && context.Text(sentence.First + 1) is "approvals";

    /// <summary>Whether the sentence has an amount in SDR that the borrower draws or is given (<see cref="IsDrawnSpecialDrawingRights"/>).</summary>
    private static bool HasSpecialDrawingRights(ExtractionContext context, Sentence sentence)
    {
        foreach (var annotation in context.AnnotationsIn(sentence.First, sentence.End, AnnotationKind.Money))
        {
            if (IsDrawnSpecialDrawingRights(context, sentence, annotation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ghana could then draw SDR 270 million", "would provide an additional SDR 150 million": an amount in the IMF's unit
    /// that the borrower draws or is given is the IMF's financing, though no loan word stands near it; "repaid SDR 40
    /// million" is not.
    /// </summary>
    private static bool IsDrawnSpecialDrawingRights(ExtractionContext context, Sentence sentence, Annotation amount)
    {
        if (context.Money[amount.Entity].Value.Currency != s_specialDrawingRight)
        {
            return false;
        }

        var k = amount.First - 1;
        while (k > sentence.First && context.Text(k) is "an" or "additional" or "a" or "further" or "about" or "around" or "some" or "to")
        {
            k--;
        }

        return k >= sentence.First && context.Text(k) is "draw" or "drawing" or "receive" or "receiving" or "access" or "provide" or "providing" or "release"
            or "releasing" or "unlock" or "unlocking" or "disburse" or "disbursing";
    }

    /// <summary>
    /// "Chad's $180 million loan will fund power lines and Mali's $120 million grant water supply": the country that owns
    /// the amount borrows it, though another country comes first in the clause. Only where a lending institution is named
    /// and is not of that country, and no "to" or "for" names the borrower: "China's $2 billion loan to Laos" lends.
    /// </summary>
    private static void ReadPossessiveBorrower(ExtractionContext context, Sentence sentence, int clauseFirst, int clauseEnd, Annotation amount, LoanDraft loan)
    {
        for (var k = amount.End; k + 1 < clauseEnd; k++)
        {
            if (context.Text(k) is "to" or "for" && context.AnnotationAt(context.Text(k + 1) is "the" ? k + 2 : k + 1) is { Kind: AnnotationKind.Place })
            {
                return;
            }
        }

        var possessive = amount.First - 1;
        if (loan.Borrower is not null || possessive - 1 < clauseFirst || context.Tokens[possessive].Kind != TokenKind.Possessive
            || context.AnnotationAt(possessive - 1) is not { Kind: AnnotationKind.Place, IsAdjective: false } owner || owner.End != possessive
            || Parties.IsHeadquarters(context, owner) || Parties.CountryOf(context, context.Places[owner.Entity]) is not { } country
            || (loan.Package?.Lender ?? LenderIn(context, sentence.First, sentence.End)?.Entity) is not OrganizationEntity lender || lender.CountryCode == country.CountryCode)
        {
            return;
        }

        loan.Borrower = country;
        loan.Note("borrower", Span(context, owner), nameof(LoanAgreementExtractor) + ".PossessiveBorrower");
    }

    /// <summary>Whether a clause is a relative clause after a comma: ", which signed …", ", who approved …".</summary>
    private static bool IsRelativeClause(ExtractionContext context, int clauseFirst) =>
        clauseFirst > 0 && context.Text(clauseFirst) is "which" or "who" && context.Tokens[clauseFirst - 1].IsPunctuation(context.Source, ',');

    /// <summary>
    /// "… share the cost: the OPEC Fund for International Development (OFID), which signed a $40 million loan …, and the
    /// Kuwait Fund, which will give a $15 million grant": the lender a relative clause hangs from, though another lender
    /// follows in the same clause.
    /// </summary>
    private static (INamedEntity Entity, TextSpan Span, string Rule)? RelativeLender(ExtractionContext context, Sentence sentence, int clauseFirst)
    {
        if (!IsRelativeClause(context, clauseFirst) || clauseFirst - 2 < sentence.First)
        {
            return null;
        }

        // Past an acronym in parentheses: "the OPEC Fund for International Development (OFID), which …".
        var k = clauseFirst - 2;
        if (context.Tokens[k].IsPunctuation(context.Source, ')') && k - 2 >= sentence.First && context.Tokens[k - 2].IsPunctuation(context.Source, '('))
        {
            k -= 3;
        }

        return k >= sentence.First && context.AnnotationAt(k) is { Kind: AnnotationKind.Organization } annotation && annotation.End == k + 1
            && context.Organizations[annotation.Entity] is var organization && IsLender(organization)
            ? (organization, Span(context, annotation), nameof(LoanAgreementExtractor) + ".Relative")
            : null;
    }

    /// <summary>
    /// A proposal, not an agreement: "a proposed $250 million credit line", "A proposed port financing deal worth about
    /// 50 billion shillings" — the proposal word before the amount, or in the noun phrase that "worth" or "of" gives it to.
    /// </summary>
    private static bool IsProposal(ExtractionContext context, Sentence sentence, Annotation amount)
    {
        if (context.HasWord(Math.Max(sentence.First, amount.First - 2), amount.First, "proposed", "mooted", "possible", "potential"))
        {
            return true;
        }

        var k = amount.First - 1;
        while (k > sentence.First && context.Text(k) is "about" or "around" or "roughly" or "some" or "nearly" or "almost" or "approximately" or "over")
        {
            k--;
        }

        if (k <= sentence.First || context.Text(k) is not ("worth" or "valued" or "of"))
        {
            return false;
        }

        // Back to the phrase's article: "A proposed port financing deal".
        for (var m = k - 1; m >= sentence.First && m >= k - 6 && context.Tokens[m].IsWord; m--)
        {
            if (context.Text(m) is "proposed" or "mooted" or "possible" or "potential")
            {
                return true;
            }

            if (context.Text(m) is "a" or "an" or "the" or "A" or "An" or "The")
            {
                break;
            }
        }

        return false;
    }

    private static (INamedEntity Entity, TextSpan Span, string Rule)? LenderIn(ExtractionContext context, int first, int end)
    {
        // "… totalling US$700 million from the International Development Association": the source named by "from" first.
        (INamedEntity Entity, TextSpan Span, string Rule)? firstLender = null;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Organization))
        {
            var organization = context.Organizations[annotation.Entity];
            if (!IsLender(organization))
            {
                continue;
            }

            var k = annotation.First - 1;
            if (k > first && context.Text(k) is "the")
            {
                k--;
            }

            if (k >= first && context.Text(k) is "from")
            {
                return (organization, Span(context, annotation), nameof(LoanAgreementExtractor) + ".From");
            }

            firstLender ??= (organization, Span(context, annotation), nameof(LoanAgreementExtractor) + ".Lender");
        }

        if (firstLender is not null)
        {
            return firstLender;
        }

        // A lending country: "a loan from China", "Japan will extend", "a Saudi loan".
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            var k = annotation.First;
            var before = k > first ? context.Text(k - 1) : default;
            var after = annotation.End < end ? context.Text(annotation.End) : default;
            if (Parties.IsHeadquarters(context, annotation) || before is "to" or "for" or "with" or "in")
            {
                // "a $175 million loan to Senegal will finance …" borrows; "the Vienna-based fund" is an address.
                continue;
            }

            // "China will also provide a grant …": an adverb between the modal and the verb.
            var verbAt = annotation.End + 1 < end && context.Text(annotation.End + 1) is "also" or "further" or "additionally" ? annotation.End + 2 : annotation.End + 1;
            var afterNext = verbAt < end ? context.Text(verbAt) : default;
            if (before is "from" || (after is "will" or "would" && afterNext is "provide" or "extend" or "lend" or "give" or "grant" or "offer" or "finance" or "fund")
                || after is "extended" or "provided" or "pledged" or "granted" or "announced" or "offered" or "committed" or "gave" or "approved"
                || (annotation.IsAdjective && after is "loan" or "loans" or "grant" or "credit")
                || (after is "’s" or "'s" && context.RangeHas(annotation.End + 1, Math.Min(end, annotation.End + 4), WordClass.Financing)))
            {
                if (Parties.CountryOf(context, context.Places[annotation.Entity]) is { } country)
                {
                    return (country, Span(context, annotation), nameof(LoanAgreementExtractor) + ".LendingCountry");
                }
            }
        }

        // "Mr. Mehra announced a fresh line of credit": the country of the official who offers it.
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Person))
        {
            if (annotation.End < end && context.Text(annotation.End) is "announced" or "announces" or "extended" or "extends" or "offered" or "offers" or "pledged"
                && context.People[annotation.Entity].AffiliationPlace is { Kind: PlaceKind.Country } country)
            {
                return (country, Span(context, annotation), nameof(LoanAgreementExtractor) + ".OfficialsCountry");
            }
        }

        return null;
    }

    /// <summary>
    /// "Fiji and Australia yesterday signed two agreements", with no lending institution named anywhere: two countries
    /// sign, and the one the article reports from borrows from the other.
    /// </summary>
    private static (PlaceEntity Lender, TextSpan Span)? CountriesSigning(ExtractionContext context, int first, int end)
    {
        if (Parties.HomeCountry(context) is not { } home)
        {
            return null;
        }

        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            if (annotation.IsAdjective || annotation.End + 1 >= end || context.Text(annotation.End) is not "and"
                || Parties.CountryOf(context, context.Places[annotation.Entity]) is not { } one)
            {
                continue;
            }

            foreach (var next in context.AnnotationsIn(annotation.End + 1, annotation.End + 2, AnnotationKind.Place))
            {
                if (!next.IsAdjective && Parties.CountryOf(context, context.Places[next.Entity]) is { } other && other != one && (one == home || other == home))
                {
                    return (one == home ? other : one, Span(context, annotation));
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>A lender, or a regional body that funds (the European Union's grants).</summary>
    private static bool IsLender(OrganizationEntity organization) => organization.IsLender || organization.Kind == OrganizationKind.RegionalBody;

    private static (INamedEntity Entity, TextSpan Span, string Rule)? PackageParty(PackageDraft? package, string field)
    {
        var party = field == "lender" ? package?.Lender : package?.Borrower;
        return party is null ? null : (party, EvidenceFor(package!, field)?.Span ?? package!.Span, nameof(LoanAgreementExtractor) + ".Package");
    }

    /// <summary>The first evidence a draft noted for a field.</summary>
    private static Evidence? EvidenceFor(Draft draft, string field)
    {
        foreach (var evidence in draft.Evidence)
        {
            if (evidence.Field == field)
            {
                return evidence;
            }
        }

        return null;
    }

    private static int CountriesIn(ExtractionContext context, int first, int end, INamedEntity? lender)
    {
        var lenderCountry = lender is OrganizationEntity { CountryCode: { } code } ? code : (lender as PlaceEntity)?.CountryCode;
        // Distinct countries: their entity indices, in a list that stays on the stack for any likely clause.
        Span<int> seen = stackalloc int[16];
        var count = 0;
        HashSet<int>? more = null;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            if (!annotation.IsAdjective && context.Places[annotation.Entity].Kind == PlaceKind.Country && context.Places[annotation.Entity].CountryCode != lenderCountry
                && !seen[..Math.Min(count, seen.Length)].Contains(annotation.Entity) && !(more?.Contains(annotation.Entity) ?? false))
            {
                if (count < seen.Length)
                {
                    seen[count] = annotation.Entity;
                }
                else
                {
                    (more ??= []).Add(annotation.Entity);
                }

                count++;
            }
        }

        return count;
    }

    private static (INamedEntity Entity, TextSpan Span, string Rule)? ArticleLender(ExtractionContext context)
    {
        // The lender named most; the first of those named as often.
        OrganizationEntity? best = null;
        foreach (var organization in context.Organizations)
        {
            if (IsLender(organization) && (best is null || organization.Mentions.Count > best.Mentions.Count))
            {
                best = organization;
            }
        }

        return best is null ? null : (best, best.FirstSpan, nameof(LoanAgreementExtractor) + ".ArticleLender");
    }

    private static (INamedEntity Entity, TextSpan Span, string Rule)? BorrowerIn(ExtractionContext context, int first, int end, (INamedEntity Entity, TextSpan, string)? lender)
    {
        var lenderCountry = lender?.Entity is OrganizationEntity { CountryCode: { } code } ? code : (lender?.Entity as PlaceEntity)?.CountryCode;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Place))
        {
            // "governorates which host large numbers of Syrian refugees": people from a country do not borrow for it.
            if (annotation.IsAdjective && annotation.End < end && context.Text(annotation.End) is "refugees" or "nationals" or "migrants" or "workers" or "citizens"
                or "people" or "students" or "pilgrims" or "tourists" or "troops" or "soil" or "border" or "territory")
            {
                continue;
            }

            if (!Parties.IsHeadquarters(context, annotation) && Parties.CountryOf(context, context.Places[annotation.Entity]) is { } country
                && country != lender?.Entity && country.CountryCode != lenderCountry)
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
        PlaceEntity? best = null;
        foreach (var place in context.Places)
        {
            if (place.Kind == PlaceKind.Country && place.CountryCode != lenderCountry && place != lender?.Entity && place.Mentions.Count > 0
                && (best is null || place.Mentions.Count > best.Mentions.Count))
            {
                best = place;
            }
        }

        return best is null ? null : (best, best.FirstSpan, nameof(LoanAgreementExtractor) + ".ArticleBorrower");
    }

    /// <summary>
    /// "the Rural Roads Program worth $250 million", "worth $270 million, is for a Port Dredging
    /// Project": the capitalised programme or project nearest <paramref name="anchor"/>; "for the same project" takes
    /// the name of the last agreement that has one.
    /// </summary>
    private static void ReadName(ExtractionContext context, int first, int end, int anchor, LoanDraft loan)
    {
        if (loan.Name is not null)
        {
            return;
        }

        // "X will go to the A Project, Y to the B Project": each amount's name lies between it and its neighbours,
        // after it unless "worth" or "of" ties it to the name before ("the Rural Roads Program worth $250 million").
        if (context.AnnotationAt(anchor) is { Kind: AnnotationKind.Money } own)
        {
            var (before, after) = Segment(context, first, end, own);

            var namesBefore = own.First > first && context.Text(own.First - 1) is "worth" or "of" or "costing" or "at";
            _ = namesBefore
                ? ReadNameIn(context, before, own.First, anchor, loan) || ReadNameIn(context, own.End, after, anchor, loan)
                : ReadNameIn(context, own.End, after, anchor, loan) || ReadNameIn(context, before, own.First, anchor, loan);
            return;
        }

        ReadNameIn(context, first, end, anchor, loan);
    }

    private static bool ReadNameIn(ExtractionContext context, int first, int end, int anchor, LoanDraft loan)
    {
        (int Start, int End)? best = null;
        var tokens = context.Tokens;
        for (var k = first; k < end; k++)
        {
            // Both tests start at a NameHead word ("same", or a programme's head word).
            if ((context.ClassOf(k) & WordClass.NameHead) == 0)
            {
                continue;
            }

            if (context.Text(k) is "same" && k + 1 < end && context.Text(k + 1) is "project" or "programme" or "program" or "scheme"
                && LastNamed(context.Drafts.Loans, loan) is { } named)
            {
                loan.Name = named.Name;
                loan.Note("name", context.Span(k, k + 2), nameof(LoanAgreementExtractor) + ".SameProject");
                return true;
            }

            if (!tokens[k].IsWord || context.Text(k) is not ("Program" or "Programme" or "Project" or "Facility" or "Initiative" or "Scheme" or "Plan" or "Corridor" or "Operation"))
            {
                continue;
            }

            var start = k;

            // "Dhaka Mass Rapid Transit Line-2 (Phase 1) Project": a bracketed part inside the name.
            if (start - 1 > first && tokens[start - 1].IsPunctuation(context.Source, ')'))
            {
                var open = start - 2;
                while (open > first && start - open <= 6 && !tokens[open].IsPunctuation(context.Source, '('))
                {
                    open--;
                }

                if (tokens[open].IsPunctuation(context.Source, '(') && open - 1 >= first && tokens[open - 1].IsCapitalized)
                {
                    start = open;
                }
            }

            while (start - 1 >= first && (tokens[start - 1].IsCapitalized || tokens[start - 1].IsAllCaps || tokens[start - 1].Kind == TokenKind.Number
                || (context.Text(start - 1) is "and" or "of" or "for" && start - 2 >= first && tokens[start - 2].IsCapitalized)) && !IsEntityOtherThanName(context, start - 1))
            {
                start--;
            }

            // "… Project (K-IV Augmentation)": a bracketed part of the name.
            var stop = k + 1;
            if (stop + 2 < end && tokens[stop].IsPunctuation(context.Source, '(') && tokens[stop + 1].IsCapitalized)
            {
                var close = stop + 1;
                while (close < end && close - stop <= 5 && !tokens[close].IsPunctuation(context.Source, ')'))
                {
                    close++;
                }

                if (close < end && tokens[close].IsPunctuation(context.Source, ')') && close - stop > 2)
                {
                    stop = close + 1;
                }
            }

            while (stop < end && (tokens[stop].Kind == TokenKind.Number || (tokens[stop].IsCapitalized && !context.IsCovered(stop))) && stop - k <= 3)
            {
                stop++;
            }

            if (stop - start >= 2 && (best is null || Math.Abs(start - anchor) < Math.Abs(best.Value.Start - anchor)))
            {
                best = (start, stop);
            }
        }

        if (best is { } name)
        {
            loan.Name = context.TextOf(name.Start, name.End);
            loan.Note("name", context.Span(name.Start, name.End), nameof(LoanAgreementExtractor) + ".Name");
            return true;
        }

        return false;
    }

    /// <summary>The last agreement other than <paramref name="loan"/> that has a name.</summary>
    private static LoanDraft? LastNamed(List<LoanDraft> loans, LoanDraft loan)
    {
        for (var i = loans.Count - 1; i >= 0; i--)
        {
            if (loans[i].Name is not null && loans[i] != loan)
            {
                return loans[i];
            }
        }

        return null;
    }

    private static bool IsEntityOtherThanName(ExtractionContext context, int k)
    {
        return context.AnnotationAt(k) is { Kind: AnnotationKind.Person or AnnotationKind.Date or AnnotationKind.Money };
    }

    /// <summary>
    /// The instrument: the word right before the amount ("a loan of $32.6 million", "a grant worth …"), else the first
    /// after it before the next amount ("a $900 million IDA credit … and a $300 million grant"), else the first in the
    /// clause ("loans, grants and technical assistance" are loans). Policy-based and results-based refine a plain loan.
    /// </summary>
    private static void ReadInstrument(ExtractionContext context, int first, int end, Annotation amount, LoanDraft loan)
    {
        var (before, after) = Segment(context, first, end, amount);
        var chosen = -1;
        for (var k = amount.First - 1; k >= before && k >= amount.First - 3 && chosen < 0; k--)
        {
            chosen = InstrumentAt(context, k, end) is not null ? k : -1;
        }

        for (var k = amount.End; k < after && chosen < 0; k++)
        {
            chosen = InstrumentAt(context, k, end) is not null ? k : -1;
        }

        // Else the clause's word, but of a clause that lists several amounts only the words before the list: "…, and a
        // US$ 10 million grant to …" is the last part's instrument, not the first's.
        var shared = end;
        foreach (var money in context.AnnotationsIn(first, end, AnnotationKind.Money))
        {
            shared = before > first || after < end ? money.First : end;
            break;
        }

        for (var k = first; k < shared && chosen < 0; k++)
        {
            chosen = InstrumentAt(context, k, end) is not null ? k : -1;
        }

        if (chosen >= 0 && EvidenceFor(loan, "instrument") is null)
        {
            loan.Instrument = InstrumentAt(context, chosen, end)!.Value;
            loan.Note("instrument", context.Span(chosen, chosen + 1), nameof(LoanAgreementExtractor) + ".Instrument");
        }

        for (var k = Math.Max(first, amount.First - 6); k < Math.Min(end, amount.End + 6); k++)
        {
            if (InstrumentAt(context, k, end) is LoanInstrument.PolicyBasedLoan or LoanInstrument.ResultsBasedLoan && loan.Instrument is LoanInstrument.Loan)
            {
                loan.Instrument = InstrumentAt(context, k, end)!.Value;
                loan.Note("instrument", context.Span(k, k + 1), nameof(LoanAgreementExtractor) + ".Instrument");
            }
        }
    }

    private static LoanInstrument? InstrumentAt(ExtractionContext context, int k, int end) => (context.ClassOf(k) & WordClass.Instrument) == 0 ? null : context.Text(k) switch
    {
        "loan" or "loans" or "Loan" => LoanInstrument.Loan,
        "policy-based" => LoanInstrument.PolicyBasedLoan,
        "results-based" => LoanInstrument.ResultsBasedLoan,
        "grant" or "grants" or "Grant" => LoanInstrument.Grant,
        "credit" or "credits" or "Credit" when !(k + 1 < end && context.Text(k + 1) is "line") => LoanInstrument.Credit,
        "guarantee" or "guarantees" => LoanInstrument.Guarantee,
        "facility" or "Facility" => LoanInstrument.Facility,
        _ => null,
    };

    /// <summary>The words that belong to one amount: from the end of the amount before it to the start of the one after it.</summary>
    private static (int Before, int After) Segment(ExtractionContext context, int first, int end, Annotation own)
    {
        var before = first;
        var after = end;
        foreach (var other in context.AnnotationsIn(first, end, AnnotationKind.Money))
        {
            if (other.End <= own.First && !IsEquivalent(context, other))
            {
                before = other.End;
            }
            else if (other.First >= own.End && !IsEquivalent(context, other))
            {
                after = other.First;
                break;
            }
        }

        return (before, after);
    }

    /// <summary>
    /// The people who signed: those after "signed by", and those whose own clause says they signed ("Ana Ruiz signed for
    /// the lender", "X and Y inked the deals"). "Before the signing, A and B exchanged notes" names no signatory.
    /// </summary>
    private static void ReadSignatories(ExtractionContext context, int first, int end, List<LoanDraft> loans)
    {
        foreach (var (person, span) in Signers(context, first, end))
        {
            foreach (var loan in loans)
            {
                if (!loan.Signatories.Contains(person))
                {
                    loan.Signatories.Add(person);
                    loan.Note("signatories", span, nameof(LoanAgreementExtractor) + ".SignedBy");
                }
            }
        }
    }

    private static void ReadPackageSignatories(ExtractionContext context, Sentence sentence, PackageDraft package)
    {
        foreach (var signer in Signers(context, sentence.First, sentence.End))
        {
            if (!package.Signatories.Any(s => s.Person == signer.Person))
            {
                package.Signatories.Add(signer);
            }
        }

        foreach (var loan in package.Agreements)
        {
            InheritSignatories(package, loan);
        }
    }

    private static List<(PersonEntity Person, TextSpan Span)> Signers(ExtractionContext context, int first, int end)
    {
        var signers = new List<(PersonEntity, TextSpan)>();

        // "signed by …", "signed in Hanoi by …", "signed on behalf of the Fund by …": the agents run from the first "by"
        // after the verb to the end of its clause, but not into "in the presence of …" or "attended by …".
        int by = end, byEnd = end;
        for (var k = first; k < end - 1; k++)
        {
            if (context.Text(k) is not ("signed" or "inked" or "initialled" or "initialed"))
            {
                continue;
            }

            for (var m = k + 1; m < end && m <= k + 9; m++)
            {
                if (context.Text(m) is "by")
                {
                    by = m + 1;
                    var sentence = context.Sentences[context.SentenceOf(m)];
                    byEnd = Math.Min(end, Clauses.Around(context, sentence, m).End);
                    break;
                }

                if (Clauses.IsBoundary(context, m, end))
                {
                    break;
                }
            }

            break;
        }

        for (var k = by; k < byEnd - 1; k++)
        {
            if ((context.Text(k) is "presence" && context.Text(k + 1) is "of") || (context.Text(k) is "attended" or "witnessed" && context.Text(k + 1) is "by"))
            {
                byEnd = k;
                break;
            }
        }

        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Person))
        {
            var signed = annotation.First >= by && annotation.First < byEnd;
            if (!signed)
            {
                // The person's own clause has the signing verb after the name: "…, Abdoulaye Konaté-Diallo, signed for the lender".
                var sentence = context.Sentences[context.SentenceOf(annotation.First)];
                var (_, clauseEnd) = Clauses.Around(context, sentence, annotation.First);
                for (var k = annotation.End; k < Math.Min(clauseEnd, end); k++)
                {
                    if (context.Text(k) is "signed" or "inked" or "sign" or "initialled" or "initialed" && !(k + 1 < end && context.Text(k + 1) is "by"))
                    {
                        signed = true;
                        break;
                    }

                    // "X said the agreement signed on Monday …": another clause's verb.
                    if (context.Text(k) is "said" or "says" or "told" or "that")
                    {
                        break;
                    }
                }
            }

            if (signed)
            {
                signers.Add((context.People[annotation.Entity], Span(context, annotation)));
            }
        }

        return signers;
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
            // "since March" starts a period; it dates no signing or approval.
            var date = context.Dates[annotation.Entity];
            if (date.Mention.Precision is DatePrecision.Day or DatePrecision.Month && !date.Mention.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase)
                && !(annotation.First > 0 && context.Text(annotation.First - 1) is "since"))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Statuses and checks, once every sentence has been read.</summary>
    /// <summary>Whether a date's whole period ended more than half a year before the article's reference date.</summary>
    private static bool LongBefore(ExtractionContext context, DateValue? date)
    {
        if (date?.Mention.Value is not { } value || context.ReferenceDate is not { } reference)
        {
            return false;
        }

        var end = date.Mention.Precision switch
        {
            DatePrecision.Year => new DateOnly(value.Year, 12, 31),
            DatePrecision.Month => new DateOnly(value.Year, value.Month, 1).AddMonths(1).AddDays(-1),
            _ => value,
        };
        return end.AddDays(183) < reference;
    }

    private static void Finish(ExtractionContext context)
    {
        MergeSpecialDrawingRights(context.Drafts.Loans);
        foreach (var loan in context.Drafts.Loans)
        {
            if (loan.Status != LoanStatus.Background)
            {
                loan.Status = loan.Status == LoanStatus.Signed || loan.Signed is not null || loan.Signatories.Count > 0 || loan.Package?.SignedDate is not null ? LoanStatus.Signed
                    : loan.Approved is not null ? LoanStatus.Approved
                    : loan.Status;

                // "The IMF Executive Board approved the programme in May 2023", in a story of January 2026: the agreement
                // the story recalls, not news.
                if (LongBefore(context, loan.Signed ?? loan.Approved))
                {
                    loan.Status = LoanStatus.Background;
                }
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
            if (package.Total is { } total && RecordFactory.PartsTotal(package.Agreements, total.Value.Currency) is { } parts)
            {
                var sum = parts.Amount;
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

    /// <summary>
    /// "Ghana can expect about $370 million from the IMF … the country may draw SDR 270 million": an IMF arrangement
    /// told in dollars and in its own unit is one agreement, made in SDR. The two are one when lender and borrower agree
    /// and the dollars are the SDR at a rate the unit has kept to (1.2 to 1.6 dollars).
    /// </summary>
    private static void MergeSpecialDrawingRights(List<LoanDraft> loans)
    {
        for (var i = loans.Count - 1; i >= 0; i--)
        {
            var sdr = loans[i];
            if (sdr.Amount?.Value is not { } units || units.Currency != s_specialDrawingRight || sdr.Status == LoanStatus.Background || sdr.Package is not null
                || sdr.Lender is null || units.Amount <= 0)
            {
                continue;
            }

            foreach (var dollars in loans)
            {
                if (dollars == sdr || dollars.Amount?.Value is not { Currency.Value: "USD" } value || dollars.Status == LoanStatus.Background || dollars.Package is not null
                    || dollars.Lender != sdr.Lender || dollars.Borrower != sdr.Borrower || value.Amount / units.Amount is < 1.2m or > 1.6m)
                {
                    continue;
                }

                // The first of the two keeps its place and id; it takes the SDR amount and whatever else only the other said.
                var (kept, merged) = dollars.Sentence <= sdr.Sentence ? (dollars, sdr) : (sdr, dollars);
                kept.Amount = sdr.Amount;
                kept.Evidence.RemoveAll(e => e.Field == "amount");
                kept.Note("amount", sdr.Amount!.Span, sdr.Amount.Rule);
                kept.Name ??= merged.Name;
                kept.Approved ??= merged.Approved;
                kept.Signed ??= merged.Signed;
                if (!kept.Evidence.Exists(e => e.Field == "instrument"))
                {
                    kept.Instrument = merged.Instrument;
                }

                foreach (var person in merged.Signatories)
                {
                    if (!kept.Signatories.Contains(person))
                    {
                        kept.Signatories.Add(person);
                    }
                }

                kept.Status = kept.Status == LoanStatus.Announced ? merged.Status : kept.Status;
                foreach (var evidence in merged.Evidence)
                {
                    if (evidence.Field is "name" or "approved" or "signed" or "instrument" or "signatories")
                    {
                        kept.Note(evidence.Field, evidence.Span, evidence.Rule);
                    }
                }

                // Removing an earlier draft moves the kept one down: step past it, so it takes no second dollar amount.
                var removedAt = loans.IndexOf(merged);
                loans.RemoveAt(removedAt);
                if (removedAt < i)
                {
                    i--;
                }

                break;
            }
        }
    }

    private static TextSpan Span(ExtractionContext context, Annotation annotation) =>
        context.SpanOfChars(annotation.Start, annotation.Start + annotation.Length);

    private sealed class Scratch
    {
        public List<Annotation> Amounts { get; } = [];

        public List<LoanDraft> Last { get; } = [];

        public List<LoanDraft> Spare { get; } = [];

        /// <summary>The agreements of a sentence read in a relative clause of their own, which the sentence's date does not reach.</summary>
        public List<LoanDraft> OwnVerb { get; } = [];

        public List<LoanDraft> Dated { get; } = [];

        public void Clear()
        {
            Amounts.Clear();
            Last.Clear();
            Spare.Clear();
            OwnVerb.Clear();
            Dated.Clear();
        }
    }
}
