using System.Text;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.Streaming;

/// <summary>
/// <see cref="NewsParser.ParseAsync(Stream, NewsPipeline?, string?, NewsStreamOptions?, CancellationToken)"/>: the
/// articles equal those of the in-memory parse (compared through their JSON: every field, span, id and diagnostic),
/// however the input is split into reads, and the stream is read only as far as needed.
/// </summary>
public sealed class ParseAsyncTests
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task EveryArticleFile_StreamsAsItParsesInMemory()
    {
        foreach (var path in StreamInputs.ArticleFiles)
        {
            var bytes = File.ReadAllBytes(path);
            var streamed = await StreamInputs.StreamJsonAsync(new CountingStream(bytes, maxReadSize: 777), source: "file");
            Assert.True(StreamInputs.InMemoryJson(bytes, source: "file").SequenceEqual(streamed), $"{Path.GetFileName(path)} streams differently");
        }
    }

    [Theory]
    [InlineData(1, "\n")]
    [InlineData(4099, "\n")]
    [InlineData(4099, "\r\n")]
    [InlineData(65536, "\r")]
    public async Task AllArticles_InAnyReadSize_MatchTheInMemoryParse(int readSize, string lineBreak)
    {
        var text = StreamInputs.AllArticles().ReplaceLineEndings(lineBreak);
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = StreamInputs.InMemoryJson(bytes);
        var stream = new CountingStream(bytes, readSize);

        var streamed = await StreamInputs.StreamJsonAsync(stream);

        Assert.True(expected.Count > 100, "the input should hold many articles, so that many windows are cut");
        Assert.Equal(expected, streamed);
    }

    [Fact]
    public async Task InParallel_ArticlesComeInInputOrderAndMatchTheInMemoryParse()
    {
        var bytes = Encoding.UTF8.GetBytes(StreamInputs.AllArticles());
        var options = new NewsStreamOptions { MaxDegreeOfParallelism = 4 };

        var streamed = await StreamInputs.StreamJsonAsync(new CountingStream(bytes, 5000), options: options);

        Assert.Equal(StreamInputs.InMemoryJson(bytes), streamed);
    }

    [Fact]
    public async Task FiftyMegabytes_MatchTheInMemoryParse()
    {
        // The layout alone, to keep the test to seconds: extraction over windows is compared on every article file
        // above and, through the console, on a 2 MB input.
        var bytes = StreamInputs.Generated(50);
        var expected = NewsParser.ParseUtf8(bytes, TestPipelines.LayoutOnly).Articles;
        var count = 0;
        await foreach (var article in NewsParser.ParseAsync(new CountingStream(bytes), TestPipelines.LayoutOnly))
        {
            Assert.True(count < expected.Length, "more articles streamed than parsed in memory");
            Assert.Equal(NewsJson.SerializeArticle(expected[count]), NewsJson.SerializeArticle(article));
            count++;
        }

        Assert.Equal(expected.Length, count);

        // The generator makes each copy distinct: no article id repeats across rounds (ids of the files themselves may).
        Assert.True(expected.Select(a => a.Id).Distinct().Count() > expected.Length * 9 / 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task FirstArticle_IsYieldedWithinAMegabyteOfItsEnd(int degreeOfParallelism)
    {
        var bytes = StreamInputs.Generated(4);
        var stream = new CountingStream(bytes);
        var options = new NewsStreamOptions { MaxDegreeOfParallelism = degreeOfParallelism };

        await using var articles = NewsParser.ParseAsync(stream, options: options).GetAsyncEnumerator();
        Assert.True(await articles.MoveNextAsync());

        // Where the first article ends, in bytes of the input.
        var text = Encoding.UTF8.GetString(bytes);
        var end = Encoding.UTF8.GetByteCount(text.AsSpan(0, articles.Current.Span.End));
        Assert.Equal(NewsParser.Parse(text[..(end + 1)]).Articles[0].Headline, articles.Current.Headline);
        Assert.InRange(stream.BytesRead, end, end + Megabyte);
    }

    [Fact]
    public async Task InvalidUtf8_SplitAcrossReads_IsReplacedAndReportedAsInMemory()
    {
        var seed = TestInputs.Read(TestInputs.SeedFiles().First()).TrimStart('\uFEFF');
        var lines = seed.Split('\n');
        var body = Array.FindLastIndex(lines, l => l.Length > 40);

        // On one body line: a lone continuation byte, a three-byte sequence cut short, an overlong form, and a valid
        // four-byte character between them; the input ends in a four-byte sequence cut short.
        byte[][] parts =
        [
            Encoding.UTF8.GetBytes(string.Join('\n', lines[..body]) + "\nAb"),
            [0x80],
            "cd"u8.ToArray(),
            [0xE2, 0x82],
            "ef "u8.ToArray(),
            [0xF0, 0x9F, 0x98, 0x80],
            " gh"u8.ToArray(),
            [0xC0, 0xAF],
            Encoding.UTF8.GetBytes(lines[body] + "\n" + string.Join('\n', lines[(body + 1)..])),
            [0xF0, 0x9F, 0x98],
        ];
        var bytes = parts.SelectMany(p => p).ToArray();
        var expected = StreamInputs.InMemoryJson(bytes);

        foreach (var readSize in new[] { 1, 2, 3, 5, 7, 4096 })
        {
            Assert.Equal(expected, await StreamInputs.StreamJsonAsync(new CountingStream(bytes, readSize)));
        }

        // Independently of the in-memory parse: the decoded text, and one diagnostic on the line, at the first U+FFFD.
        var articles = new List<NewsModel.Domain.Article>();
        await foreach (var article in NewsParser.ParseAsync(new CountingStream(bytes, 3)))
        {
            articles.Add(article);
        }

        var last = articles[^1];
        var line = last.Paragraphs.Single(p => p.Text.Contains("Ab\uFFFDcd\uFFFDef 😀 gh\uFFFD\uFFFD", StringComparison.Ordinal));
        var invalid = articles.SelectMany(a => a.Diagnostics).Where(d => d.Code == DiagnosticCodes.InvalidUtf8).ToList();
        Assert.Equal(2, invalid.Count);
        Assert.Equal((body + 1, 3), (invalid[0].Span.Line, invalid[0].Span.Column));
        Assert.Equal(line.Span.Line, invalid[0].Span.Line);
        Assert.Equal(Encoding.UTF8.GetString(bytes).Count(c => c == '\n') + 1, invalid[1].Span.Line);
        Assert.EndsWith("\uFFFD", last.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByteOrderMark_IsDroppedAsByParseUtf8()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(StreamInputs.ArticleTexts[0].TrimStart('\uFEFF'))).ToArray();
        var streamed = await StreamInputs.StreamJsonAsync(new CountingStream(bytes, 2));
        Assert.Equal(StreamInputs.InMemoryJson(bytes), streamed);
        Assert.Equal(0, NewsJson.DeserializeArticle(streamed[0]).Span.Start);
    }

    [Fact]
    public async Task TwoByteOrderMarks_SecondIsText_InvalidUtf8ReportedWhereItIs()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "Title\n\nUpdated 07 July 2025\nFollow\n\nTitle\n\nAb"u8, 0xFF, .. "cd.\n"u8];
        var inMemory = NewsParser.ParseUtf8(bytes).Articles.Single();
        var streamed = new List<NewsModel.Domain.Article>();
        await foreach (var article in NewsParser.ParseAsync(new CountingStream(bytes, 2)))
        {
            streamed.Add(article);
        }

        Assert.Equal(NewsJson.SerializeArticle(inMemory), NewsJson.SerializeArticle(streamed.Single()));
        var invalid = inMemory.Diagnostics.Single(d => d.Code == DiagnosticCodes.InvalidUtf8);
        Assert.Equal((8, 3), (invalid.Span.Line, invalid.Span.Column));
        Assert.Equal("Ab\uFFFDcd.", inMemory.Paragraphs[^1].Text);
    }

    [Fact]
    public async Task TextReader_MatchesParse()
    {
        var text = "\uFEFF" + StreamInputs.AllArticles();
        var expected = NewsParser.Parse(text, source: "reader").Articles.Select(a => NewsJson.SerializeArticle(a)).ToList();
        var streamed = new List<string>();
        await foreach (var article in NewsParser.ParseAsync(new StringReader(text), source: "reader"))
        {
            streamed.Add(NewsJson.SerializeArticle(article));
        }

        Assert.Equal(expected, streamed);
    }

    [Fact]
    public void NullOrBadArguments_ThrowAtTheCall_NotOnEnumeration()
    {
        Assert.Throws<ArgumentNullException>(() => NewsParser.ParseAsync((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => NewsParser.ParseAsync((TextReader)null!));
        Assert.Throws<ArgumentException>(() => NewsParser.ParseAsync(new MemoryStream(), source: " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsStreamOptions { MaxDegreeOfParallelism = 0 });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Cancellation_StopsReadingWithinOneBuffer(int degreeOfParallelism)
    {
        using var cancellation = new CancellationTokenSource();
        var stream = new CountingStream(StreamInputs.Generated(6)) { TriggerAt = 2 * Megabyte };
        long readWhenCancelled = 0;
        stream.Trigger = () =>
        {
            readWhenCancelled = stream.BytesRead;
            cancellation.Cancel();
        };
        var options = new NewsStreamOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        var yielded = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var article in NewsParser.ParseAsync(stream, TestPipelines.LayoutOnly, options: options, cancellationToken: cancellation.Token))
            {
                yielded++;
            }
        });

        Assert.True(readWhenCancelled >= 2 * Megabyte);
        Assert.InRange(stream.BytesRead - readWhenCancelled, 0, 64 * 1024);
        Assert.True(yielded > 0, "articles before the cancellation are yielded");
    }

    [Fact]
    public async Task StrictPipeline_YieldsTheArticlesBeforeTheFirstError_ThenThrows()
    {
        var good = StreamInputs.ArticleTexts[0].TrimStart('\uFEFF');

        // A stamp whose date cannot be read is an error; it comes in the third article, after two good ones.
        Assert.Contains("Updated 07 July 2025", good, StringComparison.Ordinal);
        var bad = good.Replace("Updated 07 July 2025", "Updated 31 February 2025", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(good + "\n\n" + bad);
        var strict = new NewsPipelineBuilder().UseDefaults().UseStrictMode().Build();
        var expected = Assert.Throws<NewsParseException>(() => NewsParser.ParseUtf8(bytes, strict));
        var yielded = 0;

        var thrown = await Assert.ThrowsAsync<NewsParseException>(async () =>
        {
            await foreach (var article in NewsParser.ParseAsync(new CountingStream(bytes, 1000), strict))
            {
                yielded++;
            }
        });

        Assert.Equal(expected.Diagnostic, thrown.Diagnostic);
        Assert.Equal(2, yielded);
        Assert.Contains(thrown.Document.Articles[0].Diagnostics, d => d == expected.Diagnostic);
    }
}
