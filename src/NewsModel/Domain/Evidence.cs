using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>
/// Where one field of a record was read: the <see cref="Span"/> of its text and the <see cref="Rule"/> that read it.
/// </summary>
/// <remarks>
/// For a value copied from the text, <c>source[Span]</c> is that text; for a normalised value (a date, an amount, a
/// canonical name) it is the phrase the value was read from. Records list their evidence in the order their fields
/// are declared; <see cref="EvidenceExtensions.Find"/> looks one up by field name. A value type, so a record's
/// evidence is one array with no object per field; field and rule names are shared strings, never copies.
/// </remarks>
public readonly record struct Evidence
{
    /// <summary>Creates a piece of evidence.</summary>
    /// <param name="field">The camelCase name of the field, as it appears in JSON, e.g. <c>lender</c>.</param>
    /// <param name="span">The span the value was read from.</param>
    /// <param name="rule">The name of the rule that read it, e.g. <c>StampBlockParser</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> or <paramref name="rule"/> is null or blank.</exception>
    public Evidence(string field, TextSpan span, string rule)
    {
        Field = field;
        Span = span;
        Rule = rule;
    }

    /// <summary>Gets the camelCase name of the field the evidence is for, as it appears in JSON; empty in the default value.</summary>
    /// <exception cref="ArgumentException">Initialised with a null or blank name.</exception>
    public string Field
    {
        get => field ?? "";
        init => field = Guard.NotBlank(value, nameof(Field));
    }

    /// <summary>Gets the span of the text the value was read from.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Gets the name of the rule that read the value; empty in the default value.</summary>
    /// <exception cref="ArgumentException">Initialised with a null or blank name.</exception>
    public string Rule
    {
        get => field ?? "";
        init => field = Guard.NotBlank(value, nameof(Rule));
    }
}
