using System.Collections.Frozen;
using System.Globalization;

namespace NewsModel.Vocabulary;

/// <summary>Month and weekday names with their abbreviations, from <c>months.tsv</c> and <c>weekdays.tsv</c>.</summary>
internal static class Calendar
{
    private static readonly FrozenDictionary<string, int> s_months = Load("months.tsv");
    private static readonly FrozenDictionary<string, int> s_weekdays = Load("weekdays.tsv");
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_monthLookup =
        s_months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_weekdayLookup =
        s_weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> MonthNames => s_months.Keys;

    public static IEnumerable<string> WeekdayNames => s_weekdays.Keys;

    /// <summary>Reads a month name or abbreviation (<c>July</c>, <c>Jul</c>, <c>Sept</c>), any case, without a trailing period.</summary>
    /// <returns>1 to 12, or 0 when the word is not a month.</returns>
    public static int Month(ReadOnlySpan<char> word) => s_monthLookup.TryGetValue(word, out var month) ? month : 0;

    /// <summary>Reads a weekday name or abbreviation (<c>Monday</c>, <c>Mon</c>), any case.</summary>
    /// <returns>The ISO day number, Monday 1 to Sunday 7, or 0 when the word is not a weekday.</returns>
    public static int Weekday(ReadOnlySpan<char> word) => s_weekdayLookup.TryGetValue(word, out var day) ? day : 0;

    private static FrozenDictionary<string, int> Load(string file)
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in VocabularyFile.Read(file))
        {
            var number = int.Parse(row[0], CultureInfo.InvariantCulture);
            names[row[1]] = number;
            foreach (var abbreviation in VocabularyFile.List(VocabularyFile.Column(row, 2)))
            {
                names[abbreviation] = number;
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
