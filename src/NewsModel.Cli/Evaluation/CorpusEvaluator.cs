using System.Globalization;
using System.Text;
using NewsModel.Domain;

namespace NewsModel.Cli.Evaluation;

/// <summary>
/// Scores extraction against a labelled corpus: every <c>*.txt</c> with a <c>*.gold.json</c> beside it. Records match on
/// key fields — parties and date for meetings; lender, borrower and amount for loans; side and head for delegations;
/// parties and action for commitments — one to one, greedily. Dates, money and people are also scored field by field.
/// </summary>
internal sealed class CorpusEvaluator(NewsPipeline pipeline)
{
    public Dictionary<string, Score> Records { get; } = new(StringComparer.Ordinal)
    {
        ["meetings"] = new(),
        ["loanAgreements"] = new(),
        ["delegations"] = new(),
        ["commitments"] = new(),
    };

    public Dictionary<string, FieldAccuracy> Fields { get; } = new(StringComparer.Ordinal)
    {
        ["dates"] = new(),
        ["money"] = new(),
        ["people.found"] = new(),
        ["people.title"] = new(),
        ["people.affiliation"] = new(),
    };

    public int Articles { get; private set; }

    public List<string> Misses { get; } = [];

    public void EvaluateDirectory(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var goldPath = Path.ChangeExtension(path, ".gold.json");
            if (File.Exists(goldPath))
            {
                Evaluate(Path.GetFileName(path), File.ReadAllBytes(path), GoldArticle.Load(goldPath));
            }
        }
    }

    public void Evaluate(string name, byte[] text, GoldArticle gold)
    {
        Articles++;
        var document = NewsParser.ParseUtf8(text, pipeline, name);
        var article = document.Articles.FirstOrDefault();
        if (article is null)
        {
            Misses.Add($"{name}: no article");
            return;
        }

        Match(name, "meetings", gold.Meetings, article.Meetings, (g, p) => SameSet(g.Parties, p.Parties) && SameDate(g.Date, p.Date), Describe, Describe);
        Match(name, "loanAgreements", gold.Loans, [.. article.LoanAgreements.Where(l => l.Status != LoanStatus.Background)],
            (g, p) => SameLender(article, g.Lender, p.Lender) && Same(g.Borrower, p.Borrower) && p.Amount is { } amount && g.Amount == amount.Amount && g.Currency == amount.Currency.Value,
            Describe, Describe);
        Match(name, "delegations", gold.Delegations, article.Delegations, (g, p) => Same(g.Side, p.Side) && SameName(g.Head, p.Head), Describe, Describe);
        Match(name, "commitments", gold.Commitments, article.Commitments, (g, p) => SameSet(g.Parties, p.Parties) && SameAction(g.Action, p.Action), Describe, Describe);
        ScoreFields(name, gold, article);
    }

    public string Report(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {Articles} articles");
        text.AppendLine("record           precision  recall     F1   (matched/spurious/missed)");
        foreach (var (name, score) in Records)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-16} {score.Precision,9:0.00} {score.Recall,7:0.00} {score.F1,6:0.00}   ({score.TruePositives}/{score.FalsePositives}/{score.FalseNegatives})");
        }

        text.AppendLine("field                accuracy   (correct/total)");
        foreach (var (name, field) in Fields)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-20} {field.Accuracy,8:0.00}   ({field.Correct}/{field.Total})");
        }

        return text.ToString();
    }

    private void Match<TGold, TPredicted>(string article, string type, IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted,
        Func<TGold, TPredicted, bool> same, Func<TGold, string> describeGold, Func<TPredicted, string> describePredicted)
    {
        var used = new bool[predicted.Count];
        var matched = 0;
        foreach (var g in gold)
        {
            var found = false;
            for (var p = 0; p < predicted.Count && !found; p++)
            {
                if (!used[p] && same(g, predicted[p]))
                {
                    used[p] = found = true;
                    matched++;
                }
            }

            if (!found)
            {
                Misses.Add($"{article}: missed {type} {describeGold(g)}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!used[p])
            {
                Misses.Add($"{article}: spurious {type} {describePredicted(predicted[p])}");
            }
        }

        Records[type].Add(matched, predicted.Count - matched, gold.Count - matched);
    }

    private void ScoreFields(string name, GoldArticle gold, Article article)
    {
        foreach (var date in gold.Dates)
        {
            var found = article.Dates.FirstOrDefault(d => Overlaps(d.Text, date.Text));
            var correct = found is not null && SameDate(date.Value, found);
            Count("dates", correct);
            if (!correct)
            {
                Misses.Add($"{name}: date '{date.Text}' = {date.Value}, got {(found is null ? "nothing" : found.IsoValue ?? "null")}");
            }
        }

        foreach (var money in gold.Money)
        {
            // A range carries both ends: "between $2 billion and $3 billion" holds $3 billion too.
            var correct = article.Money.Any(m => (m.Value.Amount == money.Amount || m.UpperBound?.Amount == money.Amount) && m.Value.Currency.Value == money.Currency);
            Count("money", correct);
            if (!correct)
            {
                Misses.Add($"{name}: money '{money.Text}' = {money.Amount} {money.Currency}, got {string.Join(", ", article.Money.Where(m => Overlaps(m.Text, money.Text)).Select(m => m.Value))}");
            }
        }

        foreach (var person in gold.People)
        {
            var found = article.People.FirstOrDefault(p => SameName(person.Name, p.Name));
            Count("people.found", found is not null);
            if (found is null)
            {
                Misses.Add($"{name}: missed person {person.Name}");
                continue;
            }

            var titleCorrect = person.Title is null ? found.Title is null : found.Title is not null && Overlaps(Normalize(found.Title), Normalize(person.Title));
            Count("people.title", titleCorrect);
            if (!titleCorrect)
            {
                Misses.Add($"{name}: title of {person.Name} = {person.Title ?? "none"}, got {found.Title ?? "none"}");
            }

            var affiliationCorrect = person.Affiliation is null || Same(person.Affiliation, found.Affiliation);
            Count("people.affiliation", affiliationCorrect);
            if (!affiliationCorrect)
            {
                Misses.Add($"{name}: affiliation of {person.Name} = {person.Affiliation}, got {found.Affiliation ?? "none"}");
            }
        }
    }

    private void Count(string field, bool correct)
    {
        Fields[field].Total++;
        Fields[field].Correct += correct ? 1 : 0;
    }

    private static bool Same(string? gold, string? predicted) =>
        gold is null ? predicted is null : predicted is not null && string.Equals(gold, predicted, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Lenders agree by name, or as members of one group the article names both of: an "IDA credit" is the World
    /// Bank's to a reader, as the gold format's own example counts it.
    /// </summary>
    private static bool SameLender(Article article, string? gold, string? predicted)
    {
        if (Same(gold, predicted))
        {
            return true;
        }

        var goldGroup = article.Organizations.FirstOrDefault(o => Same(gold, o.Name))?.Parent;
        var predictedGroup = article.Organizations.FirstOrDefault(o => Same(predicted, o.Name))?.Parent;
        return goldGroup is not null && Same(goldGroup, predictedGroup);
    }

    private static bool SameSet(IReadOnlyList<string> gold, IEnumerable<string> predicted) =>
        gold.Select(Normalize).ToHashSet().SetEquals(predicted.Select(Normalize));

    /// <summary>Dates agree at the gold's precision: a day within a gold month matches it.</summary>
    private static bool SameDate(string? gold, DateMention? predicted)
    {
        if (gold is null)
        {
            return predicted?.Value is null;
        }

        if (predicted?.Value is not { } value)
        {
            return false;
        }

        var formatted = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var coarser = predicted.Precision switch
        {
            DatePrecision.Year => 4,
            DatePrecision.Month => 7,
            _ => 10,
        };
        var length = Math.Min(gold.Length, coarser);
        return formatted.AsSpan(0, length).SequenceEqual(gold.AsSpan(0, length)) && (gold.Length <= coarser || predicted.Precision == DatePrecision.Week);
    }

    private static bool SameName(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        var g = Normalize(gold).Split(' ');
        var p = Normalize(predicted).Split(' ');
        return g.SequenceEqual(p) || (p.Length >= 2 && g.Length >= 2 && (Contains(g, p) || Contains(p, g)));
    }

    private static bool Contains(string[] longer, string[] shorter)
    {
        for (var i = 0; i + shorter.Length <= longer.Length; i++)
        {
            if (longer.AsSpan(i, shorter.Length).SequenceEqual(shorter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Actions match when most of the gold action's words are in the predicted one, starting alike.</summary>
    private static bool SameAction(string gold, string predicted)
    {
        var g = Normalize(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var p = Normalize(predicted).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (g.Length == 0)
        {
            return false;
        }

        var shared = g.Count(p.Contains);
        return shared >= Math.Ceiling(g.Length * 0.6);
    }

    private static bool Overlaps(string a, string b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static string Describe(GoldMeeting m) => $"[{string.Join(", ", m.Parties)}] {m.Date ?? "-"} {m.Kind} {m.Status}";

    private static string Describe(Meeting m) => $"[{string.Join(", ", m.Parties)}] {m.Date?.IsoValue ?? "-"} {m.Kind} {m.Status}";

    private static string Describe(GoldLoan l) => $"{l.Lender} -> {l.Borrower} {l.Amount} {l.Currency}";

    private static string Describe(LoanAgreement l) => $"{l.Lender} -> {l.Borrower} {l.Amount} ({l.Status})";

    private static string Describe(GoldDelegation d) => $"{d.Side}: {d.Head}";

    private static string Describe(Delegation d) => $"{d.Side}: {d.Head}";

    private static string Describe(GoldCommitment c) => $"{c.Modality} [{string.Join(", ", c.Parties)}] {c.Action}";

    private static string Describe(Commitment c) => $"{c.Modality} [{string.Join(", ", c.Parties)}] {c.Action}";
}
