using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Reads dates and resolves them against the article's reference date (its published stamp, else its updated stamp):
/// full dates (<c>July 7, 2025</c>, <c>7 July 2025</c>), a month and day (<c>Dec. 12</c>), a month and year
/// (<c>Nov. 2023</c>), a month (<c>in April</c>), a year (<c>in 2021</c>, <c>since 1972</c>), a weekday (<c>on Monday</c>)
/// and relative phrases (<c>last week</c>, <c>this month</c>, <c>earlier this year</c>, <c>yesterday</c>).
/// </summary>
/// <remarks>
/// A month and day without a year is the latest such date on or before the reference date, unless the sentence speaks
/// of the future (<c>will sign on Jan. 5</c>), when it is the next one; a month alone and a weekday follow the same
/// rule. Whatever was not written (the year of <c>Dec. 12</c>) is marked inferred. Extraction never reads the clock:
/// with no stamp, relative dates stay unresolved and <see cref="DiagnosticCodes.ReferenceDateMissing"/> says so.
/// </remarks>
internal sealed class DateRecognizer : ExtractionRule
{
    private const WordClass DateStart = WordClass.Weekday | WordClass.Month | WordClass.RelativeDate;

    public override int Order => 500;

    public override void Run(ExtractionContext context)
    {
        var reported = false;
        var tokens = context.Tokens;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                // A date starts at a number or at a weekday, month or relative word: skip the rest without reading them.
                if ((tokens[i].Kind != TokenKind.Number && (context.ClassOf(i) & DateStart) == 0)
                    || context.IsCovered(i) || TryRead(context, sentence, i) is not { } found)
                {
                    continue;
                }

                if (found.Mention.Value is null && !reported)
                {
                    context.Report(DiagnosticCodes.ReferenceDateMissing, DiagnosticSeverity.Warning, DiagnosticMessages.ReferenceDateMissing, found.Mention.Span);
                    reported = true;
                }

                context.Dates.Add(found);
                context.Annotate(new Annotation(AnnotationKind.Date, found.First, found.End - found.First, context.Dates.Count - 1, found.Mention.Span.Start, found.Mention.Span.Length));
                i = found.End - 1;
            }
        }
    }

    /// <summary>How far back from a date its clause is read for the verb that places it in time.</summary>
    private const int MaxVerbDistance = 16;

    /// <summary>Where a date without its year or week lies from the reference date.</summary>
    private enum Sense
    {
        /// <summary>The latest such date on or before the reference: "met on Monday".</summary>
        Past,

        /// <summary>The next such date on or after the reference: "will sign on Jan. 5".</summary>
        Ahead,

        /// <summary>
        /// A plan told from before ("had been scheduled to open on January 20", "originally planned for March"): it may
        /// lie on either side, so the nearer such date.
        /// </summary>
        Nearest,
    }

    /// <summary>Whether the clause around a date speaks of the past, the future ("will sign on Jan. 5") or a former plan.</summary>
    /// <remarks>
    /// The nearest verb before the date decides: "visited Kabul in April and will return in September" has one of
    /// each, "will be convened at the new hall in the northern city of Almaty on Jan. 9" is ahead however long the
    /// place, and in "has been postponed, a spokesman said Wednesday" the date is when it was said.
    /// </remarks>
    private static Sense SenseOf(ExtractionContext context, Sentence sentence, int at)
    {
        var (first, _) = Clauses.Around(context, sentence, at);
        var words = 0;
        for (var k = at - 1; k >= first && words < MaxVerbDistance; k--)
        {
            if ((context.ClassOf(k) & WordClass.Future) != 0)
            {
                return IsFormerPlan(context, k) ? Sense.Nearest : Sense.Ahead;
            }

            if (IsPastVerb(context, k))
            {
                return Sense.Past;
            }

            if (IsIntendedInfinitive(context, k))
            {
                return Sense.Ahead;
            }

            // Names and places, however long, do not carry the date away from its verb.
            if (context.Tokens[k].IsLower)
            {
                words++;
            }
        }

        return Sense.Past;
    }

    /// <summary>"had been set for Friday", "was scheduled for March": a plan told from before it was kept or changed.</summary>
    private static bool IsFormerPlan(ExtractionContext context, int k) =>
        k > 0 && context.Text(k - 1) is "had" or "was" or "were" or "originally" or "initially" or "previously" or "earlier"
        || k > 1 && context.Text(k - 1) is "been" && context.Text(k - 2) is "had";

    /// <summary>
    /// "agreed to meet again in Abuja in March", "decided to hold a meeting in May": what was agreed or planned lies
    /// after the agreement.
    /// </summary>
    private static bool IsIntendedInfinitive(ExtractionContext context, int k) =>
        k > 0 && k + 1 < context.Tokens.Count && context.Text(k) is "to" && context.Tokens[k + 1].IsWord && context.Tokens[k + 1].IsLower
        && context.Text(k + 1) is not ("the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her")
        && context.Text(k - 1) is "agreed" or "decided" or "resolved" or "pledged" or "vowed" or "promised" or "intend" or "intends" or "intended"
            or "hope" or "hopes" or "hoped" or "aim" or "aims" or "aimed" or "set" or "agree" or "agrees" or "decide" or "decides"
            // "a task force, which is to report in Lima in October": what is to be is ahead.
            or "is" or "are";

    /// <summary>
    /// A verb that tells of the past: "said", "met", "was", or a lower-case word in "-ed" that is not a passive after
    /// "be" or "been" ("will be discussed" is still ahead).
    /// </summary>
    private static bool IsPastVerb(ExtractionContext context, int k)
    {
        var token = context.Tokens[k];
        if (!token.IsWord || !token.IsLower)
        {
            return false;
        }

        var word = context.Text(k);
        if (word is "said" or "told" or "met" or "was" or "were" or "had" or "did")
        {
            return true;
        }

        // "will hold detailed talks", "a revised accord", "one hundred delegates": an adjective or number, not a verb.
        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)
            && word is not "hundred"
            && !(k > 0 && context.Text(k - 1) is "be" or "been" or "being" or "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "these"
                or "hold" or "holds" or "host" or "hosts" or "sign" or "signs");
    }

    /// <summary>Whether a sentence speaks of the future: "will", "is scheduled to", "next", "upcoming".</summary>
    internal static bool IsFuture(ExtractionContext context, Sentence sentence) => context.RangeHas(sentence.First, sentence.End, WordClass.Future);

    /// <summary>Cheap tests first; whether the clause speaks of the future is worked out only for a likely date.</summary>
    private static DateValue? TryRead(ExtractionContext context, Sentence sentence, int i)
    {
        var tokens = context.Tokens;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            var monthFollows = i + 1 < sentence.End && tokens[i + 1].IsCapitalized && (context.ClassOf(i + 1) & WordClass.Month) != 0;
            return (monthFollows ? TryDayMonth(context, sentence, i, SenseOf(context, sentence, i)) : null) ?? TryYear(context, sentence, i);
        }

        if (!token.IsWord)
        {
            return null;
        }

        var word = context.Text(i);
        var cls = context.ClassOf(i);
        if ((cls & WordClass.Weekday) != 0 && token.IsCapitalized && Calendar.Weekday(word) is var weekday and > 0 && word.Length > 3)
        {
            return Weekday(context, sentence, i, weekday, SenseOf(context, sentence, i));
        }

        if ((cls & WordClass.Month) != 0 && token.IsCapitalized && Calendar.Month(word) is var month and > 0)
        {
            return TryMonthFirst(context, sentence, i, month, SenseOf(context, sentence, i));
        }

        return (context.ClassOf(i) & WordClass.RelativeDate) != 0 ? TryRelative(context, sentence, i) : null;
    }

    /// <summary>"July 7, 2025", "Dec. 12", "Nov. 2023", "January 2024", "in April".</summary>
    private static DateValue? TryMonthFirst(ExtractionContext context, Sentence sentence, int i, int month, Sense sense)
    {
        var tokens = context.Tokens;
        var k = i + 1;
        if (k < sentence.End && tokens[k].IsPunctuation(context.Source, '.') && !tokens[k].SpaceBefore)
        {
            k++;
        }

        if (k < sentence.End && tokens[k].Kind == TokenKind.Number && ReadInt(context, k) is var number and > 0)
        {
            if (number <= 31 && tokens[k].Length <= 2)
            {
                var end = k + 1;
                int? year = null;
                var m = end;
                if (m < sentence.End && tokens[m].IsPunctuation(context.Source, ','))
                {
                    m++;
                }

                if (m < sentence.End && IsYear(context, m))
                {
                    year = ReadInt(context, m);
                    end = m + 1;
                }

                return DayDate(context, i, end, year, month, number, sense);
            }

            if (IsYear(context, k))
            {
                return Make(context, i, k + 1, new DateOnly(ReadInt(context, k), month, 1), DatePrecision.Month, inferred: false, DateReference.None);
            }
        }

        // A month alone counts after a preposition: "in April", "since March", "by June", "scheduled for March", "postponed to June".
        var before = i > sentence.First ? Lower(context.Text(i - 1)) : "";
        if (before is "in" or "since" or "from" or "until" or "by" or "during" or "early" or "late" or "mid" or "last" or "next" or "this" or "of" or "till"
            or "for" or "to")
        {
            // "in April last year": the year the text gives after the month.
            var end = i + 1;
            var yearShift = 0;
            if (end + 1 < sentence.End && context.Text(end) is "last" or "next" or "this" && context.Text(end + 1) is "year")
            {
                yearShift = context.Text(end) is "last" ? -1 : context.Text(end) is "next" ? 1 : 0;
                end += 2;
            }

            // "by December", "until June": a deadline lies ahead.
            var direction = before is "next" or "by" or "until" or "till" ? 1 : before is "last" ? -1 : sense is Sense.Ahead ? 1 : 0;
            if (Reference(context) is not { } reference)
            {
                return Unresolved(context, i - 1, end, DatePrecision.Month);
            }

            if (end > i + 1)
            {
                return Make(context, i - 1, end, new DateOnly(reference.Year + yearShift, month, 1), DatePrecision.Month, inferred: true, context.ReferenceKind);
            }

            var year = reference.Year;
            if (direction == 0 && sense is Sense.Nearest)
            {
                // The month nearer the reference, the earlier one on a tie.
                year += month - reference.Month >= 6 ? -1 : month - reference.Month < -6 ? 1 : 0;
            }
            else if (direction <= 0 && month > reference.Month || direction < 0 && month == reference.Month)
            {
                year--;
            }
            else if (direction > 0 && (month < reference.Month || (month == reference.Month && context.Text(i - 1) is "next")))
            {
                year++;
            }

            return Make(context, i - 1, i + 1, new DateOnly(year, month, 1), DatePrecision.Month, inferred: true, context.ReferenceKind);
        }

        return null;
    }

    /// <summary>"7 July 2025", "07 July".</summary>
    private static DateValue? TryDayMonth(ExtractionContext context, Sentence sentence, int i, Sense sense)
    {
        var tokens = context.Tokens;
        if (tokens[i].Length > 2 || ReadInt(context, i) is not (>= 1 and <= 31) || i + 1 >= sentence.End || !tokens[i + 1].IsCapitalized)
        {
            return null;
        }

        var month = Calendar.Month(context.Text(i + 1));
        if (month == 0)
        {
            return null;
        }

        var end = i + 2;
        if (end < sentence.End && tokens[end].IsPunctuation(context.Source, '.') && !tokens[end].SpaceBefore)
        {
            end++;
        }

        int? year = null;
        if (end < sentence.End && IsYear(context, end))
        {
            year = ReadInt(context, end);
            end++;
        }

        return DayDate(context, i, end, year, month, ReadInt(context, i), sense);
    }

    private static DateValue? DayDate(ExtractionContext context, int first, int end, int? year, int month, int day, Sense sense)
    {
        if (year is { } stated)
        {
            return DateReader.IsValid(stated, month, day)
                ? Make(context, first, end, new DateOnly(stated, month, day), DatePrecision.Day, inferred: false, DateReference.None)
                : null;
        }

        if (Reference(context) is not { } reference)
        {
            return Unresolved(context, first, end, DatePrecision.Day);
        }

        // The latest such date on or before the reference date; for the future, the next one; for a former plan, the
        // nearer of the two.
        var candidateYear = reference.Year;
        var later = month > reference.Month || (month == reference.Month && day > reference.Day);
        var earlier = month < reference.Month || (month == reference.Month && day < reference.Day);
        if (sense is Sense.Nearest && DateReader.IsValid(reference.Year, month, day))
        {
            var gap = new DateOnly(reference.Year, month, day).DayNumber - reference.DayNumber;
            candidateYear += gap > 182 ? -1 : gap < -183 ? 1 : 0;
        }
        else if (sense is not Sense.Ahead && later)
        {
            candidateYear--;
        }
        else if (sense is Sense.Ahead && earlier)
        {
            candidateYear++;
        }

        return DateReader.IsValid(candidateYear, month, day)
            ? Make(context, first, end, new DateOnly(candidateYear, month, day), DatePrecision.Day, inferred: true, context.ReferenceKind)
            : null;
    }

    /// <summary>"in 2021", "since 1972", "by 2030".</summary>
    private static DateValue? TryYear(ExtractionContext context, Sentence sentence, int i)
    {
        // "the early 1990s" is a decade, not a year.
        if (!IsYear(context, i) || i == sentence.First
            || (i + 1 < sentence.End && context.Tokens[i + 1].IsWord && !context.Tokens[i + 1].SpaceBefore))
        {
            return null;
        }

        // "the 2016 arbitral ruling": a year that qualifies a noun.
        if (Lower(context.Text(i - 1)) is "the" && i + 1 < sentence.End && context.Tokens[i + 1].IsWord && context.Tokens[i + 1].IsLower)
        {
            return Make(context, i, i + 1, new DateOnly(ReadInt(context, i), 1, 1), DatePrecision.Year, inferred: false, DateReference.None);
        }

        // "in the first half of 2026", "by the end of 2027": a part of a year is dated at the year's precision.
        if (Lower(context.Text(i - 1)) is "of" && i - 2 > sentence.First
            && context.Text(i - 2) is "half" or "quarter" or "end" or "beginning" or "start" or "middle" or "course" or "part")
        {
            return Make(context, PartStart(context, sentence, i - 2), i + 1, new DateOnly(ReadInt(context, i), 1, 1), DatePrecision.Year, inferred: false,
                DateReference.None);
        }

        // "in early 2026", "by late 2027": a part of a year, at the year's precision.
        if (Lower(context.Text(i - 1)) is "early" or "late" or "mid")
        {
            return Make(context, i - 1, i + 1, new DateOnly(ReadInt(context, i), 1, 1), DatePrecision.Year, inferred: false, DateReference.None);
        }

        if (Lower(context.Text(i - 1)) is not ("in" or "since" or "from" or "until" or "by" or "during" or "before" or "after" or "till"))
        {
            return null;
        }

        return Make(context, i - 1, i + 1, new DateOnly(ReadInt(context, i), 1, 1), DatePrecision.Year, inferred: false, DateReference.None);
    }

    /// <summary>"on Monday", "last Thursday", "Monday".</summary>
    private static DateValue? Weekday(ExtractionContext context, Sentence sentence, int i, int isoDay, Sense sense)
    {
        var first = i;
        var direction = sense is Sense.Ahead ? 1 : 0;
        if (i > sentence.First && context.Text(i - 1) is "on" or "last" or "next" or "this" or "On")
        {
            first = i - 1;
            direction = context.Text(i - 1) is "next" ? 1 : context.Text(i - 1) is "last" ? -1 : direction;
        }

        if (Reference(context) is not { } reference)
        {
            return Unresolved(context, first, i + 1, DatePrecision.Day);
        }

        // Ahead, the reference's own weekday is that day ("talks scheduled for Thursday" in Thursday's paper) unless
        // the text says "next".
        var current = (int)reference.DayOfWeek is 0 ? 7 : (int)reference.DayOfWeek;
        var sameDayAhead = first < i && context.Text(first) is "next" ? 7 : 0;
        var offset = direction switch
        {
            > 0 => ((isoDay - current + 7) % 7) is 0 ? sameDayAhead : (isoDay - current + 7) % 7,
            < 0 => -(((current - isoDay + 7) % 7) is 0 ? 7 : (current - isoDay + 7) % 7),
            _ when sense is Sense.Nearest && (isoDay - current + 7) % 7 < (current - isoDay + 7) % 7 => (isoDay - current + 7) % 7,
            _ => -((current - isoDay + 7) % 7),
        };
        return Make(context, first, i + 1, reference.AddDays(offset), DatePrecision.Day, inferred: true, context.ReferenceKind);
    }

    /// <summary>"today", "yesterday", "last week", "this month", "earlier this year", "next year".</summary>
    /// <summary>"in the first half of the year", "by the end of next year": the year itself, at year precision.</summary>
    private static DateValue? PartOfYear(ExtractionContext context, Sentence sentence, int i)
    {
        if (context.Text(i) is not ("half" or "end" or "beginning" or "middle") || i + 3 >= sentence.End || context.Text(i + 1) is not "of")
        {
            return null;
        }

        var which = context.Text(i + 2);
        var shift = which is "next" ? 1 : which is "last" ? -1 : which is "the" or "this" ? 0 : (int?)null;
        if (shift is null || context.Text(i + 3) is not "year")
        {
            return null;
        }

        var from = PartStart(context, sentence, i);
        if (Reference(context) is not { } day)
        {
            return Unresolved(context, from, i + 4, DatePrecision.Year);
        }

        return Make(context, from, i + 4, new DateOnly(day.Year + shift.Value, 1, 1), DatePrecision.Year, inferred: true, context.ReferenceKind);
    }

    /// <summary>Where a part of a year is said from: "in the first" before "half of …", "by the" before "end of …".</summary>
    private static int PartStart(ExtractionContext context, Sentence sentence, int part)
    {
        var from = part;
        while (from > sentence.First && context.Text(from - 1) is "the" or "first" or "second" or "third" or "fourth" or "latter" or "early")
        {
            from--;
        }

        return from > sentence.First && Lower(context.Text(from - 1)) is "in" or "by" or "during" or "until" or "before" or "after" ? from - 1 : from;
    }

    private static DateValue? TryRelative(ExtractionContext context, Sentence sentence, int i)
    {
        if (SameDayEnd(context, sentence, i) is { } sameDayEnd)
        {
            // "The same day", "later that day", "shortly afterwards": the day of the last dated event, when there is one;
            // "later in the day" is the day the story has reached, its latest day so far (not a background approval date
            // mentioned in between).
            var last = context.Text(i + 1) is "in" ? LatestDayUpTo(context.Dates, Reference(context)) : LastDay(context.Dates);
            var start = context.Text(i) is "same" or "Same" ? i - 1 : i;
            return last is null ? null : Make(context, start, sameDayEnd, last.Mention.Value, DatePrecision.Day, inferred: true, DateReference.PreviousDate);
        }

        if (PartOfYear(context, sentence, i) is { } part)
        {
            return part;
        }

        var word = Lower(context.Text(i));
        var tokens = context.Tokens;
        if (word is "today" or "yesterday" or "tomorrow")
        {
            if (Reference(context) is not { } day)
            {
                return Unresolved(context, i, i + 1, DatePrecision.Day);
            }

            var offset = word is "yesterday" ? -1 : word is "tomorrow" ? 1 : 0;
            return Make(context, i, i + 1, day.AddDays(offset), DatePrecision.Day, inferred: true, context.ReferenceKind);
        }

        if (word is not ("this" or "last" or "next" or "earlier" or "later" or "previous") || i + 1 >= sentence.End || !tokens[i + 1].IsWord)
        {
            return null;
        }

        var first = i;
        var k = i + 1;
        var shift = word is "last" or "previous" ? -1 : word is "next" ? 1 : 0;
        if (word is "earlier" or "later")
        {
            if (context.Text(k) is not "this")
            {
                return null;
            }

            k++;
        }

        if (k >= sentence.End)
        {
            return null;
        }

        var unit = context.Text(k);
        var precision = unit switch
        {
            "week" => DatePrecision.Week,
            "month" => DatePrecision.Month,
            "year" => DatePrecision.Year,
            _ => (DatePrecision?)null,
        };
        if (precision is not { } p)
        {
            return null;
        }

        if (Reference(context) is not { } reference)
        {
            return Unresolved(context, first, k + 1, p);
        }

        var value = p switch
        {
            DatePrecision.Week => reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7)).AddDays(7 * shift),
            DatePrecision.Month => new DateOnly(reference.Year, reference.Month, 1).AddMonths(shift),
            _ => new DateOnly(reference.Year + shift, 1, 1),
        };
        return Make(context, first, k + 1, value, p, inferred: true, context.ReferenceKind);
    }

    /// <summary>Where a phrase that means "on the day just mentioned" ends, if one starts at <paramref name="i"/>.</summary>
    private static int? SameDayEnd(ExtractionContext context, Sentence sentence, int i)
    {
        ReadOnlySpan<string> phrase = context.Text(i) switch
        {
            "same" or "Same" when i > sentence.First && Lower(context.Text(i - 1)) is "the" or "that" => ["day"],
            "earlier" or "Earlier" or "later" or "Later" when i + 1 < sentence.End && context.Text(i + 1) is "that" => ["that", "day"],
            "earlier" or "Earlier" or "later" or "Later" => ["in", "the", "day"],
            "shortly" or "Shortly" => ["afterwards"],
            _ => [],
        };
        if (phrase.IsEmpty || i + phrase.Length >= sentence.End)
        {
            return null;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!context.Text(i + 1 + k).SequenceEqual(phrase[k]))
            {
                return null;
            }
        }

        return i + 1 + phrase.Length;
    }

    private static DateOnly? Reference(ExtractionContext context) => context.ReferenceDate;

    /// <summary>The latest day-precise date not after <paramref name="reference"/>; the first of equals.</summary>
    private static DateValue? LatestDayUpTo(List<DateValue> dates, DateOnly? reference)
    {
        DateValue? latest = null;
        foreach (var date in dates)
        {
            if (date.Mention is { Precision: DatePrecision.Day, Value: { } value } && !(value > reference) && (latest is null || value > latest.Mention.Value!.Value))
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>The last day-precise date read.</summary>
    private static DateValue? LastDay(List<DateValue> dates)
    {
        for (var i = dates.Count - 1; i >= 0; i--)
        {
            if (dates[i].Mention is { Precision: DatePrecision.Day, Value: not null })
            {
                return dates[i];
            }
        }

        return null;
    }

    /// <summary>The few lower-case words the rules compare, without allocating: a word's first letter lowered, else the word as a constant.</summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        foreach (var candidate in s_words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return "";
    }

    private static readonly string[] s_words =
    [
        "in", "since", "for", "to", "from", "until", "by", "during", "early", "late", "mid", "last", "next", "this", "of", "till", "before", "after",
        "today", "yesterday", "tomorrow", "earlier", "later", "previous", "the", "that",
    ];

    private static bool IsYear(ExtractionContext context, int k) =>
        context.Tokens[k].Kind == TokenKind.Number && context.Tokens[k].Length == 4 && ReadInt(context, k) is >= 1900 and <= 2100;

    private static int ReadInt(ExtractionContext context, int k)
    {
        var value = 0;
        foreach (var c in context.Text(k))
        {
            if (!char.IsAsciiDigit(c) || value > 100_000)
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static DateValue Unresolved(ExtractionContext context, int first, int end, DatePrecision precision) =>
        Make(context, first, end, null, precision, inferred: true, DateReference.None);

    private static DateValue Make(ExtractionContext context, int first, int end, DateOnly? value, DatePrecision precision, bool inferred, DateReference reference)
    {
        var span = context.Span(first, end);
        var mention = new DateMention
        {
            Value = value,
            Precision = precision,
            Inferred = inferred,
            Text = context.TextOf(first, end),
            Span = span,
            Reference = reference,
        };
        return context.NewDate(mention, first, end, nameof(DateRecognizer));
    }
}
