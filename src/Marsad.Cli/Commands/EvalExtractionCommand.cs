using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Core;
using Marsad.Extraction;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval extraction</c>: body-text F1 and title accuracy on the web-page sets in ../shared/data, each with its
/// own measure (scrapinghub: 4-token shingles averaged over pages; trafilatura-eval: with/without segments), and the
/// pages-per-second of HTML extraction on the scrapinghub pages.
/// </summary>
internal static partial class EvalExtractionCommand
{
    private static readonly string[] AllSets = ["scrapinghub", "trafilatura", "wcxb", "readability", "newspaper4k", "goose3", "htmldate-arabic"];

    private sealed record EvalPage(string Set, string Id, byte[] Html, string? Url, string? GoldBody, string? GoldTitle, IReadOnlyList<string>? With, IReadOnlyList<string>? Without);

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "the shared data folder (default: ../shared/data beside the repository)" };
        var sets = new Option<string[]>("--set")
        {
            Description = "sets to evaluate: scrapinghub, trafilatura, wcxb (test); readability, newspaper4k, goose3 (dev); htmldate-arabic (titles of its Arabic-script pages, no gold); 'all'",
            AllowMultipleArgumentsPerToken = true,
        };
        var predictions = new Option<string?>("--predictions") { Description = "write predictions ({id: {articleBody}}) to this JSON file (with several sets: SET.json in this folder)" };
        var speed = new Option<bool>("--speed") { Description = "time extraction on the scrapinghub pages (one thread, after a warm-up pass)" };
        var repeat = new Option<int>("--repeat") { Description = "with --speed: time this many passes over the pages (for profiling)", DefaultValueFactory = _ => 1 };
        var worst = new Option<int>("--worst") { Description = "list the N worst pages of each dev set (dev sets only: never tune on test sets)" };
        var command = new Command("extraction", "Body F1, title accuracy and speed of HTML article extraction on the benchmark sets");
        command.Options.Add(data);
        command.Options.Add(sets);
        command.Options.Add(predictions);
        command.Options.Add(speed);
        command.Options.Add(worst);
        command.Options.Add(repeat);
        command.SetAction((parse, ct) =>
        {
            var root = parse.GetValue(data) ?? Path.Combine(Environment.GetEnvironmentVariable("MARSAD_HOME") ?? Directory.GetCurrentDirectory(), "..", "shared", "data");
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"marsad eval extraction: data folder not found: {root}");
                return Task.FromResult(ExitCodes.Usage);
            }

            var chosen = parse.GetValue(sets) is { Length: > 0 } s ? s : ["scrapinghub", "trafilatura"];
            if (chosen.Contains("all"))
            {
                chosen = AllSets;
            }

            foreach (var name in chosen)
            {
                if (!AllSets.Contains(name))
                {
                    Console.Error.WriteLine($"marsad eval extraction: unknown set '{name}' (use {string.Join(", ", AllSets)})");
                    return Task.FromResult(ExitCodes.Usage);
                }
            }

            var speedOnly = parse.GetValue(speed);
            if (speedOnly)
            {
                RunSpeed(root, parse.GetValue(predictions), Math.Max(1, parse.GetValue(repeat)));
                return Task.FromResult(ExitCodes.Ok);
            }

            var arabic = new List<string>();
            foreach (var name in chosen)
            {
                ct.ThrowIfCancellationRequested();
                var pages = Load(root, name);
                var predictionsPath = parse.GetValue(predictions);
                if (predictionsPath is not null && chosen.Length > 1)
                {
                    Directory.CreateDirectory(predictionsPath);
                    predictionsPath = Path.Combine(predictionsPath, name + ".json");
                }

                Evaluate(name, pages, predictionsPath, parse.GetValue(worst), arabic);
            }

            if (arabic.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("Arabic pages (title: ours | gold):");
                foreach (var line in arabic)
                {
                    Console.WriteLine("  " + line);
                }
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void Evaluate(string set, List<EvalPage> pages, string? predictionsPath, int worst, List<string> arabicLines)
    {
        var sw = Stopwatch.StartNew();
        var shingles = new List<ExtractionScores.ShingleCounts>();
        var perPage = new List<(string Id, double F1)>();
        int tp = 0, fp = 0, fn = 0, tn = 0, titled = 0, titleRight = 0, errors = 0, empty = 0;
        var predictions = new Dictionary<string, Dictionary<string, string>>();
        foreach (var page in pages)
        {
            Article? article = null;
            try
            {
                article = ArticleExtractor.Extract(page.Html, new ExtractionOptions { Format = "html", Uri = page.Url });
            }
            catch (MarsadInputException)
            {
                errors++;
            }

            var body = article is null ? string.Empty : string.Join("\n", article.Paragraphs);
            if (body.Length == 0)
            {
                empty++;
            }

            predictions[page.Id] = new Dictionary<string, string> { ["articleBody"] = body };
            if (page.GoldBody is not null)
            {
                var c = ExtractionScores.Shingles(page.GoldBody, body);
                shingles.Add(c);
                perPage.Add((page.Id, ExtractionScores.F1(c)));
            }

            if (page.With is not null && page.Without is not null)
            {
                var normalized = article is null ? null : ExtractionScores.NormalizeSpaces(body);
                var found = normalized is null ? 0 : page.With.Count(w => normalized.Contains(ExtractionScores.NormalizeSpaces(w), StringComparison.Ordinal));
                var leaked = normalized is null ? 0 : page.Without.Count(w => normalized.Contains(ExtractionScores.NormalizeSpaces(w), StringComparison.Ordinal));
                tp += found;
                fn += page.With.Count - found;
                fp += leaked;
                tn += page.Without.Count - leaked;
            }

            if (!string.IsNullOrWhiteSpace(page.GoldTitle))
            {
                titled++;
                var right = SameTitle(article?.Title, page.GoldTitle);
                if (right)
                {
                    titleRight++;
                }

                if (IsArabic(page.GoldTitle) || IsArabic(article?.Title))
                {
                    arabicLines.Add($"{set}/{page.Id}: {(right ? "RIGHT" : "WRONG")} «{article?.Title}» | «{page.GoldTitle}»");
                }
            }
            else if (article is not null && IsArabic(article.Title))
            {
                arabicLines.Add($"{set}/{page.Id}: (no gold title) «{article.Title}»");
            }
        }

        var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{set,-12} pages={pages.Count,4}"));
        if (shingles.Count > 0)
        {
            var (p, r, f1) = ExtractionScores.Average(shingles);
            line.Append(CultureInfo.InvariantCulture, $"  shingle P={p:F3} R={r:F3} F1={f1:F3}");
        }

        if (tp + fp + fn + tn > 0)
        {
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = 2.0 * tp / (2 * tp + fp + fn);
            line.Append(CultureInfo.InvariantCulture, $"  segments P={precision:F3} R={recall:F3} F1={f1:F3} (tp={tp} fp={fp} fn={fn} tn={tn})");
        }

        if (titled > 0)
        {
            line.Append(CultureInfo.InvariantCulture, $"  title={(double)titleRight / titled:F3} ({titleRight}/{titled})");
        }

        line.Append(CultureInfo.InvariantCulture, $"  empty={empty} errors={errors} {sw.Elapsed.TotalSeconds:F1}s");
        Console.WriteLine(line.ToString());
        if (worst > 0 && set is "readability" or "newspaper4k" or "goose3")
        {
            foreach (var (id, f) in perPage.OrderBy(x => x.F1).Take(worst))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {f:F3} {id}"));
            }
        }

        if (predictionsPath is not null)
        {
            WritePredictions(predictionsPath, predictions);
        }
    }

    private static void RunSpeed(string root, string? predictionsPath, int repeat)
    {
        var pages = Load(root, "scrapinghub");
        var options = new ExtractionOptions { Format = "html" };
        foreach (var page in pages)
        {
            Extract(page, options);
        }

        var before = GC.CollectionCount(0);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var predictions = new Dictionary<string, Dictionary<string, string>>();
        for (var pass = 0; pass < repeat; pass++)
        {
            foreach (var page in pages)
            {
                predictions[page.Id] = new Dictionary<string, string> { ["articleBody"] = Extract(page, options) };
            }
        }

        sw.Stop();
        process.Refresh();

        // CPU time (all threads: JIT and GC included) as well as wall time: on a shared machine the wall clock also
        // counts the time other processes held the core.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var done = pages.Count * repeat;
        var rate = done / sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marsad: {done} pages in {sw.Elapsed.TotalSeconds:F3}s = {rate:F1} pages/s; cpu {cpu:F3}s = {done / cpu:F1} pages/cpu-s (one thread, after warm-up; gen0 GCs {GC.CollectionCount(0) - before})"));
        if (predictionsPath is not null)
        {
            WritePredictions(predictionsPath, predictions);
        }
    }

    private static string Extract(EvalPage page, ExtractionOptions options)
    {
        try
        {
            return string.Join("\n", ArticleExtractor.Extract(page.Html, options).Paragraphs);
        }
        catch (MarsadInputException)
        {
            return string.Empty;
        }
    }

    private static void WritePredictions(string path, Dictionary<string, Dictionary<string, string>> predictions)
    {
        var json = JsonSerializer.Serialize(predictions, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
        File.WriteAllText(path, json, new UTF8Encoding(false));
    }

    private static bool SameTitle(string? ours, string gold)
    {
        if (ours is null)
        {
            return false;
        }

        return Comparable(ours) == Comparable(gold);
    }

    private static string Comparable(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in System.Net.WebUtility.HtmlDecode(s))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool IsArabic(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        int arabic = 0, letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c is >= '\u0600' and <= '\u06FF')
                {
                    arabic++;
                }
            }
        }

        return letters > 0 && arabic * 2 > letters;
    }

    private static List<EvalPage> Load(string root, string set) => set switch
    {
        "scrapinghub" => LoadScrapinghub(Path.Combine(root, "scrapinghub-article-extraction-benchmark")),
        "trafilatura" => LoadTrafilatura(Path.Combine(root, "trafilatura-eval")),
        "wcxb" => LoadWcxb(Path.Combine(root, "wcxb")),
        "readability" => LoadReadability(Path.Combine(root, "mozilla-readability-test-pages", "test-pages")),
        "newspaper4k" => LoadNewspaper(Path.Combine(root, "newspaper4k-tests")),
        "goose3" => LoadGoose(Path.Combine(root, "goose3-tests", "content")),
        "htmldate-arabic" => LoadHtmldateArabic(Path.Combine(root, "htmldate-eval")),
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "unknown set"),
    };

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static List<EvalPage> LoadScrapinghub(string dir)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var pages = new List<EvalPage>();
        foreach (var item in gold.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var html = Gunzip(Path.Combine(dir, "html", item.Name + ".html.gz"));
            pages.Add(new EvalPage("scrapinghub", item.Name, html, item.Value.GetProperty("url").GetString(),
                item.Value.GetProperty("articleBody").GetString() ?? string.Empty, null, null, null));
        }

        return pages;
    }

    private static List<EvalPage> LoadTrafilatura(string dir)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "evaldata.json")));
        var pages = new List<EvalPage>();
        foreach (var item in gold.RootElement.EnumerateObject())
        {
            var file = item.Value.GetProperty("file").GetString()!;
            var path = new[] { Path.Combine(dir, "cache", file + ".gz"), Path.Combine(dir, "eval", file + ".gz") }.FirstOrDefault(File.Exists);
            if (path is null)
            {
                continue;
            }

            var with = item.Value.GetProperty("with").EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList();
            var without = item.Value.GetProperty("without").EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList();
            var title = item.Value.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            pages.Add(new EvalPage("trafilatura", file, Gunzip(path), item.Name, null, title, with, without));
        }

        return pages;
    }

    private static List<EvalPage> LoadWcxb(string dir)
    {
        var pages = new List<EvalPage>();
        foreach (var gt in Directory.GetFiles(Path.Combine(dir, "test", "ground-truth"), "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(gt);
            var html = Path.Combine(dir, "test", "html", id + ".html.gz");
            if (!File.Exists(html))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(File.ReadAllBytes(gt));
            var g = doc.RootElement.GetProperty("ground_truth");
            var type = doc.RootElement.TryGetProperty("_internal", out var internalInfo) && internalInfo.TryGetProperty("page_type", out var pt)
                && pt.ValueKind == JsonValueKind.Object && pt.TryGetProperty("primary", out var primary) ? primary.GetString() : null;
            if (type is not null && type != "article")
            {
                continue;
            }

            pages.Add(new EvalPage("wcxb", id, Gunzip(html), doc.RootElement.GetProperty("url").GetString(),
                g.GetProperty("main_content").GetString() ?? string.Empty, g.TryGetProperty("title", out var t) ? t.GetString() : null, null, null));
        }

        return pages;
    }

    private static List<EvalPage> LoadReadability(string dir)
    {
        var pages = new List<EvalPage>();
        foreach (var caseDir in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(caseDir, "source.html.gz");
            var expected = Path.Combine(caseDir, "expected.html");
            if (!File.Exists(source) || !File.Exists(expected))
            {
                continue;
            }

            string? title = null;
            var metaPath = Path.Combine(caseDir, "expected-metadata.json");
            if (File.Exists(metaPath))
            {
                using var meta = JsonDocument.Parse(File.ReadAllBytes(metaPath));
                title = meta.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            }

            pages.Add(new EvalPage("readability", Path.GetFileName(caseDir), Gunzip(source), null, HtmlToText(File.ReadAllText(expected)), title, null, null));
        }

        return pages;
    }

    private static List<EvalPage> LoadNewspaper(string dir)
    {
        var pages = new List<EvalPage>();
        foreach (var txt in Directory.GetFiles(Path.Combine(dir, "txt"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(txt);
            var html = Path.Combine(dir, "html", name + ".html.gz");
            if (!File.Exists(html))
            {
                continue;
            }

            string? title = null, url = null;
            var metaPath = Path.Combine(dir, "metadata", name + ".json");
            if (File.Exists(metaPath))
            {
                using var meta = JsonDocument.Parse(File.ReadAllBytes(metaPath));
                title = meta.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                url = meta.RootElement.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            }

            pages.Add(new EvalPage("newspaper4k", name, Gunzip(html), url, File.ReadAllText(txt), title, null, null));
        }

        return pages;
    }

    private static List<EvalPage> LoadGoose(string dir)
    {
        var pages = new List<EvalPage>();
        foreach (var json in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(json);
            var html = Path.Combine(dir, name + ".html.gz");
            if (!File.Exists(html))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
            var expected = doc.RootElement.GetProperty("expected");
            var body = expected.TryGetProperty("cleaned_text", out var b) ? b.GetString() : null;
            if (body is null)
            {
                continue;
            }

            var title = expected.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var url = doc.RootElement.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            pages.Add(new EvalPage("goose3", name, Gunzip(html), url, body, title, null, null));
        }

        return pages;
    }

    /// <summary>The Arabic-script pages of htmldate-eval (it has date gold only): listed with the titles found.</summary>
    private static List<EvalPage> LoadHtmldateArabic(string dir)
    {
        var pages = new List<EvalPage>();
        foreach (var goldFile in new[] { "eval_default.json", "eval_mediacloud_2020.json" })
        {
            var path = Path.Combine(dir, goldFile);
            if (!File.Exists(path))
            {
                continue;
            }

            // The Media Cloud gold writes missing dates as a bare NaN, which JSON does not allow.
            using var gold = JsonDocument.Parse(File.ReadAllText(path).Replace("NaN", "null", StringComparison.Ordinal));
            foreach (var item in gold.RootElement.EnumerateObject())
            {
                var file = item.Value.GetProperty("file").GetString()!;
                var html = new[] { "eval", "cache", "test_set" }.Select(sub => Path.Combine(dir, sub, file + ".gz")).FirstOrDefault(File.Exists);
                if (html is null)
                {
                    continue;
                }

                var bytes = Gunzip(html);
                var text = Encoding.UTF8.GetString(bytes);
                var arabic = 0;
                foreach (var c in text)
                {
                    if (c is >= '\u0621' and <= '\u064A')
                    {
                        arabic++;
                    }
                }

                if (arabic > 2000)
                {
                    pages.Add(new EvalPage("htmldate-arabic", file, bytes, item.Name, null, null, null, null));
                }
            }
        }

        return pages;
    }

    /// <summary>Readability's expected HTML as text, with block boundaries kept as line breaks so words don't fuse.</summary>
    private static string HtmlToText(string html)
    {
        var spaced = BlockBoundary().Replace(html, "\n$0");
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var doc = parser.ParseDocument(spaced);
        return doc.Body?.TextContent ?? string.Empty;
    }

    [GeneratedRegex("<(/?)(p|div|h[1-6]|li|br|tr|td|th|blockquote|pre|section|article|figcaption|dd|dt)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();
}
