using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>A source line with its kind and the bounds of its content once white space is trimmed from both ends.</summary>
internal readonly record struct LayoutLine(TextLine Line, LineKind Kind, int ContentStart, int ContentLength)
{
    public bool IsBlank => Kind == LineKind.Blank;

    public bool IsHeader => Kind is LineKind.ShortUrl or LineKind.Stamp or LineKind.Follow;

    public ReadOnlySpan<char> Content(string text) => text.AsSpan(ContentStart, ContentLength);

    public TextSpan ContentSpan => SourceText.Span(Line, ContentStart, ContentLength);
}
