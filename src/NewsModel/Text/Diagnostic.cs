namespace NewsModel.Text;

/// <summary>
/// A problem found in the input text: a stable <see cref="Code"/>, a <see cref="Severity"/>, a readable
/// <see cref="Message"/> and the <see cref="Span"/> it concerns.
/// </summary>
/// <remarks>
/// Diagnostics are data, not exceptions: lenient parsing reports them beside the best model it could build.
/// Codes never change meaning; the message text may improve between versions, so match on <see cref="Code"/>.
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">A stable code such as <c>NM1001</c>; see <see cref="DiagnosticCodes"/>.</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="message">A readable explanation.</param>
    /// <param name="span">The text it concerns.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null or blank.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, TextSpan span)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Severity = severity;
        Message = message;
        Span = span;
    }

    /// <summary>Gets the stable code, e.g. <c>NM1001</c>: <c>NM1xxx</c> layout, <c>NM2xxx</c> extraction, <c>NM3xxx</c> serialisation.</summary>
    public string Code { get; }

    /// <summary>Gets how much the problem matters.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets a readable explanation; its wording may change between versions.</summary>
    public string Message { get; }

    /// <summary>Gets the span of the text the problem concerns.</summary>
    public TextSpan Span { get; }

    /// <summary>Returns <c>NM1001 error 3:1: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() =>
        $"{Code} {Severity.ToString().ToLowerInvariant()} {Span.Line}:{Span.Column}: {Message}";
}
