using System.Text;
using Marsad.Core;
using Marsad.Extraction;

namespace Marsad.Reliability.Tests;

/// <summary>Every crash or hang the fuzzers found (fuzz/run.sh), replayed through the entry point that failed.</summary>
public class FuzzRegressionTests
{
    private static string Findings(string target) => Path.Combine(AppContext.BaseDirectory, "Findings", target);

    public static IEnumerable<object[]> DecodeFindings() => Directory.GetFiles(Findings("decode")).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(DecodeFindings))]
    public void Decoder_finding_decodes(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Findings("decode"), file));

        var text = TextDecoder.Decode(bytes, isHtml: true, out var encoding);

        Assert.NotNull(text);
        Assert.False(string.IsNullOrEmpty(encoding));
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("x-unicode-2-0-utf-7")]
    [InlineData("csUnicode11UTF7")]
    public void A_page_declaring_utf7_is_read_as_something_else_not_a_crash(string charset)
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{charset}\"></head><body><p>قال الوزير إن الاجتماع كان مثمرا وبناء.</p></body></html>");

        var text = TextDecoder.Decode(bytes, isHtml: true, out var encoding);
        var article = ArticleExtractor.Extract(bytes, new ExtractionOptions());

        Assert.DoesNotContain("7", encoding, StringComparison.Ordinal);
        Assert.Contains("الوزير", text, StringComparison.Ordinal);
        Assert.NotEqual("utf-7", article.Source.Encoding, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_feed_declaring_utf7_is_parsed()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-7\"?><rss version=\"2.0\"><channel><title>أخبار</title><item><title>خبر</title><link>https://example.com/a</link></item></channel></rss>");

        var feed = Marsad.Ingest.Feeds.FeedParser.Parse(bytes, "https://example.com/feed.xml");

        Assert.Single(feed.Items);
    }
}

/// <summary>Findings of the WARC, JSON Lines and feed targets, through the readers ingest uses.</summary>
public class ReaderFindingsTests
{
    private static string Finding(string target, string file) => Path.Combine(AppContext.BaseDirectory, "Findings", target, file);

    [Fact]
    public void A_truncated_warc_record_is_reported_not_thrown()
    {
        using var stream = File.OpenRead(Finding("warc", "truncated-record.warc"));

        var items = Marsad.Ingest.Sources.WarcReader.Read(stream, "t.warc", 1 << 20).ToList();

        Assert.Contains(items, i => i.Error is not null && i.Error.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_warc_cut_inside_a_record_keeps_the_records_before_it()
    {
        var body = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>قال الوزير إن الاجتماع مثمر.</p></body></html>"u8.ToArray();
        var header = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\nContent-Length: {body.Length}\r\n\r\n");
        var whole = header.Concat(body).Concat("\r\n\r\n"u8.ToArray()).ToArray();
        var file = whole.Concat(whole.AsSpan(0, whole.Length - 40).ToArray()).ToArray();

        var items = Marsad.Ingest.Sources.WarcReader.Read(new MemoryStream(file), "t.warc", 1 << 20).ToList();

        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Bytes);
        Assert.Contains("truncated", items[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_record_with_invalid_utf8_fails_alone()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-rel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "bad.jsonl");
        // the invalid bytes sit inside the string value of the first record
        byte[] bad = [.. "{\"text\":\"نص "u8, 0xC3, 0x28, .. "\"}\n{\"text\":\"قال الوزير إن الاجتماع مثمر\"}\n"u8];
        await File.WriteAllBytesAsync(path, bad);
        try
        {
            var items = new List<Marsad.Ingest.Sources.SourceItem>();
            await foreach (var i in new Marsad.Ingest.Sources.InputReader(new Marsad.Ingest.Sources.FieldMap()).ReadAsync([path]))
            {
                items.Add(i);
            }

            Assert.Equal(2, items.Count);
            Assert.NotNull(items[0].Error);
            Assert.Null(items[1].Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task The_fuzzer_jsonl_finding_reads_without_throwing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-rel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "f.jsonl");
        File.Copy(Finding("jsonl", "invalid-utf8-string.jsonl"), path);
        try
        {
            var n = 0;
            await foreach (var _ in new Marsad.Ingest.Sources.InputReader(new Marsad.Ingest.Sources.FieldMap()).ReadAsync([path]))
            {
                n++;
            }

            Assert.True(n > 0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_fuzzer_feed_finding_parses_or_is_refused_with_a_reason()
    {
        var bytes = File.ReadAllBytes(Finding("feed", "utf7-declared.xml"));
        try
        {
            _ = Marsad.Ingest.Feeds.FeedParser.Parse(bytes, "https://example.com/feed.xml");
        }
        catch (Marsad.Core.MarsadInputException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }
    }
}

/// <summary>Findings of the search query target: the parser answers or refuses with a message, never throws otherwise.</summary>
public class QueryFindingsTests
{
    [Theory]
    [InlineData("H()( AM< OR NOT")]
    [InlineData("سلام NOT")]
    [InlineData("سلام OR NOT")]
    [InlineData("(سلام NOT")]
    public void A_trailing_operator_is_parsed(string text)
    {
        var query = Marsad.Storage.Search.SearchQuery.Parse(text);

        Assert.NotNull(query);
    }

    [Fact]
    public void The_fuzzer_query_finding_parses()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Findings", "query", "trailing-not.txt"));

        _ = Marsad.Storage.Search.SearchQuery.Parse(text);
    }

    public static IEnumerable<object[]> QueryFindings() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Findings", "query")).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>The 300 s AFL run (fuzz/run.sh afl 300 query): queries the parser accepted but SQLite's FTS5 parser refused.</summary>
    [Theory]
    [MemberData(nameof(QueryFindings))]
    public void A_fuzzer_query_is_valid_fts5_or_refused_with_a_message(string file)
    {
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Findings", "query", file)));

        AssertValidFts5OrRefused(text);
    }

    [Fact]
    public void Every_nesting_depth_the_parser_accepts_is_valid_fts5()
    {
        // The densest translation per level: a group holding OR, AND and NOT, nested again inside.
        var text = "سلام";
        var depth = 0;
        for (; depth < 100; depth++)
        {
            try
            {
                var fts = Marsad.Storage.Search.SearchQuery.Parse(text)!.ToFts5();
                Fts5Count(fts);
            }
            catch (Marsad.Storage.StoreException ex)
            {
                Assert.Contains("deep", ex.Message, StringComparison.Ordinal);
                break;
            }

            text = $"سلام (عليكم OR خبر {text} -وزير)";
        }

        Assert.InRange(depth, 8, 99);
    }

    [Fact]
    public void A_long_chain_of_not_is_refused_not_a_stack_overflow()
    {
        var text = string.Concat(Enumerable.Repeat("NOT ", 200_000)) + "سلام";

        var ex = Assert.Throws<Marsad.Storage.StoreException>(() => Marsad.Storage.Search.SearchQuery.Parse(text));

        Assert.Contains("deep", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertValidFts5OrRefused(string text)
    {
        string? fts;
        try
        {
            fts = Marsad.Storage.Search.SearchQuery.Parse(text)?.ToFts5();
        }
        catch (Marsad.Storage.StoreException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            return;
        }

        if (fts is not null)
        {
            Fts5Count(fts);
        }
    }

    // SQLite is the oracle: the MATCH text must parse (an error here is what a search would have hit).
    private static long Fts5Count(string match)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('سلام عليكم'); SELECT count(*) FROM t WHERE t MATCH $q";
        cmd.Parameters.AddWithValue("$q", match);
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Deeply_nested_parentheses_are_refused_not_a_stack_overflow()
    {
        var text = new string('(', 200_000) + "سلام";

        var ex = Assert.Throws<Marsad.Storage.StoreException>(() => Marsad.Storage.Search.SearchQuery.Parse(text));

        Assert.Contains("nest", ex.Message, StringComparison.Ordinal);
    }
}
