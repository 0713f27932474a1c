using System.Buffers;
using System.Text.Json;

namespace Marsad.Ingest.Sources;

/// <summary>
/// Splits a stream of JSON values written one after another (JSON Lines, or concatenated objects spread over several
/// lines) into records, so that a broken record fails alone. A single JSON reader over the whole file cannot resync
/// after a syntax error; here a line that cannot continue the pending value is a fresh start, so one truncated or
/// garbled record (or one nested deeper than the reader allows) never costs the records after it.
/// </summary>
internal sealed class JsonRecordSplitter(Stream stream, long maxBytes)
{
    private readonly ArrayBufferWriter<byte> _pending = new();
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private int _line;
    private int _pendingFirstLine;
    private int _lastLineStart;
    private bool _skippingLongLine;

    /// <summary>One record: its exact bytes, or why the lines it spans could not be read.</summary>
    internal readonly record struct Record(ReadOnlyMemory<byte> Bytes, string? Error, int FirstLine, int LastLine);

    public async IAsyncEnumerable<Record> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        while (true)
        {
            var line = await NextLineAsync(ct).ConfigureAwait(false);
            if (line is not { } bytes)
            {
                break;
            }

            if (bytes.IsEmpty && _skippingLongLine)
            {
                continue;
            }

            if (bytes.Length > maxBytes)
            {
                // Only a line over the limit reaches here (see NextLineAsync): the record it belongs to fails.
                foreach (var r in Fail($"a line over the {maxBytes / (1024 * 1024)} MB limit"))
                {
                    yield return r;
                }

                continue;
            }

            var span = bytes.Span;
            if (_pending.WrittenCount == 0)
            {
                if (_line == 1 && span.StartsWith("\uFEFF"u8))
                {
                    span = span[3..];
                }

                if (span.Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }

                _pendingFirstLine = _line;
            }

            _lastLineStart = _pending.WrittenCount;
            _pending.Write(span);
            _pending.Write("\n"u8);
            foreach (var r in Drain())
            {
                yield return r;
            }

            if (_pending.WrittenCount > maxBytes)
            {
                foreach (var r in Fail($"a record over the {maxBytes / (1024 * 1024)} MB limit"))
                {
                    yield return r;
                }
            }
        }

        if (!_pending.WrittenSpan.Trim(" \t\r\n"u8).IsEmpty)
        {
            foreach (var r in Fail("the record is not closed before the end of the file"))
            {
                yield return r;
            }
        }
    }

    /// <summary>Emits every complete value in the pending bytes; a syntax error fails the lines before the last one.</summary>
    private List<Record> Drain()
    {
        var records = new List<Record>();
        while (true)
        {
            var data = _pending.WrittenSpan;
            var (consumed, error) = Scan(data);
            if (error is not null)
            {
                if (_lastLineStart > 0)
                {
                    // The earlier lines never closed: they fail; the newest line may be a record of its own.
                    records.Add(new Record(default, "invalid JSON: the record is not closed before the next one starts", _pendingFirstLine, _line - 1));
                    Keep(data[_lastLineStart..], _line);
                    continue;
                }

                records.Add(new Record(default, "invalid JSON: " + error, _pendingFirstLine, _line));
                _pending.Clear();
                return records;
            }

            if (consumed == 0)
            {
                return records; // the value goes on in the next line
            }

            records.Add(new Record(data[..consumed].ToArray(), null, _pendingFirstLine, _line));
            var rest = data[consumed..];
            if (rest.Trim(" \t\r\n"u8).IsEmpty)
            {
                _pending.Clear();
                return records;
            }

            // Another value on the same line.
            Keep(rest, _line);
        }
    }

    private List<Record> Fail(string reason)
    {
        var first = _pending.WrittenCount == 0 ? _line : _pendingFirstLine;
        _pending.Clear();
        return [new Record(default, reason, first, _line)];
    }

    private void Keep(ReadOnlySpan<byte> rest, int firstLine)
    {
        var copy = rest.ToArray();
        _pending.Clear();
        _pending.Write(copy);
        _pendingFirstLine = firstLine;
        _lastLineStart = 0;
    }

    /// <summary>How many bytes the first complete value takes (0: not complete yet), or the syntax error.</summary>
    private static (int Consumed, string? Error) Scan(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return ((int)reader.BytesConsumed, null);
                }
            }

            return (0, null);
        }
        catch (JsonException ex)
        {
            return (0, ex.Message);
        }
    }

    /// <summary>The next line without its newline (valid until the next call), or null at the end.</summary>
    private async ValueTask<ReadOnlyMemory<byte>?> NextLineAsync(CancellationToken ct)
    {
        while (true)
        {
            var nl = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (nl >= 0)
            {
                var line = _buffer.AsMemory(_start, nl - _start);
                _start = nl + 1;
                _line++;
                var wasSkipping = _skippingLongLine;
                _skippingLongLine = false;
                return wasSkipping ? ReadOnlyMemory<byte>.Empty : line;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                _line++;
                return _skippingLongLine ? ReadOnlyMemory<byte>.Empty : last;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                if (_buffer.Length > maxBytes)
                {
                    // A line longer than any record may be: report it once, then drop the rest of it unread.
                    if (!_skippingLongLine)
                    {
                        _skippingLongLine = true;
                        _end = 0;
                        _line++;
                        var marker = new byte[maxBytes + 1];
                        return marker;
                    }

                    _end = 0;
                }
                else
                {
                    Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, maxBytes + 2));
                }
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }
}
