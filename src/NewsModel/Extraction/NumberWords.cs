namespace NewsModel.Extraction;

/// <summary>Small counts as words or digits: "two loan agreements", "the four governments", "3 credits".</summary>
internal static class NumberWords
{
    /// <summary>"two" to "eight" (or "Two", "2" …) as a number; null for any other word.</summary>
    public static int? Count(ReadOnlySpan<char> word) => word switch
    {
        "two" or "Two" or "2" => 2,
        "three" or "Three" or "3" => 3,
        "four" or "Four" or "4" => 4,
        "five" or "Five" or "5" => 5,
        "six" or "Six" or "6" => 6,
        "seven" or "Seven" or "7" => 7,
        "eight" or "Eight" or "8" => 8,
        _ => null,
    };
}
