using NewsModel.Text;

namespace NewsModel;

/// <summary>
/// Thrown by strict parsing when the text has an error: names the first error's code and line:column, and carries
/// the document lenient parsing would have returned.
/// </summary>
public sealed class NewsParseException : Exception
{
    /// <summary>Creates the exception for the first error of a document.</summary>
    /// <param name="diagnostic">The first error.</param>
    /// <param name="document">The document lenient parsing returns for the same text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NewsParseException(Diagnostic diagnostic, NewsDocument document)
        : base(FormatMessage(diagnostic))
    {
        Diagnostic = diagnostic;
        Document = document ?? throw new ArgumentNullException(nameof(document));
    }

    /// <summary>Gets the first error, in text order.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Gets the document lenient parsing returns, with every diagnostic.</summary>
    public NewsDocument Document { get; }

    private static string FormatMessage(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return $"{diagnostic.Code} at {diagnostic.Span.Line}:{diagnostic.Span.Column}: {diagnostic.Message}";
    }
}
