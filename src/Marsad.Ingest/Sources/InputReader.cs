using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Marsad.Ingest.Sources;

/// <summary>
/// Turns paths into a stream of <see cref="SourceItem"/>s: folders (recursively, in name order), zip archives,
/// gzip files, JSON arrays, JSON Lines, TREC files, WARC files, RSS/Atom feed files (one item each), and single HTML
/// or text files. Streams: one record at a time is held, whatever the size of the input.
/// </summary>
public sealed class InputReader(FieldMap fields, long maxBytes = 64L * 1024 * 1024)
{
    private static readonly HashSet<string> NotArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".mp3", ".mp4", ".avi", ".mov", ".css", ".js",
        ".woff", ".woff2", ".ttf", ".exe", ".dll", ".so", ".py", ".cs", ".sh", ".tsv", ".csv", ".db", ".sqlite", ".parquet",
        ".tar", ".7z", ".rar", ".bz2", ".xz", ".db-wal", ".db-shm", ".db-journal", ".sqlite-wal", ".sqlite-shm",
    };

    private static readonly HashSet<string> NotArticleNames = new(StringComparer.OrdinalIgnoreCase) { "LICENSE", "COPYING", "NOTICE", "AUTHORS" };

    /// <summary>Files passed over because they are not articles (images, READMEs, licenses).</summary>
    public int Skipped { get; private set; }

    public async IAsyncEnumerable<SourceItem> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    await foreach (var item in ReadFileAsync(file, ct).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                await foreach (var item in ReadFileAsync(path, ct).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new SourceItem { UnitKey = "missing:" + path, Input = path, Error = "no such file or directory" };
            }
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || NotArticleNames.Contains(Path.GetFileNameWithoutExtension(name)) || NotArticles.Contains(Path.GetExtension(name)))
        {
            Skipped++;
            yield break;
        }

        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            ZipArchive? zip = null;
            string? error = null;
            try
            {
                zip = ZipFile.OpenRead(path);
            }
            catch (InvalidDataException ex)
            {
                error = $"not a readable zip archive: {ex.Message}";
            }

            if (zip is null)
            {
                yield return new SourceItem { UnitKey = "bad-zip:" + path, Input = path, Error = error };
                yield break;
            }

            using (zip)
            {
                foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0).OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    if (entry.Name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX", StringComparison.Ordinal) || NotArticles.Contains(Path.GetExtension(entry.Name)))
                    {
                        Skipped++;
                        continue;
                    }

                    await foreach (var item in ReadStreamAsync(entry.Open, entry.Name, $"{path}!{entry.FullName}", ct).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }
            }

            yield break;
        }

        await foreach (var item in ReadStreamAsync(() => File.OpenRead(path), name, path, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadStreamAsync(Func<Stream> open, string name, string input, [EnumeratorCancellation] CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        if (lower.EndsWith(".warc", StringComparison.Ordinal) || lower.EndsWith(".warc.gz", StringComparison.Ordinal) || lower.EndsWith(".arc.gz", StringComparison.Ordinal))
        {
            using var s = open();
            // GZipStream reads every member of a multi-member file (one per record, as WARC writers do).
            using var inner = lower.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(s, CompressionMode.Decompress) : s;
            foreach (var item in WarcReader.Read(inner, input, maxBytes))
            {
                yield return item;
            }

            yield break;
        }

        if (lower.EndsWith(".gz", StringComparison.Ordinal))
        {
            await foreach (var item in ReadStreamAsync(() => new GZipStream(open(), CompressionMode.Decompress), name[..^3], input, ct).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        if (lower.EndsWith(".jsonl", StringComparison.Ordinal) || lower.EndsWith(".ndjson", StringComparison.Ordinal) || lower.EndsWith(".json", StringComparison.Ordinal))
        {
            await foreach (var item in ReadJsonAsync(open, input, ct).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        byte[] bytes;
        using (var s = open())
        using (var ms = new MemoryStream())
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await s.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                ms.Write(buffer, 0, read);
                if (ms.Length > maxBytes)
                {
                    break;
                }
            }

            bytes = ms.ToArray();
        }

        if (bytes.Length > maxBytes)
        {
            yield return new SourceItem { UnitKey = "big:" + input, Input = input, Error = $"over the {maxBytes / (1024 * 1024)} MB limit" };
        }
        else if (TrecReader.Looks(bytes))
        {
            foreach (var item in TrecReader.Read(Encoding.UTF8.GetString(bytes), input))
            {
                yield return item;
            }
        }
        else if (FeedFile.Looks(bytes))
        {
            IReadOnlyList<Marsad.Core.Article> articles;
            string? error = null;
            try
            {
                articles = FeedFile.Articles(bytes, input);
            }
            catch (Marsad.Core.MarsadInputException ex)
            {
                articles = [];
                error = "not a readable feed: " + ex.Message;
            }

            if (error is not null)
            {
                yield return new SourceItem { UnitKey = SourceItem.KeyOf("bad-feed", bytes), Input = input, Error = error };
            }

            foreach (var article in articles)
            {
                var identity = Encoding.UTF8.GetBytes(article.Url + "\n" + article.Title + "\n" + string.Join("\n", article.Paragraphs));
                yield return new SourceItem
                {
                    UnitKey = SourceItem.KeyOf("feed-item", identity), Input = article.Source.Uri ?? input, Article = article, Url = article.Url,
                };
            }
        }
        else
        {
            yield return new SourceItem { UnitKey = SourceItem.KeyOf("file", bytes), Input = input, Bytes = bytes, Url = null };
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadJsonAsync(Func<Stream> open, string input, [EnumeratorCancellation] CancellationToken ct)
    {
        bool array;
        using (var peek = open())
        {
            int b;
            do
            {
                b = peek.ReadByte();
            }
            while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);

            array = b == '[';
        }

        using var stream = open();
        if (!array)
        {
            // Values one after another: split them so that a broken record fails alone.
            var n = 0;
            await foreach (var r in new JsonRecordSplitter(stream, maxBytes).ReadAsync(ct).ConfigureAwait(false))
            {
                n++;
                var where = r.FirstLine == r.LastLine ? $"{input}:{r.FirstLine}" : $"{input}:{r.FirstLine}-{r.LastLine}";
                if (r.Error is not null)
                {
                    yield return new SourceItem { UnitKey = $"bad-json:{input}#{n}", Input = where, Error = r.Error };
                    continue;
                }

                yield return ToItem(r.Bytes, $"{input}#{n}", where);
            }

            yield break;
        }

        var records = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: ct);
        var k = 0;
        await using var e = records.GetAsyncEnumerator(ct);
        while (true)
        {
            SourceItem? failure = null;
            JsonElement record = default;
            try
            {
                if (!await e.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                record = e.Current;
            }
            catch (JsonException ex)
            {
                failure = new SourceItem { UnitKey = $"bad-json:{input}#{k + 1}", Input = $"{input}#{k + 1}", Error = $"invalid JSON: {ex.Message}" };
            }

            k++;
            if (failure is not null)
            {
                // A syntax error inside one array ends it: the reader cannot find the next element reliably.
                yield return failure;
                yield break;
            }

            SourceItem item;
            try
            {
                var raw = Encoding.UTF8.GetBytes(record.GetRawText());
                item = fields.ToItem(record, $"{input}#{k}", SourceItem.KeyOf("rec", raw));
            }
            catch (InvalidOperationException ex)
            {
                // Invalid UTF-8 inside a string passes the JSON reader but not transcoding: this record only fails.
                item = new SourceItem { UnitKey = $"bad-json:{input}#{k}", Input = $"{input}#{k}", Error = $"unreadable record: {ex.Message}" };
            }

            yield return item;
        }
    }

    private SourceItem ToItem(ReadOnlyMemory<byte> raw, string input, string where)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            return fields.ToItem(doc.RootElement, input, SourceItem.KeyOf("rec", raw.Span));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Invalid UTF-8 inside a string passes the splitter but not parsing or transcoding: this record only fails.
            return new SourceItem { UnitKey = $"bad-json:{input}", Input = where, Error = $"unreadable record: {ex.Message}" };
        }
    }
}
