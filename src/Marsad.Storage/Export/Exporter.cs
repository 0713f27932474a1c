using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace Marsad.Storage.Export;

/// <summary>
/// Writes what the store holds for other tools: documents as JSON Lines (the marsad.document/1 contract), and
/// events, quotes and actors as one row per fact (with the source URL and sentence) in CSV, Parquet or JSON Lines.
/// Streams in pages: memory does not grow with the store.
/// </summary>
public static class Exporter
{
    public static readonly IReadOnlyList<string> Tables = ["documents", "events", "quotes", "actors"];
    private const int RowGroup = 50_000;

    public static async Task<long> ExportAsync(IStore store, string table, string format, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var (columns, rows) = table switch
        {
            "documents" => (["json"], store.Documents().Select(d => new object?[] { d.Json })),
            "events" => (EventColumns, store.Events().Select(e => new object?[] { e.ArticleKey, e.Url, e.Type, e.Mode, e.SourceActor, e.TargetActor, e.Date, e.Trigger, e.Sentence })),
            "quotes" => (QuoteColumns, store.Quotes().Select(q => new object?[] { q.ArticleKey, q.Url, q.Speaker, q.SpeakerActor, q.Direct ? "true" : "false", q.Text, q.Published })),
            "actors" => (ActorColumns, store.Actors().Select(a => new object?[]
            {
                a.Key, a.Type, a.Name, a.Code, a.Country, a.Articles.ToString(CultureInfo.InvariantCulture), a.Mentions.ToString(CultureInfo.InvariantCulture),
                a.FirstSeen, a.LastSeen, string.Join(" | ", a.Aliases), string.Join(" | ", a.Roles),
            })),
            _ => throw new StoreException($"unknown table '{table}' (use {string.Join(", ", Tables)})"),
        };
        if (table == "documents" && format != "jsonl")
        {
            throw new StoreException("documents export as jsonl only (the marsad.document/1 contract)");
        }

        return format switch
        {
            "jsonl" when table == "documents" => await WriteLinesAsync(output, rows.Select(r => (string)r[0]!), ct).ConfigureAwait(false),
            "jsonl" => await WriteLinesAsync(output, rows.Select(r => JsonLine(columns, r)), ct).ConfigureAwait(false),
            "csv" => await WriteCsvAsync(output, columns, rows, ct).ConfigureAwait(false),
            "parquet" => await WriteParquetAsync(output, columns, rows, ct).ConfigureAwait(false),
            _ => throw new StoreException($"unknown format '{format}' (use jsonl, csv or parquet)"),
        };
    }

    private static readonly string[] EventColumns = ["article", "url", "type", "mode", "source_actor", "target_actor", "date", "trigger", "sentence"];
    private static readonly string[] QuoteColumns = ["article", "url", "speaker_text", "speaker_actor", "direct", "text", "published"];
    private static readonly string[] ActorColumns = ["key", "type", "name", "code", "country", "articles", "mentions", "first_seen", "last_seen", "aliases", "roles"];

    private static async Task<long> WriteLinesAsync(Stream output, IEnumerable<string> lines, CancellationToken ct)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            long n = 0;
            foreach (var line in lines)
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(line).ConfigureAwait(false);
                n++;
            }

            return n;
        }
    }

    private static string JsonLine(string[] columns, object?[] row)
    {
        using var buffer = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            for (var i = 0; i < columns.Length; i++)
            {
                w.WriteString(columns[i], row[i] as string);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task<long> WriteCsvAsync(Stream output, string[] columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        // RFC 4180 with a UTF-8 byte order mark, so spreadsheet programs show Arabic correctly.
        var writer = new StreamWriter(output, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(string.Join(',', columns)).ConfigureAwait(false);
            long n = 0;
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(string.Join(',', row.Select(v => Csv(v as string)))).ConfigureAwait(false);
                n++;
            }

            return n;
        }
    }

    internal static string Csv(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static async Task<long> WriteParquetAsync(Stream output, string[] columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var fields = columns.Select(c => new DataField<string>(c, true)).ToArray();
        var schema = new ParquetSchema(fields);
        long n = 0;
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: ct).ConfigureAwait(false);
        var buffer = new List<object?[]>(RowGroup);

        async Task FlushAsync()
        {
            if (buffer.Count == 0)
            {
                return;
            }

            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                var values = buffer.Select(r => r[c] as string).ToArray();
                await group.WriteAsync(fields[c], values!, null).ConfigureAwait(false);
            }

            buffer.Clear();
        }

        foreach (var row in rows)
        {
            buffer.Add(row);
            n++;
            if (buffer.Count == RowGroup)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        return n;
    }
}
