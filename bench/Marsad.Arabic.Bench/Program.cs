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

if (args.Contains("--micro"))
{
    var lex = ArabicLexicon.LoadShipped();
    var words = new List<string>();
    var tl = new List<Token>();
    foreach (var b in bodies.Take(3000))
    {
        tl.Clear();
        ArabicTokenizer.Tokenize(b, tl);
        words.AddRange(tl.Where(t => t.Kind == TokenKind.Word).Select(t => b[t.Start..t.End]));
    }

    var distinct = words.Distinct().ToList();
    Console.WriteLine($"{words.Count:N0} words, {distinct.Count:N0} distinct");
    var sw0 = Stopwatch.StartNew();
    long k = 0;
    var hs = new HashSet<string>(distinct.Take(50000), StringComparer.Ordinal);
    sw0.Restart();
    for (var rep = 0; rep < 3; rep++) { foreach (var w in distinct) { k += hs.Contains(w) ? 1 : 0; } }
    Console.WriteLine($"plain HashSet<string>: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count / 3:F0} ns/word");
    sw0.Restart();
    for (var rep = 0; rep < 3; rep++) { foreach (var w in distinct) { k += lex.Frequency(w); } }
    Console.WriteLine($"lexicon lookup x3: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count / 3:F0} ns/word");
    sw0.Restart();
    foreach (var w in distinct) { k += lex.Frequency(w); }
    Console.WriteLine($"lexicon lookup: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count:F0} ns/word");
    sw0.Restart();
    foreach (var w in distinct) { k += lex.GluedSplit(w); }
    Console.WriteLine($"glued uncached: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count:F0} ns/word");
    sw0.Restart();
    foreach (var w in distinct) { k += lex.GluedSplit(w); }
    Console.WriteLine($"glued cached: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count:F0} ns/word");
    var segm = new CliticSegmenter(lex);
    Span<int> e = stackalloc int[4];
    sw0.Restart();
    foreach (var w in distinct) { k += segm.SegmentUncached(w, e); }
    Console.WriteLine($"segment uncached: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count:F0} ns/word");
    sw0.Restart();
    foreach (var w in distinct) { k += segm.Segment(w, e); }
    sw0.Restart();
    foreach (var w in distinct) { k += segm.Segment(w, e); }
    Console.WriteLine($"segment cached: {sw0.Elapsed.TotalMilliseconds * 1e6 / distinct.Count:F0} ns/word ({k})");
    return 0;
}

if (args.Contains("--profile"))
{
    cases =
    [
        ("tokenize, no lexicon", () => () => { long n = 0; var l = new List<Token>(); foreach (var b in bodies) { l.Clear(); ArabicTokenizer.Tokenize(b, l); n += l.Count; } return n; }),
        ("tokenize + glued check", () => { var lex = ArabicLexicon.LoadShipped(); return () => { long n = 0; var l = new List<Token>(); foreach (var b in bodies) { l.Clear(); ArabicTokenizer.Tokenize(b, l, lex); n += l.Count; } return n; }; }),
        ("segment uncached", () => { var seg = new CliticSegmenter(ArabicLexicon.LoadShipped()); return () => SegmentationUncached(bodies, seg); }),
        ("segment cached", () => { var seg = new CliticSegmenter(ArabicLexicon.LoadShipped()); return () => Segmentation(bodies, seg); }),
        ("tokenize + stem, no glued", () => { var lex = ArabicLexicon.LoadShipped(); var st = new LightStemmer(new CliticSegmenter(lex)); return () => Full(bodies, null, st); }),
        ("full", () => { var lex = ArabicLexicon.LoadShipped(); var st = new LightStemmer(new CliticSegmenter(lex)); return () => Full(bodies, lex, st); }),
    ];
}

// Rounds interleave the cases so that load from other processes hits every case alike; medians over rounds.
// Units differ per case (Lucene drops stopwords, Marsad keeps punctuation tokens), so ratios compare corpus
// throughput: the same 8.8 M whitespace tokens of text per second of work, i.e. inverse times.
var seconds = cases.ToDictionary(c => c.Name, _ => new List<double>());
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
        seconds[name].Add(sw.Elapsed.TotalSeconds);
    }
}

var corpusTokens = (double)Whitespace(bodies);
var median = new Dictionary<string, double>();
Console.WriteLine($"{"case",-52} {"units",12}  {"units/s",9}  {"corpus tok/s",12}");
foreach (var (name, _) in cases)
{
    var list = seconds[name];
    list.Sort();
    median[name] = list[list.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-52} {counts[name],12:N0}  {counts[name] / median[name] / 1e6,7:F2} M  {corpusTokens / median[name] / 1e6,10:F2} M   (runs: {string.Join(", ", list.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))} s)"));
}

if (args.Contains("--profile"))
{
    return 0;
}

double Speed(string name) => 1 / median[name];
var tok = Speed("Marsad normalize + tokenize (offsets)") / Speed("Lucene StandardTokenizer + ArabicNormalizationFilter");
var segRate = counts["Marsad segmentation (syntactic words/s)"] / median["Marsad segmentation (syntactic words/s)"];
var full = Speed("Marsad normalize + tokenize + segment + stem key") / (2 * Speed("Lucene ArabicAnalyzer"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio normalize+tokenize / Lucene StandardTokenizer+ArabicNormalizationFilter = {tok:F2} (floor: > 1)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio segmentation {segRate / 1e6:F2} M syntactic words/s / 2 M = {segRate / 2e6:F2} (floor: >= 1)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio normalize+tokenize+segment+stem / (2 x Lucene ArabicAnalyzer) = {full:F2} (floor: >= 1)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whitespace floor is {Speed("whitespace split (physical floor)") / Speed("Marsad normalize + tokenize (offsets)"):F2}x Marsad normalize+tokenize"));
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

static long Full(List<string> bodies, ArabicLexicon? lexicon, LightStemmer stemmer)
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
