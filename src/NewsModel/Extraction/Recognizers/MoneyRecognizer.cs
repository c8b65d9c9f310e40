using System.Globalization;
using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;
using NewsModel.Vocabulary;

namespace NewsModel.Extraction.Recognizers;

/// <summary>
/// Reads amounts of money: a sign or code before the number (<c>$450 million</c>, <c>US$50m</c>, <c>USD 200 million</c>,
/// <c>Rs50 crore</c>, <c>€100m</c>, <c>JPY794 million</c>) or a currency word or ISO code after it (<c>1.2 billion dollars</c>, <c>15 billion USD</c>,
/// <c>300 million Saudi riyals</c>), with ranges (<c>$2-3 billion</c>, <c>between $2 billion and $3 billion</c>),
/// approximations (<c>around</c>, <c>over</c>, <c>up to</c>) and rates (<c>annually</c>).
/// </summary>
/// <remarks>
/// A number without a currency is never money: <c>10 percent</c>, <c>2,300 MW</c>, <c>3 million Afghans</c>. A sign
/// several currencies share follows its default (<c>$</c> is USD) or, for <c>Rs</c>, <c>rupees</c> and the like, the
/// article's country; when nothing settles it, <see cref="DiagnosticCodes.CurrencyAmbiguous"/> says so. A headline may
/// drop the scale (<c>$N loan agreements</c>): the body's figure is the value and
/// <see cref="DiagnosticCodes.MoneyScaleMissing"/> marks the headline. Absurd numbers give
/// <see cref="DiagnosticCodes.MoneyOverflow"/>, never an exception.
/// </remarks>
internal sealed class MoneyRecognizer : ExtractionRule
{
    // The headline's tokens, kept per thread with their capacity: the rule itself holds no state between articles.
    [ThreadStatic]
    private static List<Token>? s_headlineTokens;

    public override int Order => 400;

    public override void Run(ExtractionContext context)
    {
        foreach (var (first, end) in context.ParagraphTokens)
        {
            var tokens = context.Tokens;
            for (var i = first; i < end; i++)
            {
                if (!MayStartAmount(tokens, i, end))
                {
                    continue;
                }

                if (!context.IsCovered(i) && TryRead(context, tokens, i, first, end, out var amount))
                {
                    // "between $2 billion and $3 billion": one range.
                    if (i > first && context.Text(i - 1) is "between" && amount.UpperNumber is null && amount.End + 1 < end && context.Text(amount.End) is "and"
                        && TryRead(context, context.Tokens, amount.End + 1, first, end, out var upper) && upper.UpperNumber is null)
                    {
                        amount = amount with { End = upper.End, UpperNumber = upper.Number, UpperScale = upper.Scale };
                    }

                    var value = Resolve(context, amount);
                    if (value is not null)
                    {
                        context.Money.Add(value);
                        context.Annotate(new Annotation(AnnotationKind.Money, value.First, value.End - value.First, context.Money.Count - 1, value.Span.Start, value.Span.Length));
                    }

                    i = amount.End - 1;
                }
            }
        }

        CheckHeadline(context);
    }

    /// <summary>
    /// The cheap test <see cref="TryRead"/> starts with: an amount starts with a number, or with a sign, code or word one
    /// or two tokens before a number.
    /// </summary>
    private static bool MayStartAmount(List<Token> tokens, int i, int end)
    {
        var token = tokens[i];
        return !(token.Kind != TokenKind.Number
            && !(token.Kind == TokenKind.Currency || token.IsWord) || (token.Kind != TokenKind.Number
                && !(i + 1 < end && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Currency)
                && !(i + 2 < end && tokens[i + 2].Kind == TokenKind.Number && (tokens[i + 1].Kind is TokenKind.Currency or TokenKind.Punctuation))));
    }

    /// <summary>Reads an amount at token <paramref name="i"/> of <paramref name="tokens"/>.</summary>
    internal static bool TryRead(ExtractionContext context, List<Token> tokens, int i, int first, int end, out RawAmount amount)
    {
        amount = default;
        var source = context.Source;
        IReadOnlyList<CurrencyPhrase>? currencies = null;
        var k = i;

        // Cheap first: an amount starts with a number, or with a sign or code one or two tokens before a number.
        var token = tokens[i];
        if (!MayStartAmount(tokens, i, end))
        {
            return false;
        }

        // A sign or code before the number.
        var letterSign = false;
        var symbolCount = token.Kind == TokenKind.Currency || (ClassOf(context, tokens, i) & WordClass.CurrencySymbolStart) != 0
            ? Currencies.Symbols.Match(source, tokens, i, end, out var symbols)
            : Skip(out symbols);
        if (symbolCount > 0 && ExactSymbols(source, tokens, i, symbolCount, symbols!) is { Count: > 0 } exact)
        {
            var numberAt = i + symbolCount;
            var singleLetter = symbolCount == 1 && tokens[i].Length == 1 && tokens[i].IsWord;
            if (numberAt < end && tokens[numberAt].Kind == TokenKind.Number && (!singleLetter || !tokens[numberAt].SpaceBefore))
            {
                currencies = exact;
                k = numberAt;
                letterSign = singleLetter;
            }
        }

        // A currency word before the number: "yen 5 billion".
        if (currencies is null && token.IsWord && (ClassOf(context, tokens, i) & WordClass.CurrencyWordStart) != 0
            && Currencies.Words.Match(source, tokens, i, end, out var leading) is var leadingCount and > 0
            && i + leadingCount < end && tokens[i + leadingCount].Kind == TokenKind.Number)
        {
            currencies = leading!;
            k = i + leadingCount;
        }

        if (tokens[k].Kind != TokenKind.Number)
        {
            return false;
        }

        var numberToken = k;
        k++;
        var (scale, scaleEnd) = ReadScale(context, tokens, k, end);
        k = scaleEnd;

        // "the N1 national highway", "a K9 unit": a one-letter sign on a short bare number names a thing, not money.
        if (letterSign && scaleEnd == numberToken + 1 && tokens[numberToken].Length < 4)
        {
            return false;
        }

        // A range: "$2-3 billion", "$2 billion to $3 billion", "$2 billion-$3 billion".
        int? upperToken = null;
        var upperScale = scale;
        if (k + 1 < end && (tokens[k].IsPunctuation(source, '-') || tokens[k].IsPunctuation(source, '–') || tokens[k].Is(source, "to")))
        {
            var m = k + 1;
            var again = Currencies.Symbols.Match(source, tokens, m, end, out _);
            m += again;
            if (m < end && tokens[m].Kind == TokenKind.Number && (currencies is not null || again == 0))
            {
                var (secondScale, secondEnd) = ReadScale(context, tokens, m + 1, end);
                if (scale == 1 && secondScale != 1)
                {
                    scale = secondScale;
                }

                upperScale = secondScale == 1 ? scale : secondScale;
                upperToken = m;
                k = secondEnd;
            }
        }

        // A currency word after the number: "1.2 billion dollars", "300 million Saudi riyals".
        if (currencies is null)
        {
            var wordCount = k < end && (ClassOf(context, tokens, k) & WordClass.CurrencyWordStart) != 0 ? Currencies.Words.Match(source, tokens, k, end, out var words) : Skip(out words);
            if (wordCount == 0)
            {
                // An ISO code after the number: "15 billion USD", "20 million AUD".
                if (CodeAfter(context, tokens, k, end) is not { } code)
                {
                    return false;
                }

                words = code;
                wordCount = 1;
            }

            currencies = words!;
            k += wordCount;
        }

        amount = new RawAmount(i, k, numberToken, scale, upperToken, upperScale, currencies, scaleEnd > numberToken + 1);
        return true;
    }

    /// <summary>The currency whose ISO code, written in capitals, is token <paramref name="k"/>; null when it is none.</summary>
    private static List<CurrencyPhrase>? CodeAfter(ExtractionContext context, List<Token> tokens, int k, int end)
    {
        if (k >= end || !tokens[k].IsWord || tokens[k].Length != 3 || (ClassOf(context, tokens, k) & WordClass.CurrencySymbolStart) == 0
            || Currencies.Symbols.Match(context.Source, tokens, k, end, out var symbols) != 1)
        {
            return null;
        }

        var written = tokens[k].Text(context.Source);
        foreach (var symbol in symbols!)
        {
            if (symbol.Phrase == symbol.Code && written.SequenceEqual(symbol.Code))
            {
                return [symbol];
            }
        }

        return null;
    }

    private static int Skip(out List<CurrencyPhrase>? values)
    {
        values = null;
        return 0;
    }

    /// <summary>A token's cue classes: cached for the article's tokens, looked up for others (the headline's).</summary>
    private static WordClass ClassOf(ExtractionContext context, List<Token> tokens, int k) =>
        ReferenceEquals(tokens, context.Tokens) ? context.ClassOf(k) : tokens[k].IsWord ? WordClasses.Of(tokens[k].Text(context.Source)) : WordClass.None;

    /// <summary>The symbols whose case the text matches; the vocabulary's own list (never changed) when all of them do.</summary>
    private static IReadOnlyList<CurrencyPhrase> ExactSymbols(string source, List<Token> tokens, int i, int count, List<CurrencyPhrase> symbols)
    {
        // Codes and letter signs must match their case: "ALL" is a currency, "all" is not.
        var written = source.AsSpan(tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start);
        var matching = 0;
        foreach (var symbol in symbols)
        {
            matching += IsWrittenAs(written, symbol) ? 1 : 0;
        }

        if (matching == symbols.Count)
        {
            return symbols;
        }

        var exact = new CurrencyPhrase[matching];
        matching = 0;
        foreach (var symbol in symbols)
        {
            if (IsWrittenAs(written, symbol))
            {
                exact[matching++] = symbol;
            }
        }

        return exact;
    }

    private static bool IsWrittenAs(ReadOnlySpan<char> written, CurrencyPhrase symbol) =>
        written.SequenceEqual(symbol.Phrase) || !HasLetter(symbol.Phrase);

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static (decimal Scale, int End) ReadScale(ExtractionContext context, List<Token> tokens, int k, int end)
    {
        if (k >= end || !tokens[k].IsWord)
        {
            return (1, k);
        }

        var word = tokens[k].Text(context.Source);
        var scale = word switch
        {
            "thousand" or "k" or "K" => 1_000m,
            "million" or "m" or "mn" or "mln" or "M" => 1_000_000m,
            "billion" or "bn" or "b" or "bln" or "B" => 1_000_000_000m,
            "trillion" or "tn" or "trn" or "T" => 1_000_000_000_000m,
            "crore" or "crores" or "cr" => 10_000_000m,
            "lakh" or "lakhs" or "lac" => 100_000m,
            _ => 0m,
        };

        // "m", "b" and "k" only count glued to the number ("$450m"); "5 m" is more likely metres.
        if (scale == 0 || (word.Length == 1 && tokens[k].SpaceBefore))
        {
            return (1, k);
        }

        return (scale, k + 1);
    }

    private static MoneyValue? Resolve(ExtractionContext context, RawAmount amount)
    {
        var tokens = context.Tokens;
        var start = tokens[amount.First].Start;
        var end = tokens[amount.End - 1].End;
        var span = context.SpanOfChars(start, end);
        if (!TryValue(context, amount.Number, amount.Scale, out var value) || (amount.UpperNumber is { } upper && !TryValue(context, upper, amount.UpperScale, out _)))
        {
            context.Report(DiagnosticCodes.MoneyOverflow, DiagnosticSeverity.Warning, DiagnosticMessages.MoneyOverflow, span);
            return null;
        }

        var code = ChooseCurrency(context, amount.Currencies, span, amount.First);
        var currency = new CurrencyCode(code);
        Money? upperBound = null;
        if (amount.UpperNumber is { } upperNumber && TryValue(context, upperNumber, amount.UpperScale, out var upperValue))
        {
            upperBound = new Money(upperValue, currency);
        }

        var approximation = upperBound is null ? ReadApproximation(context, amount.First) : MoneyApproximation.Range;
        var period = ReadPeriod(context, amount.End);

        return context.NewMoney(new Money(value, currency), upperBound, approximation, period, start, end, span, amount.First, amount.End, nameof(MoneyRecognizer));
    }

    private static bool TryValue(ExtractionContext context, int numberToken, decimal scale, out decimal value) =>
        TryValue(context, context.Tokens, numberToken, scale, out value);

    private static bool TryValue(ExtractionContext context, List<Token> tokens, int numberToken, decimal scale, out decimal value)
    {
        value = 0;
        var text = tokens[numberToken].Text(context.Source);
        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > 64)
        {
            return false;
        }

        var length = 0;
        foreach (var c in text)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        try
        {
            value = checked(number * scale);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static string ChooseCurrency(ExtractionContext context, IReadOnlyList<CurrencyPhrase> candidates, TextSpan span, int first)
    {
        if (SingleCode(candidates) is { } single)
        {
            return single;
        }

        // A marked sign or word settles it: "A$" and "Australian dollars" are listed under AUD alone.
        if (FirstDefault(candidates) is { } defaultCode && Denotes(candidates, defaultCode, candidates.Count))
        {
            return defaultCode;
        }

        // Otherwise the countries around it decide: the first its own clause names before it ("Indian companies have
        // invested Rs 500 crore in Nepal"), else the first the lead names ("India and Nepal agreed …" in a Kathmandu
        // story), else the one its sentence alone names, else the one the article names most ("Rs" in a story about Sri
        // Lanka is LKR).
        if (context.Sentences.Count > 0)
        {
            var sentence = context.Sentences[context.SentenceOf(first)];
            var (clauseFirst, _) = Clauses.Around(context, sentence, first);
            var lead = context.Sentences[0];
            if ((CodeNamed(context, candidates, clauseFirst, first, firstOnly: true) ?? CodeNamed(context, candidates, lead.First, lead.End, firstOnly: true)
                ?? CodeNamed(context, candidates, sentence.First, sentence.End, firstOnly: false)) is { } named)
            {
                return named;
            }
        }

        // Each code counts once, and the first listed wins a tie.
        var best = (Code: (string?)null, Count: 0);
        for (var i = 0; i < candidates.Count; i++)
        {
            var code = candidates[i].Code;
            if (Denotes(candidates, code, i))
            {
                continue;
            }

            var count = MentionsOfCountriesUsing(context, code);
            if (count > best.Count)
            {
                best = (code, count);
            }
        }

        if (best.Code is not null)
        {
            return best.Code;
        }

        context.Report(DiagnosticCodes.CurrencyAmbiguous, DiagnosticSeverity.Warning, DiagnosticMessages.CurrencyAmbiguous, span);
        return candidates[0].Code;
    }

    /// <summary>The default currency of the first candidate sign or word that has one.</summary>
    private static string? FirstDefault(IReadOnlyList<CurrencyPhrase> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Currencies.DefaultFor(candidate.Phrase) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Whether one of the first <paramref name="count"/> candidates denotes <paramref name="code"/>.</summary>
    private static bool Denotes(IReadOnlyList<CurrencyPhrase> candidates, string code, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (candidates[i].Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How often the article names the countries that use a currency.</summary>
    private static int MentionsOfCountriesUsing(ExtractionContext context, string code)
    {
        var users = Currencies.CountriesUsing(code);
        var count = 0;
        foreach (var place in context.Places)
        {
            if (place.CountryCode is { } country && users.Contains(country))
            {
                count += place.Mentions.Count;
            }
        }

        return count;
    }

    /// <summary>The one currency all the candidates denote, if they agree.</summary>
    private static string? SingleCode(IReadOnlyList<CurrencyPhrase> candidates)
    {
        var code = candidates[0].Code;
        for (var i = 1; i < candidates.Count; i++)
        {
            if (candidates[i].Code != code)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>
    /// The one currency among <paramref name="candidates"/> whose country the range names (by name, adjective, city or an
    /// organisation of that country); with <paramref name="firstOnly"/>, the currency of the first such country.
    /// </summary>
    private static string? CodeNamed(ExtractionContext context, IReadOnlyList<CurrencyPhrase> candidates, int first, int end, bool firstOnly)
    {
        string? found = null;
        for (var k = first; k < end; k++)
        {
            // A person counts by an affiliation their own words gave, not one guessed from the dateline.
            var country = context.AnnotationAt(k) switch
            {
                { Kind: AnnotationKind.Place } place when place.First == k => context.Places[place.Entity].CountryCode,
                { Kind: AnnotationKind.Organization } organization when organization.First == k => context.Organizations[organization.Entity].CountryCode,
                { Kind: AnnotationKind.Person } person when person.First == k && context.People[person.Entity] is { AffiliationPlace: { } home } someone
                    && !someone.AffiliationRule.EndsWith(".HomeCountry", StringComparison.Ordinal) => home.CountryCode,
                _ => null,
            };
            if (country is null)
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var code = candidate.Code;
                if (Currencies.CountriesUsing(code).Contains(country))
                {
                    if (firstOnly)
                    {
                        return code;
                    }

                    if (found is not null && found != code)
                    {
                        return null;
                    }

                    found = code;
                }
            }
        }

        return found;
    }

    private static MoneyApproximation ReadApproximation(ExtractionContext context, int first)
    {
        var tokens = context.Tokens;
        if (first >= 1 && tokens[first - 1].IsWord)
        {
            var word = context.Text(first - 1);
            switch (word)
            {
                case "around" or "about" or "nearly" or "some" or "approximately" or "roughly" or "almost" or "estimated":
                    return MoneyApproximation.About;
                case "over" or "above" or "exceeding":
                    return MoneyApproximation.Over;
                case "under" or "below":
                    return MoneyApproximation.Under;
                case "than" when first >= 2 && context.Text(first - 2) is "more":
                    return MoneyApproximation.Over;
                case "than" when first >= 2 && context.Text(first - 2) is "less" or "fewer":
                    return MoneyApproximation.Under;
                case "least" when first >= 2 && context.Text(first - 2) is "at":
                    return MoneyApproximation.Over;
                case "to" when first >= 2 && context.Text(first - 2) is "up" or "Up":
                    return MoneyApproximation.UpTo;
                case "to" when first >= 2 && context.Text(first - 2) is "close":
                    return MoneyApproximation.About;
            }
        }

        return MoneyApproximation.Exact;
    }

    private static MoneyPeriod? ReadPeriod(ExtractionContext context, int end)
    {
        var tokens = context.Tokens;
        if (end >= tokens.Count || !tokens[end].IsWord)
        {
            return null;
        }

        var word = context.Text(end);
        var next = end + 1 < tokens.Count && tokens[end + 1].IsWord ? context.Text(end + 1) : default;
        MoneyPeriod? period = word switch
        {
            "annually" or "yearly" => MoneyPeriod.Year,
            "monthly" => MoneyPeriod.Month,
            "daily" => MoneyPeriod.Day,
            "weekly" => MoneyPeriod.Week,
            "quarterly" => MoneyPeriod.Quarter,
            _ => null,
        };
        if (period is not null || word is not ("a" or "per" or "each" or "every"))
        {
            return period;
        }

        return next switch
        {
            "year" or "annum" => MoneyPeriod.Year,
            "month" => MoneyPeriod.Month,
            "day" => MoneyPeriod.Day,
            "week" => MoneyPeriod.Week,
            "quarter" => MoneyPeriod.Quarter,
            _ => null,
        };
    }

    /// <summary>
    /// A headline may drop the scale ("$N loan agreements") when the body states it ("$N million"): the body's figure
    /// stands, and the headline gets a diagnostic.
    /// </summary>
    private static void CheckHeadline(ExtractionContext context)
    {
        var article = context.Article;
        if (article.Evidence.Find("headline") is not { } headline || context.Money.Count == 0)
        {
            return;
        }

        var tokens = s_headlineTokens ??= [];
        tokens.Clear();
        Tokenizer.Tokenize(context.Source, headline.Span.Start, headline.Span.End, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!TryRead(context, tokens, i, 0, tokens.Count, out var amount) || amount.UpperNumber is not null)
            {
                continue;
            }

            var start0 = tokens[amount.First].Start;
            var end0 = tokens[amount.End - 1].End;
            if (amount.HasScale)
            {
                // A headline figure with its scale must match some amount in the body.
                if (TryValue(context, tokens, amount.Number, amount.Scale, out var headlineValue) && !BodyHas(context, headlineValue))
                {
                    context.Report(DiagnosticCodes.HeadlineMoneyDisagrees, DiagnosticSeverity.Warning, DiagnosticMessages.HeadlineMoneyDisagrees,
                        new TextSpan(start0, end0 - start0, headline.Span.Line, headline.Span.Column + (start0 - headline.Span.Start)));
                }

                i = amount.End - 1;
                continue;
            }

            var number = tokens[amount.Number].Text(context.Source);
            foreach (var money in context.Money)
            {
                if (money.Value.Amount > 0 && HasNumber(context, money.First, money.End, number)
                    && money.Value.Amount != ParseOrZero(number))
                {
                    var start = tokens[amount.First].Start;
                    var end = tokens[amount.End - 1].End;
                    var span = new TextSpan(start, end - start, headline.Span.Line, headline.Span.Column + (start - headline.Span.Start));
                    context.Report(DiagnosticCodes.MoneyScaleMissing, DiagnosticSeverity.Warning,
                        string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.MoneyScaleMissing, context.Source[start..end], money.Chars.ToString()), span);
                    break;
                }
            }

            i = amount.End - 1;
        }
    }

    /// <summary>Whether some amount of the body, or the upper bound of a range, is <paramref name="value"/>.</summary>
    private static bool BodyHas(ExtractionContext context, decimal value)
    {
        foreach (var money in context.Money)
        {
            if (money.Value.Amount == value || money.UpperBound?.Amount == value)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNumber(ExtractionContext context, int first, int end, ReadOnlySpan<char> number)
    {
        for (var k = first; k < end; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Number && context.Text(k).SequenceEqual(number))
            {
                return true;
            }
        }

        return false;
    }

    private static decimal ParseOrZero(ReadOnlySpan<char> number) =>
        decimal.TryParse(number.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>An amount as read, before its value and currency are settled.</summary>
    internal readonly record struct RawAmount(int First, int End, int Number, decimal Scale, int? UpperNumber, decimal UpperScale, IReadOnlyList<CurrencyPhrase> Currencies, bool HasScale);
}
