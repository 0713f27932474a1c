using System.Text;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Tests;

public sealed class ReaderTests
{
    private static async Task<List<SourceItem>> ReadAll(InputReader reader, params string[] paths)
    {
        var items = new List<SourceItem>();
        await foreach (var item in reader.ReadAsync(paths))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task A_zipped_json_array_yields_one_item_per_article_with_mapped_fields()
    {
        var dir = Inputs.Dir();
        var json = System.Text.Json.JsonSerializer.Serialize(Enumerable.Range(1, 3).Select(Inputs.Record));
        var zip = Inputs.Zip(dir, "day.zip", "day.json", json);
        var map = new FieldMap();
        Assert.Null(map.Override("published=date_extracted"));
        var items = await ReadAll(new InputReader(map), zip);
        Assert.Equal(3, items.Count);
        Assert.Equal("https://news.example/2", items[1].Url);
        Assert.Equal("alpha", items[1].Source);
        Assert.Equal("خبر رقم 2", items[1].Title);
        Assert.Equal("2024-05-03 10:00:00", items[1].Published);
        Assert.Equal(Inputs.Body(2), items[1].Text);
        Assert.Empty(items[1].Authors);
    }

    [Fact]
    public async Task A_feed_file_yields_one_made_article_per_item_and_a_broken_one_an_error()
    {
        var dir = Inputs.Dir();
        var atom = Path.Combine(dir, "feed.atom");
        await File.WriteAllTextAsync(atom, """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- a saved feed -->
            <feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>
            <entry><title>قمة في عمّان</title><link href="https://news.example/e/1"/><published>2025-01-12T10:00:00Z</published>
            <author><name>رنا الخطيب</name></author><content type="html">&lt;p&gt;عقدت في عمّان قمة ثلاثية.&lt;/p&gt;</content></entry>
            <entry><title>ثان</title><link href="https://news.example/e/2"/><summary>نص ثان.</summary></entry>
            </feed>
            """);
        var broken = Path.Combine(dir, "broken.rss");
        await File.WriteAllTextAsync(broken, "<rss><channel><item><title>x</item></channel></rss>");
        var items = await ReadAll(new InputReader(new FieldMap()), atom, broken);
        Assert.Equal(3, items.Count);
        Assert.Equal("قمة في عمّان", items[0].Article!.Title);
        Assert.Equal(["رنا الخطيب"], items[0].Article!.Authors);
        Assert.Equal(["عقدت في عمّان قمة ثلاثية."], items[0].Article!.Paragraphs);
        Assert.Equal("https://news.example/e/2", items[1].Url);
        Assert.NotEqual(items[0].UnitKey, items[1].UnitKey);
        Assert.Contains("not a readable feed", items[2].Error, StringComparison.Ordinal);
        var doc = Ingestor.Extract(items[0]);
        Assert.Equal("2025-01-12", doc.Published!.Value.ToIso()[..10]);
        Assert.Equal("عقدت في عمّان قمة ثلاثية.", doc.Text);
    }

    [Fact]
    public async Task A_crawl_date_is_not_taken_for_a_publication_date_unless_mapped()
    {
        var dir = Inputs.Dir();
        var json = System.Text.Json.JsonSerializer.Serialize(Enumerable.Range(1, 2).Select(Inputs.Record));
        var items = await ReadAll(new InputReader(new FieldMap()), Inputs.Zip(dir, "day.zip", "day.json", json));
        Assert.All(items, i => Assert.Null(i.Published));
    }

    [Fact]
    public async Task Json_lines_use_an_overridden_field_name()
    {
        var dir = Inputs.Dir();
        var path = Path.Combine(dir, "a.jsonl");
        await File.WriteAllTextAsync(path, "{\"headline\":\"عنوان\",\"story\":\"نص الخبر هنا\",\"title\":\"ليس هذا\"}\n{\"headline\":\"ثان\",\"story\":\"نص آخر\"}\n");
        var map = new FieldMap();
        Assert.Null(map.Override("text=story"));
        Assert.Null(map.Override("title=headline"));
        var items = await ReadAll(new InputReader(map), path);
        Assert.Equal(["عنوان", "ثان"], items.Select(i => i.Title));
        Assert.Equal("نص الخبر هنا", items[0].Text);
    }

    [Fact]
    public async Task A_broken_json_line_fails_alone_and_names_its_line()
    {
        var dir = Inputs.Dir();
        var path = Path.Combine(dir, "mixed.jsonl");
        await File.WriteAllTextAsync(path, string.Join('\n',
            "\uFEFF{\"id\":\"a\",\"text\":\"نص أول\"}",
            "{\"id\":\"cut\",\"text\":\"نص مقطوع",
            "{\"id\":\"b\",\"text\":\"نص ثان\"}",
            "garbage that is not JSON",
            "",
            "{\"id\":\"c\",",
            "  \"text\":\"نص على سطرين\"}",
            "{\"id\":\"d\",\"text\":\"د\"} {\"id\":\"e\",\"text\":\"هـ\"}",
            "{\"id\":\"open\",\"text\":\"لا ينتهي\""));
        var items = await ReadAll(new InputReader(new FieldMap()), path);
        Assert.Equal(["a", "b", "c", "d", "e"], items.Where(i => i.Error is null).Select(i => i.Id));
        Assert.Equal("نص على سطرين", items.Single(i => i.Id == "c").Text);
        var failed = items.Where(i => i.Error is not null).ToList();
        Assert.Equal([path + ":2", path + ":4", path + ":9"], failed.Select(i => i.Input));
        Assert.All(failed, i => Assert.StartsWith("bad-json:", i.UnitKey, StringComparison.Ordinal));
        Assert.Contains("end of the file", failed[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_keep_their_record_keys_whatever_the_line_endings()
    {
        var dir = Inputs.Dir();
        var unix = Path.Combine(dir, "unix.jsonl");
        var dos = Path.Combine(dir, "dos.jsonl");
        await File.WriteAllTextAsync(unix, "{\"id\":\"a\",\"text\":\"نص\"}\n{\"id\":\"b\",\"text\":\"آخر\"}\n");
        await File.WriteAllTextAsync(dos, "{\"id\":\"a\",\"text\":\"نص\"}\r\n{\"id\":\"b\",\"text\":\"آخر\"}\r\n");
        var a = await ReadAll(new InputReader(new FieldMap()), unix);
        var b = await ReadAll(new InputReader(new FieldMap()), dos);
        Assert.Equal(a.Select(i => i.UnitKey), b.Select(i => i.UnitKey));
        Assert.Equal(2, a.Select(i => i.UnitKey).Distinct().Count());
    }

    [Fact]
    public void An_unknown_part_in_a_field_override_is_refused()
    {
        Assert.NotNull(new FieldMap().Override("body=content"));
    }

    [Fact]
    public async Task A_trec_file_yields_each_document_with_its_tags()
    {
        var dir = Inputs.Dir();
        var path = Path.Combine(dir, "JA-politic-1.txt");
        await File.WriteAllTextAsync(path,
            "<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>https://r.example/1</URL>\n<SRC>Radio</SRC>\n<TITLE>عنوان & أول</TITLE>\n<TIME>25/01/2017</TIME>\n<TEXT>\nنص أول\n</TEXT>\n</DOC>\n" +
            "<DOC>\n<DOCNO>X-2</DOCNO>\n<TITLE>ثان</TITLE>\n<TIME>2017-01-21T16:19:00+01:00</TIME>\n<TEXT>نص ثان</TEXT>\n</DOC>\n");
        var items = await ReadAll(new InputReader(new FieldMap()), path);
        Assert.Equal(2, items.Count);
        Assert.Equal(("X-1", "https://r.example/1", "Radio", "عنوان & أول", "نص أول"), (items[0].Id, items[0].Url, items[0].Source, items[0].Title, items[0].Text));
        Assert.Equal("2017-01-25", Ingestor.ParseDate(items[0].Published)?.ToIso());
        Assert.Equal("2017-01-21T16:19:00+01:00", Ingestor.ParseDate(items[1].Published)?.ToIso());
    }

    [Fact]
    public async Task A_warc_gz_yields_html_responses_and_passes_over_other_records()
    {
        var dir = Inputs.Dir();
        var path = Path.Combine(dir, "crawl.warc.gz");
        Inputs.WarcGz(path,
            ("request", "https://w.example/1", "GET /1 HTTP/1.1\r\nHost: w.example\r\n\r\n"),
            ("response", "https://w.example/1", Inputs.HttpResponse(Inputs.Html(1))),
            ("response", "https://w.example/logo.png", Inputs.HttpResponse("PNG", "image/png")),
            ("response", "https://w.example/2", Inputs.HttpResponse(Inputs.Html(2))));
        var items = await ReadAll(new InputReader(new FieldMap()), path);
        Assert.Equal(["https://w.example/1", "https://w.example/2"], items.Select(i => i.Url));
        Assert.StartsWith("<!doctype html>", Encoding.UTF8.GetString(items[0].Bytes!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_passes_over_readmes_and_reads_articles_in_name_order()
    {
        var dir = Inputs.Dir();
        await File.WriteAllTextAsync(Path.Combine(dir, "b.html"), Inputs.Html(2));
        await File.WriteAllTextAsync(Path.Combine(dir, "a.txt"), Inputs.Body(1));
        await File.WriteAllTextAsync(Path.Combine(dir, "README.md"), "# notes");
        var reader = new InputReader(new FieldMap());
        var items = await ReadAll(reader, dir);
        Assert.Equal(["a.txt", "b.html"], items.Select(i => Path.GetFileName(i.Input)));
        Assert.Equal(1, reader.Skipped);
    }

    [Fact]
    public async Task A_missing_path_is_an_item_with_a_reason()
    {
        var items = await ReadAll(new InputReader(new FieldMap()), "/no/such/place.json");
        Assert.Equal("no such file or directory", Assert.Single(items).Error);
    }
}
