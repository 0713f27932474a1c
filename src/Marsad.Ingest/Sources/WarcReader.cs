using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Ingest.Sources;

/// <summary>
/// Reads WARC files (plain or gzip, one member per record or one for the whole file): yields the HTML pages of
/// response and resource records, with their target URI. Other records (requests, metadata, images) are passed over.
/// </summary>
public static class WarcReader
{
    public static IEnumerable<SourceItem> Read(Stream stream, string input, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffered = new BufferedStream(stream, 1 << 16);
        var n = 0;
        while (true)
        {
            var headers = ReadHeaders(buffered, out var version);
            if (headers is null)
            {
                yield break;
            }

            n++;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                yield return new SourceItem { UnitKey = $"warc-bad:{input}#{n}", Input = $"{input}#{n}", Error = $"not a WARC record header: '{Trim(version)}'" };
                yield break;
            }

            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                yield return new SourceItem { UnitKey = $"warc-bad:{input}#{n}", Input = $"{input}#{n}", Error = "WARC record without Content-Length" };
                yield break;
            }

            var type = headers.GetValueOrDefault("warc-type") ?? string.Empty;
            var uri = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>');
            var where = $"{input}#{n}";
            var wanted = type is "response" or "resource";
            if (!wanted || length > maxBytes)
            {
                Skip(buffered, length);
                if (wanted)
                {
                    yield return new SourceItem { UnitKey = $"warc-big:{where}", Input = where, Error = $"record is {length / (1024 * 1024)} MB, over the limit" };
                }

                continue;
            }

            var block = new byte[length];
            var got = buffered.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
            if (got < block.Length)
            {
                // A file cut short (interrupted download, disk full at crawl time): report it, keep what came before.
                yield return new SourceItem { UnitKey = $"warc-bad:{where}", Input = where, Error = $"WARC record truncated: {got} of {length} bytes" };
                yield break;
            }

            var item = type == "response"
                ? FromResponse(block, uri, where, headers.GetValueOrDefault("warc-record-id"))
                : FromResource(block, uri, where, headers.GetValueOrDefault("content-type"));
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static SourceItem? FromResource(byte[] block, string? uri, string where, string? contentType)
    {
        if (contentType is not null && !IsHtmlOrText(contentType))
        {
            return null;
        }

        return new SourceItem { UnitKey = SourceItem.KeyOf("warc", block), Input = where, Bytes = block, Url = uri };
    }

    private static SourceItem? FromResponse(byte[] block, string? uri, string where, string? recordId)
    {
        var end = IndexOf(block, "\r\n\r\n"u8);
        var sepLength = 4;
        if (end < 0)
        {
            end = IndexOf(block, "\n\n"u8);
            sepLength = 2;
        }

        if (end < 0)
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var status = head[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || status[1] != "200")
        {
            return null;
        }

        var http = Headers(head.Skip(1));
        if (http.GetValueOrDefault("content-type") is { } ct && !IsHtmlOrText(ct))
        {
            return null;
        }

        var body = block.AsSpan(end + sepLength).ToArray();
        try
        {
            if (http.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            {
                body = Dechunk(body);
            }

            var encoding = http.GetValueOrDefault("content-encoding")?.Trim().ToLowerInvariant();
            if (encoding is "gzip" or "x-gzip")
            {
                body = Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress));
            }
            else if (encoding == "deflate")
            {
                body = Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress));
            }
            else if (encoding == "br")
            {
                body = Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress));
            }
        }
        catch (InvalidDataException ex)
        {
            return new SourceItem { UnitKey = "warc-bad:" + (recordId ?? where), Input = where, Error = $"cannot decode HTTP body: {ex.Message}" };
        }

        return new SourceItem { UnitKey = SourceItem.KeyOf("warc", body), Input = where, Bytes = body, Url = uri, Format = "html" };
    }

    private static bool IsHtmlOrText(string contentType) =>
        contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("text/plain", StringComparison.OrdinalIgnoreCase);

    private static byte[] Inflate(Stream s)
    {
        using (s)
        {
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return ms.ToArray();
        }
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var ms = new MemoryStream(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var lineEnd = IndexOf(body.AsSpan(pos), "\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, pos, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            pos += lineEnd + 2;
            size = Math.Min(size, body.Length - pos);
            ms.Write(body, pos, size);
            pos += size + 2;
        }

        return ms.ToArray();
    }

    /// <summary>Reads a header block up to its blank line; null at the end of the stream. Skips blank lines between records.</summary>
    private static Dictionary<string, string>? ReadHeaders(Stream s, out string firstLine)
    {
        firstLine = string.Empty;
        string? line;
        do
        {
            line = ReadLine(s);
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        firstLine = line;
        var lines = new List<string>();
        while ((line = ReadLine(s)) is { Length: > 0 })
        {
            lines.Add(line);
        }

        return Headers(lines);
    }

    private static Dictionary<string, string> Headers(IEnumerable<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[raw[..colon].Trim().ToLowerInvariant()] = raw[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    private static string? ReadLine(Stream s)
    {
        var bytes = new List<byte>(64);
        int b;
        while ((b = s.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add((byte)b);
            if (bytes.Count > 1 << 16)
            {
                break;
            }
        }

        return bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
    }

    private static void Skip(Stream s, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = s.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                break;
            }

            length -= read;
        }
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle);

    private static string Trim(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
