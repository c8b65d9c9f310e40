using NewsModel.Vocabulary;

namespace NewsModel.Text;

/// <summary>
/// Reads a full calendar date at the start of a span: <c>07 July 2025</c>, <c>7 Jul. 2025</c>, <c>July 7, 2025</c>,
/// <c>Sept. 3, 2024</c>, <c>2025-07-07</c>, each optionally after a weekday (<c>Monday, 7 July 2025</c>).
/// </summary>
/// <remarks>A forward scan with no backtracking: each call looks at a bounded number of characters past the date.</remarks>
internal static class DateReader
{
    /// <summary>Tries to read a date at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text, starting at the first character of the date (or its weekday).</param>
    /// <param name="date">The date read.</param>
    /// <param name="length">How many characters the date takes, weekday included.</param>
    /// <returns>True when a valid date starts the text.</returns>
    public static bool TryRead(ReadOnlySpan<char> text, out DateOnly date, out int length)
    {
        date = default;
        length = 0;
        var position = SkipWeekday(text);

        if (TryReadIso(text[position..], out date, out var isoLength))
        {
            length = position + isoLength;
            return true;
        }

        var cursor = new Cursor(text, position);
        int day, month;
        if (cursor.TryNumber(2, out day))
        {
            // 07 July 2025, 7 Jul. 2025, 07-Jul-2025
            cursor.SkipAny(" -\u00A0");
            if (!cursor.TryMonth(out month))
            {
                return false;
            }

            cursor.SkipAny(" -,\u00A0");
        }
        else if (cursor.TryMonth(out month))
        {
            // July 7, 2025, Sept. 3 2024
            cursor.SkipAny(" \u00A0");
            if (!cursor.TryNumber(2, out day))
            {
                return false;
            }

            cursor.SkipOrdinalSuffix();
            cursor.SkipAny(", \u00A0");
        }
        else
        {
            return false;
        }

        if (!cursor.TryNumber(4, out var year, exactDigits: true) || !IsValid(year, month, day))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        length = cursor.Position;
        return true;
    }

    /// <summary>Whether a year, month and day make a real calendar date.</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int SkipWeekday(ReadOnlySpan<char> text)
    {
        var word = 0;
        while (word < text.Length && char.IsAsciiLetter(text[word]))
        {
            word++;
        }

        if (word == 0 || Calendar.Weekday(text[..word]) == 0)
        {
            return 0;
        }

        var position = word;
        while (position < text.Length && text[position] is ',' or '.' or ' ' or '\u00A0')
        {
            position++;
        }

        return position;
    }

    private static bool TryReadIso(ReadOnlySpan<char> text, out DateOnly date, out int length)
    {
        date = default;
        length = 10;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-' || (text.Length > 10 && char.IsAsciiDigit(text[10])))
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..10], out var day)
            || !IsValid(year, month, day))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>A position in the text being read, with small forward-only readers.</summary>
    private ref struct Cursor(ReadOnlySpan<char> text, int position)
    {
        private readonly ReadOnlySpan<char> _text = text;

        public int Position { get; private set; } = position;

        public bool TryNumber(int maxDigits, out int value, bool exactDigits = false)
        {
            value = 0;
            var start = Position;
            var end = start;
            while (end < _text.Length && end - start < maxDigits && char.IsAsciiDigit(_text[end]))
            {
                value = (value * 10) + (_text[end] - '0');
                end++;
            }

            var digits = end - start;
            if (digits == 0 || (exactDigits && digits != maxDigits) || (end < _text.Length && char.IsAsciiDigit(_text[end])))
            {
                return false;
            }

            Position = end;
            return true;
        }

        public bool TryMonth(out int month)
        {
            var end = Position;
            while (end < _text.Length && char.IsAsciiLetter(_text[end]))
            {
                end++;
            }

            month = end > Position ? Calendar.Month(_text[Position..end]) : 0;
            if (month == 0)
            {
                return false;
            }

            Position = end < _text.Length && _text[end] == '.' ? end + 1 : end;
            return true;
        }

        public void SkipOrdinalSuffix()
        {
            if (Position + 1 < _text.Length && _text.Slice(Position, 2) is "st" or "nd" or "rd" or "th")
            {
                Position += 2;
            }
        }

        public void SkipAny(string characters)
        {
            while (Position < _text.Length && characters.Contains(_text[Position], StringComparison.Ordinal))
            {
                Position++;
            }
        }
    }
}
