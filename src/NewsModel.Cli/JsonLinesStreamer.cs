using NewsModel.Domain;
using NewsModel.Serialization.Json;
using Spectre.Console;

namespace NewsModel.Cli;

/// <summary>
/// <c>parse --format jsonl</c>: streams each input through <see cref="NewsParser.ParseAsync(Stream, NewsPipeline?, string?, NewsStreamOptions?, CancellationToken)"/>
/// and writes each article as soon as it is parsed, so memory stays flat whatever the input's size.
/// </summary>
/// <remarks>
/// A progress bar goes to standard error when it is a terminal, the output is not (a file or a pipe), and an input
/// is larger than <see cref="ProgressThreshold"/>; otherwise the console is quiet.
/// </remarks>
internal sealed class JsonLinesStreamer(TextWriter output, TextWriter error, Func<Stream> standardInput, bool errorIsTerminal)
{
    /// <summary>Inputs up to this size parse too fast to need a progress bar.</summary>
    public const long ProgressThreshold = 4 * 1024 * 1024;

    public int Run(string[] paths, NewsPipeline pipeline, bool parallel, string? outputPath)
    {
        foreach (var path in paths.Where(p => p != "-"))
        {
            var problem = Directory.Exists(path) ? "is a directory, not a text file." : !File.Exists(path) ? "no such file." : null;
            if (problem is not null)
            {
                error.WriteLine($"newsmodel: {path}: {problem}");
                return ExitCodes.UsageOrIo;
            }
        }

        var options = new NewsStreamOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        var current = outputPath ?? "-";
        TextWriter? file = null;
        try
        {
            file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var writer = file ?? output;
            foreach (var path in paths)
            {
                current = path;
                using var input = new TextInputStream(path == "-" ? standardInput() : File.OpenRead(path));
                var length = path == "-" ? 0 : new FileInfo(path).Length;
                var articles = NewsParser.ParseAsync(input, pipeline, path, options);
                var showProgress = errorIsTerminal && (outputPath is not null || Console.IsOutputRedirected) && length > ProgressThreshold;
                (showProgress ? WithProgressAsync(articles, writer, input, path, length) : WriteAsync(articles, writer, null)).GetAwaiter().GetResult();
            }

            return ExitCodes.Success;
        }
        catch (NewsParseException exception)
        {
            error.WriteLine($"newsmodel: {current}: {exception.Message}");
            return ExitCodes.StrictErrors;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"newsmodel: {current}: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }
        finally
        {
            file?.Dispose();
        }
    }

    private static async Task WriteAsync(IAsyncEnumerable<Article> articles, TextWriter writer, Action? progress)
    {
        await foreach (var article in articles.ConfigureAwait(false))
        {
            writer.Write(NewsJson.SerializeArticle(article));
            writer.Write('\n');
            writer.Flush();
            progress?.Invoke();
        }
    }

    private Task WithProgressAsync(IAsyncEnumerable<Article> articles, TextWriter writer, TextInputStream input, string path, long length)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Path.GetFileName(path), maxValue: length);
                await WriteAsync(articles, writer, () => task.Value = input.BytesRead).ConfigureAwait(false);
                task.Value = length;
            });
    }
}
