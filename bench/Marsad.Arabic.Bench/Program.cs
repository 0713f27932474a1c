using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Arabic;
using Marsad.Arabic.Tokenization;
using Marsad.Core;
using ArabicNormalizer = Marsad.Arabic.ArabicNormalizer;
using Token = Marsad.Core.Token;

// Side-by-side single-thread throughput on the SaudiNewsNet article bodies (read-only, never shipped):
//   dotnet run -c Release --project bench/Marsad.Arabic.Bench [-- --runs 5] [--data ../shared/data/saudinewsnet]
var runs = 5;
var limit = int.MaxValue;
var data = Path.Combine("..", "shared", "data", "saudinewsnet");
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--runs")
    {
        runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--limit")
    {
        limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--data")
    {
        data = args[i + 1];
    }
}

var bodies = LoadBodies(Path.Combine(data, "dataset")).Take(limit).ToList();
Console.WriteLine($"{bodies.Count:N0} article bodies, {bodies.Sum(b => (long)b.Length):N0} chars; {runs} runs each, one thread; median shown");

var luceneTokenizer = Analyzer.NewAnonymous((field, reader) =>
{
    var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
    return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
});
using var arabicAnalyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

// Marsad's per-word memo caches start empty in every timed run: each run pays for filling them.
var cases = new (string Name, Func<Func<long>> Prepare)[]
{
    ("whitespace split (physical floor)", () => () => Whitespace(bodies)),
    ("Lucene StandardTokenizer + ArabicNormalizationFilter", () => () => Lucene(luceneTokenizer, bodies)),
    ("Lucene ArabicAnalyzer", () => () => Lucene(arabicAnalyzer, bodies)),
    ("Marsad normalize + tokenize (offsets)", () => () => NormalizeTokenize(bodies)),
    ("Marsad segmentation (syntactic words/s)", () =>
    {
        var segmenter = new CliticSegmenter(ArabicLexicon.LoadShipped());
        return () => Segmentation(bodies, segmenter);
    }),
    ("Marsad normalize + tokenize + segment + stem key", () =>
    {
        var lexicon = ArabicLexicon.LoadShipped();
        var stemmer = new LightStemmer(new CliticSegmenter(lexicon));
        return () => Full(bodies, lexicon, stemmer);
    }),
};

if (args.Contains("--profile"))
{
    cases =
    [
        ("tokenize, no lexicon", () => () => { long n = 0; var l = new List<Token>(); foreach (var b in bodies) { l.Clear(); ArabicTokenizer.Tokenize(b, l); n += l.Count; } return n; }),
        ("tokenize + glued check", () => { var lex = ArabicLexicon.LoadShipped(); return () => { long n = 0; var l = new List<Token>(); foreach (var b in bodies) { l.Clear(); ArabicTokenizer.Tokenize(b, l, lex); n += l.Count; } return n; }; }),
        ("segment uncached", () => { var seg = new CliticSegmenter(ArabicLexicon.LoadShipped()); return () => SegmentationUncached(bodies, seg); }),
        ("segment cached", () => { var seg = new CliticSegmenter(ArabicLexicon.LoadShipped()); return () => Segmentation(bodies, seg); }),
    ];
}

// Rounds interleave the cases so that load from other processes hits every case alike; medians over rounds.
var rates = cases.ToDictionary(c => c.Name, _ => new List<double>());
var counts = new Dictionary<string, long>();
foreach (var (name, prepare) in cases)
{
    prepare()(); // warm-up pass (JIT)
}

for (var r = 0; r < runs; r++)
{
    foreach (var (name, prepare) in cases)
    {
        var run = prepare();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var count = run();
        sw.Stop();
        counts[name] = count;
        rates[name].Add(count / sw.Elapsed.TotalSeconds);
    }
}

var medians = new Dictionary<string, double>();
foreach (var (name, _) in cases)
{
    var list = rates[name];
    list.Sort();
    medians[name] = list[list.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {counts[name],12:N0} units  {medians[name] / 1e6,7:F2} M/s (min {list[0] / 1e6:F2}, max {list[^1] / 1e6:F2})"));
}

if (args.Contains("--profile"))
{
    return 0;
}

var tok = medians["Marsad normalize + tokenize (offsets)"] / medians["Lucene StandardTokenizer + ArabicNormalizationFilter"];
var seg = medians["Marsad segmentation (syntactic words/s)"] / 2e6;
var full = medians["Marsad normalize + tokenize + segment + stem key"] / (2 * medians["Lucene ArabicAnalyzer"]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio normalize+tokenize / Lucene tokenizer+normalizer = {tok:F2} (floor > 1)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio segmentation / 2 M words/s = {seg:F2} (floor >= 1)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio full / (2 x Lucene ArabicAnalyzer) = {full:F2} (floor >= 1)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whitespace floor / Marsad normalize+tokenize = {medians["whitespace split (physical floor)"] / medians["Marsad normalize + tokenize (offsets)"]:F2}"));
return 0;

static List<string> LoadBodies(string dir)
{
    var result = new List<string>(31_100);
    foreach (var zip in Directory.EnumerateFiles(dir, "*.zip").Order(StringComparer.Ordinal))
    {
        using var archive = ZipFile.OpenRead(zip);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var doc = JsonDocument.Parse(stream);
            foreach (var article in doc.RootElement.EnumerateArray())
            {
                result.Add(article.TryGetProperty("content", out var c) ? c.GetString() ?? "" : "");
            }
        }
    }

    return result;
}

static long Whitespace(List<string> bodies)
{
    long n = 0;
    foreach (var text in bodies)
    {
        var inWord = false;
        foreach (var c in text)
        {
            var ws = char.IsWhiteSpace(c);
            if (!ws && !inWord)
            {
                n++;
            }

            inWord = !ws;
        }
    }

    return n;
}

static long Lucene(Analyzer analyzer, List<string> bodies)
{
    long n = 0;
    foreach (var text in bodies)
    {
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            n += term.Length > 0 ? 1 : 0;
        }

        stream.End();
    }

    return n;
}

static long NormalizeTokenize(List<string> bodies)
{
    long n = 0;
    var tokens = new List<Token>(4096);
    Span<char> buffer = stackalloc char[1024];
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens);
        foreach (var t in tokens)
        {
            var len = t.End - t.Start;
            if (len * 3 <= buffer.Length)
            {
                n += ArabicNormalizer.Normalize(text.AsSpan(t.Start, len), buffer, NormalizationLevel.Search) > 0 ? 1 : 0;
            }
        }
    }

    return n;
}

static long Segmentation(List<string> bodies, CliticSegmenter segmenter)
{
    // Tokens are made outside the timed part's unit count but inside its time: the rate is words over the whole.
    long n = 0;
    var tokens = new List<Token>(4096);
    Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens);
        foreach (var t in tokens)
        {
            n += t.Kind == TokenKind.Word ? segmenter.Segment(text.AsSpan(t.Start, t.End - t.Start), ends) : 1;
        }
    }

    return n;
}

static long SegmentationUncached(List<string> bodies, CliticSegmenter segmenter)
{
    long n = 0;
    var tokens = new List<Token>(4096);
    Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens);
        foreach (var t in tokens)
        {
            n += t.Kind == TokenKind.Word ? segmenter.SegmentUncached(text.AsSpan(t.Start, t.End - t.Start), ends) : 1;
        }
    }

    return n;
}

static long Full(List<string> bodies, ArabicLexicon lexicon, LightStemmer stemmer)
{
    long n = 0;
    var tokens = new List<Token>(4096);
    Span<char> buffer = stackalloc char[1024];
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens, lexicon);
        foreach (var t in tokens)
        {
            var len = t.End - t.Start;
            if (len * 3 + 4 > buffer.Length)
            {
                continue;
            }

            var word = text.AsSpan(t.Start, len);
            n += (t.Kind == TokenKind.Word ? stemmer.Key(word, buffer) : ArabicNormalizer.Normalize(word, buffer, NormalizationLevel.Search)) > 0 ? 1 : 0;
        }
    }

    return n;
}
