using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Domain;

/// <summary>An ISO 4217 alphabetic currency code such as <c>USD</c> or <c>PKR</c>.</summary>
/// <remarks>
/// The code is validated for form (three ASCII capital letters), not against a list, so codes introduced after
/// this version still work. <c>XXX</c> is ISO 4217's code for "no currency".
/// </remarks>
public readonly record struct CurrencyCode
{
    private readonly string? _value;

    /// <summary>Creates a currency code.</summary>
    /// <param name="value">Three ASCII capital letters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three ASCII capital letters.</exception>
    public CurrencyCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException("A currency code is three ASCII capital letters, such as USD.", nameof(value));
        }

        _value = value;
    }

    /// <summary>Gets the three-letter code; <c>XXX</c> for the default value.</summary>
    public string Value => _value ?? "XXX";

    /// <summary>Reads a currency code.</summary>
    /// <param name="text">Three ASCII capital letters.</param>
    /// <param name="code">The code when the method returns true.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CurrencyCode code)
    {
        if (IsValid(text))
        {
            code = new CurrencyCode(text);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Returns the three-letter code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    private static bool IsValid([NotNullWhen(true)] string? value) =>
        value is { Length: 3 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiLetterUpper(value[2]);
}
