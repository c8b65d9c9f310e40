using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>A quotation read from the text, with its speaker as written and as resolved.</summary>
internal sealed class QuoteValue : IPooled
{
    /// <summary>Where the quoted words start in the context's source; the record cuts its text from there.</summary>
    public int TextStart { get; private set; }

    public int TextLength { get; private set; }

    public TextSpan Span { get; private set; }

    public int FirstToken { get; private set; }

    public int EndToken { get; private set; }

    public string? Speaker { get; set; }

    public TextSpan? SpeakerSpan { get; set; }

    public PersonEntity? SpeakerPerson { get; set; }

    public OrganizationEntity? SpeakerOrganization { get; set; }

    public PlaceEntity? SpeakerPlace { get; set; }

    public QuoteValue Init(int textStart, int textLength, TextSpan span, int firstToken, int endToken)
    {
        TextStart = textStart;
        TextLength = textLength;
        Span = span;
        FirstToken = firstToken;
        EndToken = endToken;
        return this;
    }

    public void Reset()
    {
        TextStart = 0;
        TextLength = 0;
        Span = default;
        FirstToken = 0;
        EndToken = 0;
        Speaker = null;
        SpeakerSpan = null;
        SpeakerPerson = null;
        SpeakerOrganization = null;
        SpeakerPlace = null;
    }
}
