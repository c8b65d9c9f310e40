namespace NewsModel.Extraction.Tokens;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or initialism dots: <c>Pakistan</c>, <c>secretary-level</c>, <c>U.S.</c>.</summary>
    Word,

    /// <summary>Digits with inner separators: <c>815</c>, <c>1,000</c>, <c>27.5</c>.</summary>
    Number,

    /// <summary>A currency sign: <c>$</c>, <c>€</c>, <c>£</c>, <c>¥</c>, <c>₹</c>, <c>₦</c>, <c>৳</c>.</summary>
    Currency,

    /// <summary>A possessive ending split from its word: <c>’s</c>, <c>'s</c>, or a lone <c>’</c> after a plural.</summary>
    Possessive,

    /// <summary>An opening quotation mark: <c>“</c>, or <c>"</c> / <c>‘</c> where a quotation opens.</summary>
    OpenQuote,

    /// <summary>A closing quotation mark: <c>”</c>, or <c>"</c> / <c>’</c> where a quotation closes.</summary>
    CloseQuote,

    /// <summary>Any other punctuation character.</summary>
    Punctuation,
}
