using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Core;

/// <summary>Writes and reads the <c>marsad.document/1</c> JSON contract (see docs/document-json.md).</summary>
public static class DocumentJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Pretty = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(Document document, bool indented = false)
    {
        using var buffer = new MemoryStream();
        Write(buffer, document, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Stream stream, Document document, bool indented = false)
    {
        using var w = new Utf8JsonWriter(stream, indented ? Pretty : Compact);
        Write(w, document);
    }

    public static void Write(Utf8JsonWriter w, Document d)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(d);
        w.WriteStartObject();
        w.WriteString("schema", Document.Schema);
        w.WriteString("id", d.Id);
        WriteSource(w, d.Source);
        w.WriteString("url", d.Url);
        w.WriteString("language", d.Language);
        w.WriteString("title", d.Title);
        w.WriteStartArray("authors");
        foreach (var a in d.Authors)
        {
            w.WriteStringValue(a);
        }

        w.WriteEndArray();
        w.WriteString("published", d.Published?.ToIso());
        w.WriteString("dateline", d.Dateline);
        w.WriteString("text", d.Text);
        WriteSpans(w, "paragraphs", d.Paragraphs);
        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences)
        {
            WriteSpan(w, s.Start, s.End);
        }

        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            w.WriteString("name", e.Name);
            WriteSpans(w, "mentions", e.Mentions);
            WriteStrings(w, "roles", e.Roles);
            w.WriteString("country", e.Country);
            WriteStrings(w, "aliases", e.Aliases);
            if (e.Code is not null)
            {
                w.WriteString("code", e.Code);
            }

            if (e.Affiliation is not null)
            {
                w.WriteString("affiliation", e.Affiliation);
            }

            if (e.State)
            {
                w.WriteBoolean("state", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in d.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speakerText", q.SpeakerText);
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteBoolean("direct", q.Direct);
            if (q.Cue is { } cue)
            {
                w.WritePropertyName("cue");
                WriteSpan(w, cue.Start, cue.End);
            }
            else
            {
                w.WriteNull("cue");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            w.WriteString("mode", e.Mode);
            w.WriteString("source", e.Source);
            w.WriteString("target", e.Target);
            w.WriteString("sourceText", e.SourceText);
            w.WriteString("targetText", e.TargetText);
            if (e.SourceCode is not null)
            {
                w.WriteString("sourceCode", e.SourceCode);
            }

            if (e.TargetCode is not null)
            {
                w.WriteString("targetCode", e.TargetCode);
            }

            w.WritePropertyName("trigger");
            WriteSpan(w, e.Trigger.Start, e.Trigger.End);
            w.WriteNumber("sentence", e.Sentence);
            w.WriteString("date", e.Date);
            w.WriteBoolean("reported", e.Reported);
            w.WriteBoolean("hypothetical", e.Hypothetical);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (d.Note is not null)
        {
            w.WriteString("note", d.Note);
        }

        if (d.Versions.Count > 0)
        {
            w.WriteStartObject("versions");
            foreach (var (k, v) in d.Versions)
            {
                w.WriteString(k, v);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The object a batch writes for an input that could not be read.</summary>
    public static void WriteError(Utf8JsonWriter w, string? id, string? uri, string error)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("schema", Document.Schema);
        w.WriteString("id", id);
        w.WriteStartObject("source");
        w.WriteString("uri", uri);
        w.WriteEndObject();
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    public static string SerializeError(string? id, string? uri, string error)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            WriteError(w, id, uri, error);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a document written by <see cref="Write(Utf8JsonWriter, Document)"/> (or by another producer of the contract).</summary>
    public static Document Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.TryGetProperty("schema", out var schema) && schema.GetString() != Document.Schema)
        {
            throw new MarsadInputException($"unsupported schema '{schema.GetString()}'");
        }

        var text = Str(root, "text") ?? string.Empty;
        DocumentSource source = new(null, "text", null);
        if (root.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Object)
        {
            source = new DocumentSource(Str(src, "uri"), Str(src, "format") ?? "text", Str(src, "encoding"));
        }

        NewsDate? published = NewsDate.TryParseIso(Str(root, "published"), out var p) ? p : null;
        var d = new Document(Str(root, "id") ?? Document.HashId(System.Text.Encoding.UTF8.GetBytes(text)), text)
        {
            Source = source,
            Url = Str(root, "url"),
            Language = Str(root, "language"),
            Title = Str(root, "title"),
            Authors = Strs(root, "authors"),
            Published = published,
            Dateline = Str(root, "dateline"),
            Paragraphs = Spans(root, "paragraphs"),
            Note = Str(root, "note"),
        };
        foreach (var s in Spans(root, "sentences"))
        {
            d.Sentences.Add(new Sentence(s.Start, s.End));
        }

        if (root.TryGetProperty("entities", out var ents) && ents.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in ents.EnumerateArray())
            {
                var entity = new Entity
                {
                    Id = Str(e, "id") ?? string.Empty,
                    Type = Str(e, "type") ?? "MISC",
                    Name = Str(e, "name") ?? string.Empty,
                    Mentions = Spans(e, "mentions"),
                    Roles = [.. Strs(e, "roles")],
                    Country = Str(e, "country"),
                    Aliases = [.. Strs(e, "aliases")],
                    Code = Str(e, "code"),
                    Affiliation = Str(e, "affiliation"),
                    State = e.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.True,
                };
                d.Entities.Add(entity);
            }
        }

        if (root.TryGetProperty("quotes", out var quotes) && quotes.ValueKind == JsonValueKind.Array)
        {
            foreach (var q in quotes.EnumerateArray())
            {
                d.Quotes.Add(new Quote
                {
                    Speaker = Str(q, "speaker"),
                    SpeakerText = Str(q, "speakerText"),
                    Start = q.GetProperty("start").GetInt32(),
                    End = q.GetProperty("end").GetInt32(),
                    Direct = q.TryGetProperty("direct", out var dir) && dir.ValueKind == JsonValueKind.True,
                    Cue = q.TryGetProperty("cue", out var cue) && cue.ValueKind == JsonValueKind.Object ? SpanOf(cue) : null,
                });
            }
        }

        if (root.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in events.EnumerateArray())
            {
                d.Events.Add(new PloverEvent
                {
                    Type = Str(e, "type") ?? string.Empty,
                    Mode = Str(e, "mode"),
                    Source = Str(e, "source"),
                    Target = Str(e, "target"),
                    SourceText = Str(e, "sourceText"),
                    TargetText = Str(e, "targetText"),
                    SourceCode = Str(e, "sourceCode"),
                    TargetCode = Str(e, "targetCode"),
                    Trigger = SpanOf(e.GetProperty("trigger")),
                    Sentence = e.TryGetProperty("sentence", out var si) && si.ValueKind == JsonValueKind.Number ? si.GetInt32() : 0,
                    Date = Str(e, "date"),
                    Reported = e.TryGetProperty("reported", out var r) && r.ValueKind == JsonValueKind.True,
                    Hypothetical = e.TryGetProperty("hypothetical", out var h) && h.ValueKind == JsonValueKind.True,
                });
            }
        }

        if (root.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Object)
        {
            foreach (var v in versions.EnumerateObject())
            {
                d.Versions[v.Name] = v.Value.GetString() ?? string.Empty;
            }
        }

        return d;
    }

    private static void WriteSource(Utf8JsonWriter w, DocumentSource s)
    {
        w.WriteStartObject("source");
        w.WriteString("uri", s.Uri);
        w.WriteString("format", s.Format);
        w.WriteString("encoding", s.Encoding);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, int start, int end)
    {
        w.WriteStartObject();
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter w, string name, IEnumerable<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var s in spans)
        {
            WriteSpan(w, s.Start, s.End);
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strs(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];

    private static TextSpan SpanOf(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    private static List<TextSpan> Spans(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(SpanOf)] : [];
}
