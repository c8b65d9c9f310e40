using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>What the layout stage produces: articles with their layout fields, diagnostics that belong to no article, and how the text began.</summary>
internal sealed record LayoutResult(List<Article> Articles, List<Diagnostic> Diagnostics, DocumentLayout Layout);
