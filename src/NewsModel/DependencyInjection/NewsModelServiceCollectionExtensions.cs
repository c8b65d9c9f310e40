using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsModel;
using NewsModel.Serialization;
using NewsModel.Serialization.Diagram;
using NewsModel.Serialization.Json;
using NewsModel.Serialization.Text;

// The extension lives in the container's namespace, as .NET's own AddX methods do, so it shows up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsModel with a service collection.</summary>
public static class NewsModelServiceCollectionExtensions
{
    /// <summary>
    /// Registers a built <see cref="NewsPipeline"/> as a singleton (it is immutable and thread-safe) and every
    /// <see cref="INewsSerializer"/> (<c>json</c>, <c>jsonl</c>, <c>diagram</c>, <c>newstext</c>) as singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the pipeline; <see cref="NewsPipelineBuilder.UseDefaults"/> when null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Calling it twice keeps the first pipeline and registers each serializer once.</remarks>
    public static IServiceCollection AddNewsModel(this IServiceCollection services, Action<NewsPipelineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new NewsPipelineBuilder().UseDefaults();
        configure?.Invoke(builder);
        services.TryAddSingleton(builder.Build());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSerializer, JsonNewsSerializer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSerializer, JsonLinesNewsSerializer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSerializer, DiagramNewsSerializer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSerializer, NewsTextSerializer>());
        return services;
    }
}
