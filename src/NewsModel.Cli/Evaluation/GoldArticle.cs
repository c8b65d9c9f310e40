using System.Text.Json;

namespace NewsModel.Cli.Evaluation;

/// <summary>The facts a person wrote down for one corpus article (<c>*.gold.json</c>; see the corpus's GOLD-FORMAT.md).</summary>
internal sealed record GoldArticle(
    IReadOnlyList<GoldMeeting> Meetings,
    IReadOnlyList<GoldLoan> Loans,
    IReadOnlyList<GoldDelegation> Delegations,
    IReadOnlyList<GoldCommitment> Commitments,
    IReadOnlyList<GoldPerson> People,
    IReadOnlyList<GoldMoney> Money,
    IReadOnlyList<GoldDate> Dates)
{
    public static GoldArticle Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new GoldArticle(
            [.. Items(root, "meetings").Select(m => new GoldMeeting(Strings(m, "parties"), String(m, "date"), String(m, "kind"), String(m, "status")))],
            [.. Items(root, "loanAgreements").Select(l => new GoldLoan(String(l, "lender"), String(l, "borrower"), Number(l, "amount"), String(l, "currency"), String(l, "signed"), String(l, "approved")))],
            [.. Items(root, "delegations").Select(d => new GoldDelegation(String(d, "side"), String(d, "head")))],
            [.. Items(root, "commitments").Select(c => new GoldCommitment(Strings(c, "parties"), String(c, "modality"), String(c, "action") ?? ""))],
            [.. Items(root, "people").Select(p => new GoldPerson(String(p, "name") ?? "", String(p, "title"), String(p, "affiliation")))],
            [.. Items(root, "money").Select(m => new GoldMoney(String(m, "text") ?? "", Number(m, "amount"), String(m, "currency")))],
            [.. Items(root, "dates").Select(d => new GoldDate(String(d, "text") ?? "", String(d, "value"), String(d, "precision")))]);
    }

    private static List<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().ToList() : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}

internal sealed record GoldMeeting(IReadOnlyList<string> Parties, string? Date, string? Kind, string? Status);

internal sealed record GoldLoan(string? Lender, string? Borrower, decimal? Amount, string? Currency, string? Signed, string? Approved);

internal sealed record GoldDelegation(string? Side, string? Head);

internal sealed record GoldCommitment(IReadOnlyList<string> Parties, string? Modality, string Action);

internal sealed record GoldPerson(string Name, string? Title, string? Affiliation);

internal sealed record GoldMoney(string Text, decimal? Amount, string? Currency);

internal sealed record GoldDate(string Text, string? Value, string? Precision);
