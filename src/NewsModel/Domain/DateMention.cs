using System.Globalization;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>
/// A date read from the text and resolved against the article's reference date: its value at a precision,
/// whether any part was inferred, and the words it was read from.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Value"/> holds the first day of the period the text names: the day itself, the Monday of a week, the
/// first of a month or 1 January. <see cref="IsoValue"/> writes it at its precision (<c>2025-07-07</c>,
/// <c>2025-W28</c>, <c>2025-04</c>, <c>2025</c>), which is the form JSON carries.
/// </para>
/// <para>A relative date in an article with no stamp cannot be resolved: its value is null and its text is kept.</para>
/// </remarks>
public sealed record DateMention
{
    /// <summary>Gets the first day of the period the text names, or null when it could not be resolved.</summary>
    public DateOnly? Value { get; init; }

    /// <summary>Gets how much of the date the text states or implies.</summary>
    public DatePrecision Precision { get; init; }

    /// <summary>Gets whether any part of the value (such as the year of <c>Dec. 12</c>) was inferred rather than stated.</summary>
    public bool Inferred { get; init; }

    /// <summary>Gets the words the date was read from, e.g. <c>in April</c> or <c>on Monday</c>.</summary>
    public required string Text
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Text));
    }

    /// <summary>Gets the span of <see cref="Text"/>.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Gets which article stamp the value was resolved against, if any.</summary>
    public DateReference Reference { get; init; }

    /// <summary>Gets the value in ISO 8601 at its precision, or null when unresolved.</summary>
    public string? IsoValue => Value is { } date ? FormatIso(date, Precision) : null;

    /// <summary>Writes a date in ISO 8601 at a precision.</summary>
    /// <param name="date">The date; for coarser precisions, any day inside the period.</param>
    /// <param name="precision">The precision to write.</param>
    /// <returns><c>2025-07-07</c>, <c>2025-W28</c>, <c>2025-04</c> or <c>2025</c>.</returns>
    public static string FormatIso(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(
            CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}"),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown precision."),
    };
}
