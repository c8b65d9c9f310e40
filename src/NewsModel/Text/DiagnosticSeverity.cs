namespace NewsModel.Text;

/// <summary>How much a <see cref="Diagnostic"/> matters to a caller.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A remark about the text; the model is complete.</summary>
    Info,

    /// <summary>The text deviates from the expected layout or facts, and the model holds the best reading.</summary>
    Warning,

    /// <summary>The text could not be read as expected; strict parsing fails on the first one.</summary>
    Error,
}
