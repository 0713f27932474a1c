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
string? only = null;
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
    else if (args[i] == "--only")
    {
        only = args[i + 1];
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

var WarmStemmer = new Lazy<(ArabicLexicon, LightStemmer)>(() => { var l = ArabicLexicon.LoadShipped(); return (l, new LightStemmer(new CliticSegmenter(l))); });
if (args.Contains("--profile"))
{
    cases =
    [
        ("tokenize, no lexicon", () => () => { long n = 0; var l = new List<Token>(); foreach (var b in bodies) { l.Clear(); ArabicTokenizer.Tokenize(b, l); n += l.Count; } return n; }),
        ("tokenize + glued check", () => { var lex = ArabicLexicon.LoadShipped(); return () => { long n = 0; var l = new List<Token>(); foreach (var b in bodies) { l.Clear(); ArabicTokenizer.Tokenize(b, l, lex); n += l.Count; } return n; }; }),
        ("tokenize + CannotSplit", () => () => Probe(bodies, w => CliticSegmenter.CannotSplit(w) ? 1 : 0)),
        ("tokenize + hash", () => () => Probe(bodies, w => (long)(WordCache.Hash(w) & 1))),
        ("tokenize + normalize words", () => () => Probe(bodies, w => { Span<char> b = stackalloc char[w.Length * 3 + 4]; return ArabicNormalizer.Normalize(w, b, NormalizationLevel.SearchKeepTaMarbuta); })),
        ("segment uncached", () => { var seg = new CliticSegmenter(ArabicLexicon.LoadShipped()); return () => SegmentationUncached(bodies, seg); }),
        ("segment cached", () => { var seg = new CliticSegmenter(ArabicLexicon.LoadShipped()); return () => Segmentation(bodies, seg); }),
        ("tokenize + stem, no glued", () => { var lex = ArabicLexicon.LoadShipped(); var st = new LightStemmer(new CliticSegmenter(lex)); return () => Full(bodies, null, st); }),
        ("tokenize + prepare (memo warm)", () => { var st = WarmStemmer.Value; return () => PrepareOnly(bodies, WarmStemmer.Value.Item1, WarmStemmer.Value.Item2); }),
        ("tokenize + analyze, empty sink (memo warm)", () => { var st = WarmStemmer.Value; return () => EmptySink(bodies, WarmStemmer.Value.Item1, WarmStemmer.Value.Item2); }),
        ("full, memo kept warm", () => { var st = WarmStemmer.Value; return () => Full(bodies, WarmStemmer.Value.Item1, WarmStemmer.Value.Item2); }),
        ("full", () => { var lex = ArabicLexicon.LoadShipped(); var st = new LightStemmer(new CliticSegmenter(lex)); return () => Full(bodies, lex, st); }),
    ];
}

if (only is not null)
{
    // Several cases: --only "ArabicAnalyzer|stem key".
    var wanted = only.Split('|', StringSplitOptions.RemoveEmptyEntries);
    cases = [.. cases.Where(c => wanted.Any(w => c.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))];
}

// Rounds interleave the cases so that load from other processes hits every case alike; medians over rounds.
// Units differ per case (Lucene drops stopwords, Marsad keeps punctuation tokens), so ratios compare corpus
// throughput: the same 8.8 M whitespace tokens of text per second of work, i.e. inverse times. Each run is timed by
// the wall clock and by the process's CPU time: on a shared machine the CPU time is what the run itself cost.
var seconds = cases.ToDictionary(c => c.Name, _ => new List<double>());
var cpuSeconds = cases.ToDictionary(c => c.Name, _ => new List<double>());
var counts = new Dictionary<string, long>();
foreach (var (name, prepare) in cases)
{
    prepare()(); // warm-up pass (JIT)
}

using var self = Process.GetCurrentProcess();
for (var r = 0; r < runs; r++)
{
    foreach (var (name, prepare) in cases)
    {
        var run = prepare();
        GC.Collect();
        self.Refresh();
        var cpu0 = self.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var count = run();
        sw.Stop();
        self.Refresh();
        counts[name] = count;
        seconds[name].Add(sw.Elapsed.TotalSeconds);
        cpuSeconds[name].Add((self.TotalProcessorTime - cpu0).TotalSeconds);
    }
}

var corpusTokens = (double)Whitespace(bodies);
var median = new Dictionary<string, double>();
var cpuMedian = new Dictionary<string, double>();
Console.WriteLine($"{"case",-52} {"units",12}  {"units/s",9}  {"corpus tok/s",12}  {"CPU s",6}");
foreach (var (name, _) in cases)
{
    var list = seconds[name];
    list.Sort();
    median[name] = list[list.Count / 2];
    var cpu = cpuSeconds[name];
    cpu.Sort();
    cpuMedian[name] = cpu[cpu.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-52} {counts[name],12:N0}  {counts[name] / median[name] / 1e6,7:F2} M  {corpusTokens / median[name] / 1e6,10:F2} M  {cpuMedian[name],6:F2}   (wall runs: {string.Join(", ", list.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))} s)"));
}

if (args.Contains("--profile") || only is not null)
{
    return 0;
}

const string LuceneTok = "Lucene StandardTokenizer + ArabicNormalizationFilter";
const string LuceneAnalyzer = "Lucene ArabicAnalyzer";
const string MarsadTok = "Marsad normalize + tokenize (offsets)";
const string MarsadSeg = "Marsad segmentation (syntactic words/s)";
const string MarsadFull = "Marsad normalize + tokenize + segment + stem key";
foreach (var (label, m) in new[] { ("wall clock", median), ("CPU time", cpuMedian) })
{
    var tok = m[LuceneTok] / m[MarsadTok];
    var segRate = counts[MarsadSeg] / m[MarsadSeg];
    var full = m[LuceneAnalyzer] / (2 * m[MarsadFull]);
    Console.WriteLine($"-- ratios to the floors, medians by {label}:");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio normalize+tokenize / Lucene StandardTokenizer+ArabicNormalizationFilter = {tok:F2} (floor: > 1)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio segmentation {segRate / 1e6:F2} M syntactic words/s / 2 M = {segRate / 2e6:F2} (floor: >= 1)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio normalize+tokenize+segment+stem / (2 x Lucene ArabicAnalyzer) = {full:F2} (floor: >= 1; {full * 2:F2}x ArabicAnalyzer)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whitespace floor is {m[MarsadTok] / m["whitespace split (physical floor)"]:F2}x Marsad normalize+tokenize"));
}

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

static long Probe(List<string> bodies, Func<ReadOnlySpan<char>, long> probe)
{
    long n = 0;
    var tokens = new List<Token>(4096);
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens);
        foreach (var t in tokens)
        {
            n += t.Kind == TokenKind.Word ? probe(text.AsSpan(t.Start, t.End - t.Start)) : 0;
        }
    }

    return n;
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
    // Every word token gets both analyses, its syntactic words and its stem key (written out as chars); every other
    // token its Search normalization. The checksum over the results keeps the JIT from dropping any of it.
    var tokens = new List<Token>(4096);
    var sink = new FullSink { Buffer = new char[1024] };
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens, lexicon);
        sink.Text = text;
        sink.Tokens = tokens;
        stemmer.AnalyzeWords(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), ref sink);
    }

    return sink.Checksum == 42 ? -sink.Count : sink.Count;
}

static long PrepareOnly(List<string> bodies, ArabicLexicon lexicon, LightStemmer stemmer)
{
    var tokens = new List<Token>(4096);
    ulong sum = 0;
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens, lexicon);
        foreach (var t in tokens)
        {
            sum += t.Kind == TokenKind.Word ? stemmer.Prepare(text.AsSpan(t.Start, t.End - t.Start)) : 0;
        }
    }

    return (long)(sum & 1) + tokens.Count;
}

static long EmptySink(List<string> bodies, ArabicLexicon lexicon, LightStemmer stemmer)
{
    var tokens = new List<Token>(4096);
    var sink = new CountSink();
    foreach (var text in bodies)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(text, tokens, lexicon);
        stemmer.AnalyzeWords(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), ref sink);
    }

    return sink.Count;
}

internal struct CountSink : IWordAnalysisSink
{
    public long Count;

    public void Token(int index, scoped ReadOnlySpan<int> ends, scoped ReadOnlySpan<char> key) => Count += key.Length;
}

internal struct FullSink : IWordAnalysisSink
{
    public string Text;
    public List<Token> Tokens;
    public char[] Buffer;
    public long Count;
    public long Checksum;

    public void Token(int index, scoped ReadOnlySpan<int> ends, scoped ReadOnlySpan<char> key)
    {
        if (ends.IsEmpty)
        {
            var t = Tokens[index];
            var len = t.End - t.Start;
            if (len * 3 + 4 > Buffer.Length)
            {
                return;
            }

            var n = ArabicNormalizer.Normalize(Text.AsSpan(t.Start, len), Buffer, NormalizationLevel.Search);
            if (n > 0)
            {
                Count++;
                Checksum += Buffer[n - 1];
            }

            return;
        }

        Checksum += ends.Length + ends[0];
        if (!key.IsEmpty)
        {
            Count++;
            Checksum += key[^1];
        }
    }
}
