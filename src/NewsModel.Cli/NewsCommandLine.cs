using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// The <c>newsmodel</c> command line: with no arguments it summarises the embedded seeds; <c>parse</c> reads files or
/// standard input and writes json, jsonl, diagram, newstext or summary.
/// </summary>
/// <param name="output">Where results go.</param>
/// <param name="error">Where messages go.</param>
/// <param name="standardInput">Opens standard input, for <c>-</c>.</param>
/// <param name="errorIsTerminal">Whether <paramref name="error"/> is a terminal, where a progress bar can show.</param>
internal sealed class NewsCommandLine(TextWriter output, TextWriter error, Func<Stream> standardInput, bool errorIsTerminal = false)
{
    private static readonly string[] s_formats = ["json", "jsonl", "diagram", "newstext", "summary"];

    public int Run(string[] args)
    {
        var root = Build();
        var result = root.Parse(args);

        // System.CommandLine exits 1 on its own parse errors; usage errors are 2 here, and 1 means strict errors.
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"newsmodel: {parseError.Message}");
            }

            error.WriteLine("Run 'newsmodel --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private RootCommand Build()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files to parse, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (one document), jsonl (one article per line), diagram, newstext (the articles as text again) or summary.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(s_formats);
        var strict = new Option<bool>("--strict") { Description = "Fail with exit code 1 on the first error, naming its code and line:column." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var parallel = new Option<bool>("--parallel") { Description = "With jsonl: extract on every core; the output is the same, in the same order." };

        var parse = new Command("parse", "Parse news articles copied as text. jsonl streams: each article is written as soon as it is parsed, in constant memory.")
        {
            inputs, format, strict, outputFile, parallel,
        };
        parse.SetAction(result => result.GetValue(format) == "jsonl"
            ? new JsonLinesStreamer(output, error, standardInput, errorIsTerminal).Run(
                result.GetValue(inputs)!, BuildPipeline(result.GetValue(strict)), result.GetValue(parallel), result.GetValue(outputFile))
            : Parse(result.GetValue(inputs)!, result.GetValue(format)!, result.GetValue(strict), result.GetValue(outputFile)));

        var target = new Argument<string>("output") { Description = "The file to write." };
        var articles = new Argument<string[]>("articles") { Description = "Article files to repeat; the built-in seeds when none are given.", Arity = ArgumentArity.ZeroOrMore };
        var size = new Option<int>("--size-mb") { Description = "Write at least this many megabytes.", DefaultValueFactory = _ => 1024 };
        var generate = new Command("generate", "Write a large input for scale tests: the articles repeated, headlines varied in each round so every copy is distinct.")
        {
            target, articles, size,
        };
        generate.SetAction(result => Generate(result.GetValue(target)!, result.GetValue(articles) ?? [], result.GetValue(size)));

        var corpus = new Argument<string>("corpus-dir") { Description = "A folder of *.txt articles, each with a *.gold.json beside it." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every missed or spurious record and wrong field." };
        var eval = new Command("eval", "Score extraction against a labelled corpus: precision, recall and F1 per record type, accuracy per field.") { corpus, verbose };
        eval.SetAction(result => Evaluate(result.GetValue(corpus)!, result.GetValue(verbose)));

        var root = new RootCommand("NewsModel: turns news articles about diplomacy and development finance into typed, source-linked records. With no command, summarises the built-in seed articles.")
        {
            parse,
            eval,
            generate,
        };
        root.SetAction(_ => Write([.. EmbeddedSeeds.All()], "summary", strict: false, outputPath: null));
        return root;
    }

    private static NewsPipeline BuildPipeline(bool strict)
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        return (strict ? builder.UseStrictMode() : builder).Build();
    }

    private int Generate(string target, string[] paths, int megabytes)
    {
        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (InputFile.Read(path, standardInput, error) is not { } input)
            {
                return ExitCodes.UsageOrIo;
            }

            inputs.Add(input);
        }

        if (inputs.Count == 0)
        {
            inputs.AddRange(EmbeddedSeeds.All());
        }

        try
        {
            using var writer = new StreamWriter(target, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            var written = CorpusGenerator.Write([.. inputs.Select(i => Encoding.UTF8.GetString(i.Bytes))], writer, megabytes * 1024L * 1024);
            error.WriteLine($"newsmodel: wrote {written:N0} bytes to {target}.");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsmodel: {target}: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    private int Evaluate(string directory, bool verbose)
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"newsmodel: {directory}: no such folder.");
            return ExitCodes.UsageOrIo;
        }

        using var services = new ServiceCollection().AddNewsModel().BuildServiceProvider();
        var evaluator = new Evaluation.CorpusEvaluator(services.GetRequiredService<NewsPipeline>());
        evaluator.EvaluateDirectory(directory);
        if (evaluator.Articles == 0)
        {
            error.WriteLine($"newsmodel: {directory}: no *.txt article with a *.gold.json beside it.");
            return ExitCodes.UsageOrIo;
        }

        output.Write(evaluator.Report(directory));
        if (verbose)
        {
            foreach (var miss in evaluator.Misses)
            {
                output.WriteLine(miss);
            }
        }

        return ExitCodes.Success;
    }

    private int Parse(string[] paths, string format, bool strict, string? outputPath)
    {
        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (InputFile.Read(path, standardInput, error) is not { } input)
            {
                return ExitCodes.UsageOrIo;
            }

            inputs.Add(input);
        }

        return Write(inputs, format, strict, outputPath);
    }

    private int Write(List<InputFile> inputs, string format, bool strict, string? outputPath)
    {
        using var services = new ServiceCollection()
            .AddNewsModel(builder =>
            {
                if (strict)
                {
                    builder.UseStrictMode();
                }
            })
            .BuildServiceProvider();
        var pipeline = services.GetRequiredService<NewsPipeline>();

        NewsDocument document;
        try
        {
            var documents = inputs.Select(input => NewsParser.ParseUtf8(input.Bytes, pipeline, input.Source)).ToList();
            document = documents.Count == 1 ? documents[0] : new NewsDocument
            {
                Articles = [.. documents.SelectMany(d => d.Articles)],
                Diagnostics = [.. documents.SelectMany(d => d.Diagnostics)],
            };
        }
        catch (NewsParseException exception)
        {
            error.WriteLine($"newsmodel: {exception.Document.Source ?? "input"}: {exception.Message}");
            return ExitCodes.StrictErrors;
        }

        try
        {
            if (outputPath is null)
            {
                Render(document, format, services, output);
            }
            else
            {
                using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Render(document, format, services, file);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsmodel: {outputPath}: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        return ExitCodes.Success;
    }

    private static void Render(NewsDocument document, string format, IServiceProvider services, TextWriter writer)
    {
        if (format == "summary")
        {
            SummaryWriter.Write(document, writer);
            return;
        }

        services.GetServices<INewsSerializer>().Single(s => s.Format == format).Write(document, writer);
    }
}
