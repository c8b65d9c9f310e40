using System.Collections.Immutable;
using NewsModel.Domain;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel;

/// <summary>The result of parsing: the articles found, the diagnostics that belong to no article, and the source.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record NewsDocument
{
    /// <summary>
    /// The version of the JSON contract this library writes. A change that renames or removes a field changes the major
    /// part; a change that only adds fields changes the minor part (1.1 added the layout detail the text writer replays; 1.2 the meeting statuses postponed and cancelled).
    /// </summary>
    public const string CurrentSchemaVersion = "1.2";

    /// <summary>Gets the version of the JSON contract the document follows.</summary>
    public string SchemaVersion
    {
        get;
        init => field = Guard.NotBlank(value, nameof(SchemaVersion));
    } = CurrentSchemaVersion;

    /// <summary>Gets where the text came from: a file name, <c>-</c> for standard input, or null for a string, or when articles from several sources were combined.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the articles, in input order.</summary>
    public ImmutableArray<Article> Articles
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the diagnostics that belong to no single article, in text order. Each article holds its own.</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets how the text began before its first article (a byte order mark, blank lines), for the text writer; null for a document built in code.</summary>
    public DocumentLayout? Layout { get; init; }

    /// <summary>Returns every diagnostic, the document's and each article's, in text order.</summary>
    /// <returns>All diagnostics, ordered by span start.</returns>
    public IReadOnlyList<Diagnostic> GetAllDiagnostics()
    {
        var all = new List<Diagnostic>(Diagnostics);
        foreach (var article in Articles)
        {
            all.AddRange(article.Diagnostics);
        }

        // A stable sort keeps the order in which diagnostics at the same position were reported.
        return [.. all.OrderBy(d => d.Span.Start)];
    }
}
