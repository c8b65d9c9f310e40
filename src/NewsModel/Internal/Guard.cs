using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Internal;

/// <summary>Argument checks shared by the public domain types' init accessors.</summary>
internal static class Guard
{
    public static string NotBlank([NotNull] string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }

    public static string NotNull([NotNull] string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    /// <summary>A default <see cref="ImmutableArray{T}"/> (what a deserializer passes for a missing list) becomes empty.</summary>
    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> value) => value.IsDefault ? [] : value;

    public static int NonNegative(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        return value;
    }

    public static double Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A confidence lies between 0 and 1.");
        }

        return value;
    }

    [DoesNotReturn]
    public static void ThrowArgument(string message, string name) => throw new ArgumentException(message, name);
}
