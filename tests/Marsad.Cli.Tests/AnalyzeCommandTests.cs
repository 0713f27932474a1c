using System.Text;
using System.Text.Json;

namespace Marsad.Cli.Tests;

public class AnalyzeCommandTests
{
    private const string Html = """
        <html lang="ar"><head><meta charset="utf-8"><title>وزير الخارجية يزور أنقرة - موقع الأخبار</title></head>
        <body><h1>وزير الخارجية يزور أنقرة</h1>
        <p>وصل وزير الخارجية إلى العاصمة التركية أنقرة صباح اليوم في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره التركي.</p>
        <p>وقال الوزير في تصريح للصحفيين إن الزيارة تهدف إلى تعزيز العلاقات الثنائية بين البلدين في مختلف المجالات.</p>
        </body></html>
        """;

    [Fact]
    public void Single_file_gives_one_pretty_object_with_the_contract_fields()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "a.html");
        File.WriteAllText(path, Html, new UTF8Encoding(false));
        var r = CliRunner.Run(null, "analyze", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains('\n', r.Stdout.TrimEnd());
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        Assert.Equal("marsad.document/1", root.GetProperty("schema").GetString());
        Assert.Equal("html", root.GetProperty("source").GetProperty("format").GetString());
        Assert.Contains("أنقرة", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
    }

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>موقع الأخبار - المغرب الكبير</title><link>https://news.example/</link>
        <lastBuildDate>Wed, 31 Jul 2024 09:00:00 +0100</lastBuildDate>
        <item><title>الجزائر تستدعي سفيرها في باريس</title><link>https://news.example/a/1</link>
        <pubDate>Tue, 30 Jul 2024 18:45:00 +0100</pubDate><dc:creator>يوسف الإدريسي</dc:creator>
        <description><![CDATA[<p>أعلنت وزارة الخارجية الجزائرية استدعاء سفيرها لدى فرنسا للتشاور.</p>]]></description></item>
        <item><title>المعارضة الموريتانية ترفض نتائج الانتخابات</title><link>https://news.example/a/2</link>
        <pubDate>Tue, 02 Jul 2024 22:30:00 +0100</pubDate><dc:creator>وكالات</dc:creator>
        <description>رفض المرشح الرئاسي بيرام الداه اعبيد النتائج المؤقتة للانتخابات.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void A_feed_file_gives_one_document_per_item_with_the_items_own_title_date_and_writer()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "maghreb.rss");
        File.WriteAllText(path, Rss, new UTF8Encoding(false));
        var r = CliRunner.Run(null, "analyze", path);
        Assert.Equal(0, r.ExitCode);
        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("الجزائر تستدعي سفيرها في باريس", docs[0].GetProperty("title").GetString());
        Assert.Equal("https://news.example/a/1", docs[0].GetProperty("url").GetString());
        Assert.StartsWith("2024-07-30T18:45", docs[0].GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.Equal("يوسف الإدريسي", docs[0].GetProperty("authors")[0].GetString());
        Assert.Equal("feed", docs[0].GetProperty("source").GetProperty("format").GetString());
        Assert.StartsWith("2024-07-02T22:30", docs[1].GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("رفض المرشح الرئاسي", docs[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, docs[1].GetProperty("authors").GetArrayLength());
        Assert.Equal("ar", docs[1].GetProperty("language").GetString());
        Assert.DoesNotContain("news.example", docs[1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_feed_file_is_an_error_naming_the_file_and_the_place()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "broken.xml");
        File.WriteAllText(path, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>خبر</title></channel></rss>", new UTF8Encoding(false));
        var r = CliRunner.Run(null, "analyze", path);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("broken.xml", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("malformed XML at line", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_read_when_the_file_is_a_dash()
    {
        var r = CliRunner.Run("سطر أول من النص.\n\nفقرة ثانية من النص تكفي للاختبار.", "analyze", "-");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal("text", json.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Contains("فقرة ثانية", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_in_a_batch_yields_an_error_object_and_the_rest_go_on()
    {
        var dir = CliRunner.TempDir();
        var good = Path.Combine(dir, "good.html");
        var empty = Path.Combine(dir, "empty.html");
        var binary = Path.Combine(dir, "junk.bin");
        File.WriteAllText(good, Html);
        File.WriteAllBytes(empty, []);
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0xFF, 0, 7, 8, 0, 0, 1, 2]);
        var r = CliRunner.Run(null, "analyze", good, empty, Path.Combine(dir, "missing.txt"), binary);
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.False(first.RootElement.TryGetProperty("error", out _));
        }

        foreach (var line in lines.Skip(1))
        {
            using var j = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(j.RootElement.GetProperty("error").GetString()));
        }

        Assert.Contains("empty.html: empty input", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("junk.bin: binary", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_bad_file_gives_a_one_line_error_and_exit_code_1()
    {
        var r = CliRunner.Run(null, "analyze", "/nonexistent/x.html");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("marsad: /nonexistent/x.html: no such file", r.Stderr.Trim());
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, CliRunner.Run(null, "analyze").ExitCode);
        Assert.Equal(2, CliRunner.Run(null, "analyze", "--format", "pdf", "x").ExitCode);
    }

    [Fact]
    public void Jsonl_keeps_order_and_ids_and_reports_bad_lines()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "in.jsonl");
        var sb = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            sb.AppendLine(JsonSerializer.Serialize(new { id = $"doc-{i}", text = $"هذا نص المقال رقم {i} وفيه جملة كاملة." }));
            if (i == 150)
            {
                sb.AppendLine("{not json");
                sb.AppendLine(JsonSerializer.Serialize(new { id = "h", html = Html }));
            }
        }

        File.WriteAllText(path, sb.ToString());
        var r = CliRunner.Run(null, "analyze", "--jsonl", path);
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(302, lines.Length);
        using (var d0 = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("doc-0", d0.RootElement.GetProperty("id").GetString());
        }

        using (var bad = JsonDocument.Parse(lines[151]))
        {
            Assert.StartsWith("invalid JSON", bad.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        using (var html = JsonDocument.Parse(lines[152]))
        {
            Assert.Equal("h", html.RootElement.GetProperty("id").GetString());
            Assert.Equal("html", html.RootElement.GetProperty("source").GetProperty("format").GetString());
        }

        using var last = JsonDocument.Parse(lines[^1]);
        Assert.Equal("doc-299", last.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Actors_option_lists_each_sentences_actors_on_standard_error_and_keeps_the_json_intact()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "call.txt");
        File.WriteAllText(path, "الحكومة تدعو إلى الهدوء\n\nودعت الحكومة الكندية مواطنيها إلى مغادرة البلاد فورا.\n", new UTF8Encoding(false));
        var r = CliRunner.Run(null, "analyze", "--actors", path);
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Contains("«الحكومة الكندية» Organization", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("«مواطنيها» Agent CVL", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("«", CliRunner.Run(null, "analyze", path).Stderr, StringComparison.Ordinal);
    }
}
