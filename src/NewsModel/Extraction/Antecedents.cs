using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;

namespace NewsModel.Extraction;

/// <summary>
/// Finds the person a subject that names nobody stands for: <c>she</c> or <c>he</c> (the person named last before
/// it), <c>the President</c> or <c>the visiting deputy minister</c> (the person named last before it whose title has
/// those words).
/// </summary>
/// <remarks>
/// Forced by "Later on Thursday, the visiting deputy minister called on Foreign Minister …" and "On Monday, she called
/// on President …": without the subject, a meeting of two sides has one.
/// </remarks>
internal static class Antecedents
{
    /// <summary>How far back, in tokens, a pronoun looks for the person it stands for: about two sentences.</summary>
    private const int PronounReach = 80;

    /// <summary>
    /// How far back, in tokens, a description such as "the minister" looks for its holder: a few paragraphs, so that a
    /// long article costs the same per description as a short one.
    /// </summary>
    private const int DescriptionReach = 600;

    /// <summary>The most title words a definite description such as "the visiting deputy foreign minister" holds.</summary>
    private const int MaxTitleWords = 4;

    /// <summary>
    /// The person the subject in <c>[first, end)</c> refers to, with the token that refers to them, when nothing before
    /// that token names a person, place or organisation itself.
    /// </summary>
    public static (Annotation Person, int At)? Subject(ExtractionContext context, Sentence sentence, int first, int end)
    {
        // Only the subject counts: "The minister is due to travel to Amman" names a place after it, not instead of it.
        for (var k = first; k < end; k++)
        {
            var word = context.Text(k);
            if (word is "he" or "she" or "He" or "She")
            {
                return !NamesAnyone(context, first, k) && Pronoun(context, Math.Max(0, sentence.First - PronounReach), k) is { } person ? (person, k) : null;
            }

            if (word is "the" or "The" && Described(context, k, end) is { } holder)
            {
                return !NamesAnyone(context, first, k) ? (holder, k) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a description such as "the minister" or "the visiting deputy minister" at <paramref name="at"/> (its
    /// "the") stands for: the last person named before it whose title holds its words. Null when the words after "the"
    /// name no office ("the working-level talks"). With a <paramref name="side"/>, a holder of that side
    /// comes first: "The Indonesian delegation was led by the minister" after both foreign ministers were named.
    /// </summary>
    public static Annotation? Described(ExtractionContext context, int at, int end, INamedEntity? side = null)
    {
        var strict = false;
        if (at + 1 >= end || context.Text(at) is not ("the" or "The"))
        {
            return null;
        }

        var titleFirst = context.Text(at + 1) is "visiting" ? at + 2 : at + 1;

        // "the Tajik minister": a nationality before the office says whose.
        if (side is null && titleFirst < end && context.AnnotationAt(titleFirst) is { Kind: AnnotationKind.Place, IsAdjective: true } nationality
            && Parties.Of(context, nationality) is { } country)
        {
            side = country;
            titleFirst = nationality.End;
            strict = true;
        }

        var titleEnd = titleFirst;
        while (titleEnd < end && titleEnd - titleFirst < MaxTitleWords && context.Tokens[titleEnd].IsWord
            && ((context.ClassOf(titleEnd) & WordClass.TitleStart) != 0 || IsOfficeNoun(context.Text(titleEnd))))
        {
            titleEnd++;
        }

        // A description ends in an office noun, and is not the start of a name ("the President Hotel", "the Minister Khan").
        if (titleEnd == titleFirst || !IsOfficeNoun(context.Text(titleEnd - 1))
            || (titleEnd < context.Tokens.Count && context.Tokens[titleEnd].IsWord && context.Tokens[titleEnd].IsCapitalized))
        {
            return null;
        }

        return LastPerson(context, Math.Max(0, at - DescriptionReach), at, titleFirst, titleEnd, side) is { } holder && (!strict || Parties.OfPerson(context.People[holder.Entity]) == side)
            ? holder : null;
    }

    /// <summary>
    /// The person "he" or "she" stands for: the last one named as a sentence's subject before it ("Karaosmanoğlu met
    /// with … and with Uzbek Foreign Minister Tursunov. He also held …" means Karaosmanoğlu), else the last one named.
    /// </summary>
    private static Annotation? Pronoun(ExtractionContext context, int first, int end)
    {
        Annotation? last = null;
        Annotation? subject = null;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Person))
        {
            last = annotation;
            if (OpensSentence(context, annotation.First))
            {
                subject = annotation;
            }
        }

        return subject ?? last;
    }

    /// <summary>Whether only a title, a possessive or capitalised words stand before the name in its sentence.</summary>
    private static bool OpensSentence(ExtractionContext context, int name)
    {
        // A title and a possessive country run a few words at most: a longer walk finds a verb or gives up.
        var start = Math.Max(context.Sentences[context.SentenceOf(name)].First, name - MaxTitleWords - 6);
        if (start > context.Sentences[context.SentenceOf(name)].First)
        {
            return false;
        }

        for (var k = name - 1; k >= start; k--)
        {
            var token = context.Tokens[k];
            if (token.IsWord && !token.IsCapitalized && context.TitleAt(k) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <c>[first, end)</c> names a person, a place (an adjective too) or an organisation.</summary>
    public static bool NamesAnyone(ExtractionContext context, int first, int end)
    {
        foreach (var kind in (ReadOnlySpan<AnnotationKind>)[AnnotationKind.Person, AnnotationKind.Organization])
        {
            if (context.AnnotationsIn(first, end, kind).Any())
            {
                return true;
            }
        }

        // "Chilean and Peruvian officials held …": an adjective names the sides too.
        return context.AnnotationsIn(first, end, AnnotationKind.Place).Any();
    }

    /// <summary>Office nouns that end a title ("the deputy minister", "the President"), in any case.</summary>
    private static bool IsOfficeNoun(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[16];
        return word.Length <= lower.Length && word.ToLowerInvariant(lower) == word.Length
            && lower[..word.Length] is "minister" or "president" or "secretary" or "premier" or "envoy" or "ambassador" or "chancellor" or "governor"
                or "director" or "chief" or "chairman" or "chairperson" or "chair" or "representative" or "commissioner" or "mayor" or "king" or "emir"
                or "prince" or "sheikh";
    }

    /// <summary>The last person named in <c>[first, end)</c>; with title words, the last whose title holds them all.</summary>
    private static Annotation? LastPerson(ExtractionContext context, int first, int end, int titleFirst, int titleEnd, INamedEntity? side = null)
    {
        Annotation? last = null;
        Annotation? lastOfSide = null;
        var lastCount = 0;
        var sideCount = 0;
        foreach (var annotation in context.AnnotationsIn(first, end, AnnotationKind.Person))
        {
            var person = context.People[annotation.Entity];
            if (titleFirst < 0 || HasTitleWords(context, person.Title, titleFirst, titleEnd))
            {
                // The holder the story is about, named most often so far, else the latest: "Minister Sato … met Energy
                // Minister Okafor … The Minister concluded his visit" is Sato.
                var count = Mentions(context, first, annotation);
                if (count >= lastCount)
                {
                    (last, lastCount) = (annotation, count);
                }

                if (side is not null && Parties.OfPerson(person) == side && count >= sideCount)
                {
                    (lastOfSide, sideCount) = (annotation, count);
                }
            }
        }

        return lastOfSide ?? last;
    }

    /// <summary>How often the person of <paramref name="annotation"/> is named from <paramref name="first"/> up to it.</summary>
    private static int Mentions(ExtractionContext context, int first, Annotation annotation)
    {
        var count = 0;
        foreach (var other in context.AnnotationsIn(first, annotation.End, AnnotationKind.Person))
        {
            count += other.Entity == annotation.Entity ? 1 : 0;
        }

        return count;
    }

    private static bool HasTitleWords(ExtractionContext context, string? title, int first, int end)
    {
        if (title is null)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!ContainsWord(title, context.Text(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> (a title) has <paramref name="word"/> as a whole word, in any case.</summary>
    public static bool ContainsWord(string text, ReadOnlySpan<char> word)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if ((at == 0 || text[at - 1] is ' ' or '-') && (at + word.Length == text.Length || text[at + word.Length] is ' ' or ',' or '-'))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
