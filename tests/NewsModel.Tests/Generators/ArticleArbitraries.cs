using FsCheck;
using FsCheck.Fluent;

namespace NewsModel.Tests.Generators;

/// <summary>The generators as FsCheck arbitraries, for <c>[Property(Arbitrary = [typeof(ArticleArbitraries)])]</c>.</summary>
public static class ArticleArbitraries
{
    /// <summary>News text in the seed layout, copied badly.</summary>
    public static Arbitrary<NewsText> Texts() => Arb.From(ArticleGen.Text.Select(t => new NewsText(t)));

    /// <summary>Documents built in code.</summary>
    public static Arbitrary<NewsDocument> Models() => Arb.From(ArticleGen.Model);

    /// <summary>Arbitrary strings of layout-relevant characters.</summary>
    public static Arbitrary<NoiseText> Noise() => Arb.From(ArticleGen.Noise.Select(t => new NoiseText(t)));
}

/// <summary>A generated news text; the wrapper gives it an arbitrary of its own and shows line breaks when printed.</summary>
public sealed record NewsText(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>A generated string of layout-relevant characters.</summary>
public sealed record NoiseText(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
