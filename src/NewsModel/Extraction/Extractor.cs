using System.Collections.Immutable;
using NewsModel.Domain;

namespace NewsModel.Extraction;

/// <summary>Stage 2: runs the pipeline's rules over each article and builds its records.</summary>
internal static class Extractor
{
    public static ImmutableArray<Article> Run(string source, List<Article> articles, ImmutableArray<ExtractionRule> rules)
    {
        if (rules.IsEmpty)
        {
            return [.. articles];
        }

        var context = ExtractionContext.Rent();
        try
        {
            var result = ImmutableArray.CreateBuilder<Article>(articles.Count);
            foreach (var article in articles)
            {
                context.Begin(source, article);
                foreach (var rule in rules)
                {
                    rule.Run(context);
                }

                result.Add(RecordBuilder.Build(context));
            }

            return result.MoveToImmutable();
        }
        finally
        {
            ExtractionContext.Return(context);
        }
    }
}
