namespace NewsModel.Cli;

/// <summary>The seed files, embedded in the console as its default input.</summary>
internal static class EmbeddedSeeds
{
    public static IEnumerable<InputFile> All()
    {
        var assembly = typeof(EmbeddedSeeds).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return new InputFile(name["seeds/".Length..], buffer.ToArray());
        }
    }
}
