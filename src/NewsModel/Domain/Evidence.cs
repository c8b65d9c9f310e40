using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>
/// Where one field of a record was read: the <see cref="Span"/> of its text and the <see cref="Rule"/> that read it.
/// </summary>
/// <remarks>
/// For a value copied from the text, <c>source[Span]</c> is that text; for a normalised value (a date, an amount, a
/// canonical name) it is the phrase the value was read from. Records list their evidence in the order their fields
/// are declared; <see cref="EvidenceExtensions.Find"/> looks one up by field name.
/// </remarks>
public sealed record Evidence
{
    /// <summary>Creates a piece of evidence.</summary>
    /// <param name="field">The camelCase name of the field, as it appears in JSON, e.g. <c>lender</c>.</param>
    /// <param name="span">The span the value was read from.</param>
    /// <param name="rule">The name of the rule that read it, e.g. <c>StampBlockParser</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> or <paramref name="rule"/> is null or blank.</exception>
    public Evidence(string field, TextSpan span, string rule)
    {
        Field = Guard.NotBlank(field, nameof(field));
        Span = span;
        Rule = Guard.NotBlank(rule, nameof(rule));
    }

    /// <summary>Gets the camelCase name of the field the evidence is for, as it appears in JSON.</summary>
    public string Field { get; }

    /// <summary>Gets the span of the text the value was read from.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the name of the rule that read the value.</summary>
    public string Rule { get; }
}
