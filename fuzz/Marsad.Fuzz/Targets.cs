using System.Text;
using Marsad.Arabic.Dates;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Ingest.Feeds;
using Marsad.Ingest.Sources;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Fuzz;

/// <summary>
/// One entry point per parser that reads outside data. A target returns normally for any input it accepts or refuses
/// with <see cref="MarsadInputException"/> (a clear, expected refusal); every other exception is a finding.
/// </summary>
internal static class Targets
{
    // Created on first use: under AFL the instrumented Marsad assemblies must not run before SharpFuzz sets up its
    // shared-memory map, and this class is touched to pick the target before that.
    private static ExtractionOptions Options => field ??= new() { Uri = "https://example.com/fuzz", ReferenceTime = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc) };

    private static NewsDate Published => NewsDate.DayOnly(2024, 5, 1);

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["extract"] = bytes => Refusable(() => ArticleExtractor.Extract(bytes, Options)),
        ["extract-text"] = bytes => Refusable(() => ArticleExtractor.Extract(bytes, Options with { Format = "text" })),
        ["decode"] = Decode,
        ["dates"] = Dates,
        ["feed"] = bytes => Refusable(() => FeedParser.Parse(bytes, "https://example.com/feed.xml")),
        ["warc"] = Warc,
        ["jsonl"] = Jsonl,
        ["trec"] = bytes => _ = TrecReader.Read(Encoding.UTF8.GetString(bytes), "fuzz.trec").Count(),
        ["query"] = bytes => Refusable(() => Query(bytes)),
    };

    private static void Refusable(Action action)
    {
        try
        {
            action();
        }
        catch (MarsadInputException)
        {
            // a refusal with a reason is the documented behaviour for unreadable input
        }
    }

    private static void Decode(byte[] bytes)
    {
        var html = TextDecoder.Decode(bytes, isHtml: true, out var a);
        var text = TextDecoder.Decode(bytes, isHtml: false, out var b);
        if (html is null || text is null || a is null || b is null)
        {
            throw new InvalidOperationException("decoder returned null");
        }
    }

    private static void Dates(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var match in ArabicDates.FindAll(text))
        {
            _ = match.ToString();
        }

        _ = ArabicDates.Parse(text);
        _ = RelativeDates.FindAll(text, Published);
        _ = FeedDates.Parse(text);
    }

    private static void Warc(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (var item in WarcReader.Read(stream, "fuzz.warc", 1 << 20))
        {
            if (item.Bytes is { Length: > 0 } page)
            {
                Refusable(() => ArticleExtractor.Extract(page, Options));
            }
        }
    }

    private static readonly string JsonlPath = Path.Combine(Path.GetTempPath(), $"marsad-fuzz-{Environment.ProcessId}.jsonl");

    private static void Jsonl(byte[] bytes)
    {
        File.WriteAllBytes(JsonlPath, bytes);
        var reader = new InputReader(new FieldMap(), 1 << 20);
        var items = reader.ReadAsync([JsonlPath]).ToBlockingEnumerable();
        foreach (var item in items)
        {
            _ = item.UnitKey;
        }
    }

    private static SqliteConnection? _fts;

    // StoreException (a MarsadInputException) is the parser's refusal with a message for the user.
    private static void Query(byte[] bytes)
    {
        var query = SearchQuery.Parse(Encoding.UTF8.GetString(bytes));
        if (query is null)
        {
            return;
        }

        _ = query.ToTsQuery();
        _ = query.PositiveKeys.Count;
        // The FTS5 text must always be valid FTS5 syntax: SQLite is the oracle.
        if (_fts is null)
        {
            _fts = new SqliteConnection("Data Source=:memory:");
            _fts.Open();
            using var create = _fts.CreateCommand();
            create.CommandText = "CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('سلام عليكم world');";
            create.ExecuteNonQuery();
        }

        using var cmd = _fts.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM t WHERE t MATCH $q";
        cmd.Parameters.AddWithValue("$q", query.ToFts5());
        _ = cmd.ExecuteScalar();
    }
}
