using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Marsad.Arabic.Dates;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Extraction.Dates;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval dates</c>: publication-day accuracy of <see cref="PublishedDateFinder"/> on htmldate's evaluation
/// pages (the test set) or on the dev pages of goose3, newspaper4k and Mozilla Readability.
/// </summary>
internal static class EvalDatesCommand
{
    /// <summary>A page and its gold publication day; null when the gold says the page has no date (htmldate's NaN).</summary>
    private sealed record Case(string Name, string File, string? Url, DateOnly? Gold);

    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = "test (htmldate-eval, default) or dev (goose3, newspaper4k, readability pages)", DefaultValueFactory = _ => "test" };
        set.AcceptOnlyFromAmong("test", "dev");
        var data = new Option<string?>("--data") { Description = "data folder (default: ../shared/data beside the repository)" };
        var verbose = new Option<bool>("--verbose") { Description = "list every page that is wrong or missing" };
        var command = new Command("dates", "Publication-day accuracy of the published-date finder");
        command.Options.Add(set);
        command.Options.Add(data);
        command.Options.Add(verbose);
        command.SetAction((parse, ct) =>
        {
            var root = parse.GetValue(data) ?? Path.GetFullPath(Path.Combine(Environment.GetEnvironmentVariable("MARSAD_HOME") ?? ".", "..", "shared", "data"));
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"marsad eval dates: data folder not found: {root} (use --data)");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var cases = parse.GetValue(set) == "dev" ? DevCases(root) : TestCases(root);
            return Task.FromResult(Run(cases, parse.GetValue(verbose), ct));
        });
        return command;
    }

    private static int Run(List<Case> cases, bool verbose, CancellationToken ct)
    {
        var parser = new HtmlParser();
        int right = 0, wrong = 0, none = 0, arabic = 0, arabicRight = 0, productRight = 0;
        var arabicMisses = new List<string>();
        var watch = Stopwatch.StartNew();
        var findTime = TimeSpan.Zero;
        var perPage = new List<double>(cases.Count);
        foreach (var c in cases)
        {
            ct.ThrowIfCancellationRequested();
            byte[] bytes;
            using (var gz = new GZipStream(File.OpenRead(c.File), CompressionMode.Decompress))
            using (var ms = new MemoryStream())
            {
                gz.CopyTo(ms);
                bytes = ms.ToArray();
            }

            var html = TextDecoder.Decode(bytes, true, out _);
            using var doc = parser.ParseDocument(html);
            var start = watch.Elapsed;
            var found = PublishedDateFinder.FindWithEvidence(doc, c.Url, null);
            findTime += watch.Elapsed - start;
            perPage.Add((watch.Elapsed - start).TotalMilliseconds);
            var ok = c.Gold is null ? found is null : found is not null && found.Date.Day == c.Gold;

            // The same page through the product path (prefiltered parse inside ArticleExtractor), which is what users get.
            NewsDate? product = null;
            try
            {
                product = ArticleExtractor.Extract(bytes, new ExtractionOptions { Format = "html", Uri = c.Url }).Published;
            }
            catch (MarsadInputException)
            {
            }

            productRight += (c.Gold is null ? product is null : product is { } p && p.Day == c.Gold) ? 1 : 0;
            if (ok)
            {
                right++;
            }
            else if (found is null)
            {
                none++;
            }
            else
            {
                wrong++;
            }

            var isArabic = IsArabic(html);
            if (isArabic)
            {
                arabic++;
                arabicRight += ok ? 1 : 0;
                if (!ok)
                {
                    arabicMisses.Add(c.Name);
                }
            }

            if (verbose && (!ok || isArabic))
            {
                Console.WriteLine($"{(isArabic ? "AR " : string.Empty)}{c.Name}\tgold {c.Gold?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}\tgot {found?.Date.ToIso() ?? "-"}\t{found?.Evidence}\t{c.Url}");
            }
        }

        var n = Math.Max(cases.Count, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages {cases.Count}  accuracy {(double)right / n:0.000}  (right {right}, wrong {wrong}, none {none})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"arabic-script (non-Persian) pages {arabic}  right {arabicRight}{(arabicMisses.Count > 0 ? "  (wrong: " + string.Join(", ", arabicMisses) + ")" : string.Empty)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"through ArticleExtractor (what 'analyze' and 'ingest' report): accuracy {(double)productRight / n:0.000}  (right {productRight})"));
        perPage.Sort();
        var median = perPage.Count == 0 ? 0 : perPage[perPage.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"finder time per page (after parsing): median {median:0.00} ms, mean {findTime.TotalMilliseconds / n:0.00} ms"));
        return ExitCodes.Ok;
    }

    /// <summary>Arabic script dominant and not Persian (Persian-only letters are rare in Arabic).</summary>
    private static bool IsArabic(string html)
    {
        int arabicLetters = 0, persian = 0;
        foreach (var ch in html)
        {
            if (ch is >= '\u0621' and <= '\u064A')
            {
                arabicLetters++;
            }
            else if (ch is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک')
            {
                persian++;
            }
        }

        return arabicLetters > 500 && persian * 20 < arabicLetters;
    }

    private static List<Case> TestCases(string root)
    {
        var dir = Path.Combine(root, "htmldate-eval");
        var cases = new List<Case>();
        foreach (var gold in new[] { "eval_default.json", "eval_mediacloud_2020.json" })
        {
            // The gold writes NaN (not JSON) for pages without a date: read it as null.
            var text = File.ReadAllText(Path.Combine(dir, gold)).Replace(": NaN", ": null", StringComparison.Ordinal);
            using var json = JsonDocument.Parse(text);
            foreach (var p in json.RootElement.EnumerateObject())
            {
                var file = p.Value.GetProperty("file").GetString()!;
                var day = Gold(p.Value.GetProperty("date"));
                var path = new[] { "eval", "cache", "test_set" }.Select(d => Path.Combine(dir, d, file + ".gz")).FirstOrDefault(File.Exists);
                if (path is not null)
                {
                    cases.Add(new Case(file, path, p.Name, day));
                }
            }
        }

        return cases;
    }

    private static List<Case> DevCases(string root)
    {
        var cases = new List<Case>();
        foreach (var json in Directory.EnumerateFiles(Path.Combine(root, "goose3-tests"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            if (doc.RootElement.TryGetProperty("expected", out var e) && e.TryGetProperty("publish_date", out var pd) && Gold(pd) is { } day)
            {
                var html = Path.ChangeExtension(json, ".html.gz");
                if (File.Exists(html))
                {
                    cases.Add(new Case("goose3/" + Path.GetFileNameWithoutExtension(json), html, Url(doc.RootElement, "url"), day));
                }
            }
        }

        var np = Path.Combine(root, "newspaper4k-tests");
        foreach (var json in Directory.EnumerateFiles(Path.Combine(np, "metadata"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var html = Path.Combine(np, "html", Path.GetFileNameWithoutExtension(json) + ".html.gz");
            if (doc.RootElement.TryGetProperty("publish_date", out var pd) && Gold(pd) is { } day && File.Exists(html))
            {
                cases.Add(new Case("newspaper4k/" + Path.GetFileNameWithoutExtension(json), html, Url(doc.RootElement, "url"), day));
            }
        }

        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(root, "mozilla-readability-test-pages", "test-pages")).Order(StringComparer.Ordinal))
        {
            var meta = Path.Combine(dir, "expected-metadata.json");
            var html = Path.Combine(dir, "source.html.gz");
            if (!File.Exists(meta) || !File.Exists(html))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(meta));
            if (doc.RootElement.TryGetProperty("publishedTime", out var pd) && Gold(pd) is { } day)
            {
                cases.Add(new Case("readability/" + Path.GetFileName(dir), html, null, day));
            }
        }

        return cases;
    }

    private static string? Url(JsonElement e, string name) =>
        e.TryGetProperty(name, out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;

    private static DateOnly? Gold(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var s = e.GetString()!;
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        return ArabicDates.Parse(s)?.Day;
    }
}
