using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>What the layout stage produces: articles with their layout fields, and diagnostics that belong to no article.</summary>
internal sealed record LayoutResult(List<Article> Articles, List<Diagnostic> Diagnostics);
