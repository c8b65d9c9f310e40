using NewsModel.Vocabulary;

namespace NewsModel.Extraction;

/// <summary>The cue words of the rules and the classes they belong to; one lookup per token, no allocation.</summary>
internal static class WordClasses
{
    // Looked up once per word of every article: a table that hashes ASCII words inline, not a frozen dictionary that
    // applies the full Unicode case mapping to each one because a few keys are not ASCII.
    private static readonly CaseInsensitiveWordMap<WordClass> s_lookup = new(Build());

    public static WordClass Of(ReadOnlySpan<char> word) => s_lookup.TryGetValue(word, out var classes) ? classes : WordClass.None;

    private static Dictionary<string, WordClass> Build()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass cls, params string[] words)
        {
            foreach (var word in words)
            {
                map[word] = map.GetValueOrDefault(word) | cls;
            }
        }

        Add(WordClass.Signing, "signed", "inked", "sign", "signing");
        Add(WordClass.Approval, "approved", "approve", "approval", "cleared");
        Add(WordClass.Financing, "loan", "loans", "credit", "credits", "grant", "grants", "financing", "finance", "facility", "guarantee", "tranche",
            "agreement", "agreements", "lending", "funding", "assistance", "package", "disbursement", "arrangement");
        Add(WordClass.ProjectHead, "project", "program", "programme", "facility", "initiative", "scheme");
        Add(WordClass.Total, "total", "totaling", "totalling", "totaled", "totalled", "combined", "aggregate");
        Add(WordClass.Accumulate, "reach", "bring", "brings", "bringing", "raising", "taking");
        Add(WordClass.MeetingCue, "called", "call", "telephone", "phone", "telephonic", "video", "telephoned", "phoned", "visit", "visited", "visiting",
            "visits", "summit", "talks", "consultations", "dialogue", "session", "negotiations", "round", "met", "meet", "meeting", "meetings",
            "received", "receives", "hosted", "convene", "convening", "reconvene", "travel");
        Add(WordClass.ModalityCue, "agreed", "agree", "decided", "resolved", "committed", "reaffirmed", "renewed", "pledged", "vowed", "promised",
            "assured", "urged", "called", "expressed", "stressed", "emphasised", "emphasized", "underlined", "underscored", "highlighted", "reiterated",
            "agreeing", "deciding", "resolving", "committing", "pledging", "vowing", "assuring", "urging", "calling", "stressing", "emphasising",
            "emphasizing", "underlining", "underscoring", "highlighting", "reaffirming", "reiterating");
        Add(WordClass.SideCue, "side", "delegation", "team", "respective", "co-chaired", "co-chair", "co-chairs", "co-chairing");
        Add(WordClass.RelativeDate, "today", "yesterday", "tomorrow", "this", "last", "next", "earlier", "later", "previous", "same", "shortly", "half", "end",
            "beginning", "middle");
        Add(WordClass.Future, "will", "shall", "would", "opens", "begins", "scheduled", "upcoming", "planned", "plans", "expected", "next", "forthcoming", "due", "postponed", "adjourned",
            "deferred", "rescheduled");
        Add(WordClass.BackgroundCue, "total", "cumulative", "portfolio", "cumulatively", "date", "far", "since", "has", "have", "having");
        Add(WordClass.NameHead, "same", "program", "programme", "project", "facility", "initiative", "scheme", "plan", "corridor", "operation");
        Add(WordClass.Instrument, "loan", "loans", "policy-based", "results-based", "grant", "grants", "credit", "credits", "guarantee", "guarantees", "facility");
        Add(WordClass.TitleModifier, "acting", "senior", "former", "interim", "caretaker", "outgoing", "incoming", "new", "federal", "provincial",
            "visiting", "then", "current", "newly", "appointed", "elected", "principal", "additional", "joint", "special", "chief", "top", "Union");

        // The first words of every vocabulary phrase, so rules try a phrase only where one can start.
        Add(WordClass.EntityStart, [.. WithStraightApostrophes(Gazetteer.Entities.FirstWords)]);
        Add(WordClass.TitleStart, [.. WithStraightApostrophes(Gazetteer.Titles.FirstWords)]);
        Add(WordClass.CurrencySymbolStart, [.. WithStraightApostrophes(Currencies.Symbols.FirstWords)]);
        Add(WordClass.CurrencyWordStart, [.. WithStraightApostrophes(Currencies.Words.FirstWords)]);
        Add(WordClass.MinistryStart, [.. WithStraightApostrophes(OrganizationHeads.Ministries.FirstWords)]);
        Add(WordClass.Month, [.. Calendar.MonthNames]);
        Add(WordClass.Weekday, [.. Calendar.WeekdayNames]);
        return map;
    }

    /// <summary>The words as written plus, for those with a straight apostrophe, the curly form articles use (and the reverse).</summary>
    private static IEnumerable<string> WithStraightApostrophes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            yield return word;
            if (word.Contains('\'', StringComparison.Ordinal))
            {
                yield return word.Replace('\'', '’');
            }
            else if (word.Contains('’', StringComparison.Ordinal))
            {
                yield return word.Replace('’', '\'');
            }
        }
    }
}
