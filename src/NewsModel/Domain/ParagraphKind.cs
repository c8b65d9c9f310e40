namespace NewsModel.Domain;

/// <summary>What a paragraph of an article body is, as far as the layout shows.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A short line without closing punctuation that titles the paragraphs after it.</summary>
    Subheading,

    /// <summary>A bulleted line inside the body (bullets right after the headline are highlights instead).</summary>
    ListItem,

    /// <summary>A closing line that credits a news agency, such as <c>—APP</c> or <c>(AFP)</c>.</summary>
    WireCredit,

    /// <summary>A line the layout parser could not place; a diagnostic points at it.</summary>
    Unplaced,
}
