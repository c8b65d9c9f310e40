using NewsModel;

var document = NewsParser.Parse(File.ReadAllText("seeds/000_64ecb9ab99d92700.txt"), source: "seed");
foreach (var article in document.Articles)
    Console.WriteLine($"{article.Updated:yyyy-MM-dd} {article.Dateline?.Text}: {article.Headline}");
