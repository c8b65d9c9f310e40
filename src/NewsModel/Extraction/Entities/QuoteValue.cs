using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>A quotation read from the text, with its speaker as written and as resolved.</summary>
internal sealed class QuoteValue(string text, TextSpan span, int firstToken, int endToken)
{
    public string Text { get; } = text;

    public TextSpan Span { get; } = span;

    public int FirstToken { get; } = firstToken;

    public int EndToken { get; } = endToken;

    public string? Speaker { get; set; }

    public TextSpan? SpeakerSpan { get; set; }

    public PersonEntity? SpeakerPerson { get; set; }

    public OrganizationEntity? SpeakerOrganization { get; set; }

    public PlaceEntity? SpeakerPlace { get; set; }
}
