using System.Reflection;
using NewsModel.Domain;

namespace NewsModel.Tests.PublicApi;

/// <summary>Every public domain and value type is immutable: no public setter, only init. The builder is the one documented exception.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] s_mutableByDesign = [typeof(NewsPipelineBuilder)];

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(NewsParser).Assembly.GetExportedTypes().Where(t => !t.IsEnum && !s_mutableByDesign.Contains(t) && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
                {
                    offenders.Add($"{type.Name}.{property.Name}");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(f => !f.IsInitOnly && !f.IsLiteral))
            {
                offenders.Add($"{type.Name}.{field.Name}");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainRecords_AreSealedOrAbstract()
    {
        var open = typeof(Article).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "NewsModel.Domain" && t.IsClass && !t.IsSealed && !t.IsAbstract && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.Name);
        Assert.Empty(open);
    }

    [Fact]
    public void Collections_AreImmutableArrays()
    {
        var mutable = typeof(Article).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "NewsModel.Domain")
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() != typeof(System.Collections.Immutable.ImmutableArray<>)
                && p.PropertyType.GetInterfaces().Any(i => i == typeof(System.Collections.IEnumerable)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(mutable);
    }
}
