using System.Text;
using UtfUnknown;

namespace Marsad.Extraction;

/// <summary>Bytes to text: BOM, then what the page declares, then detection for pages that lie or say nothing.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> is the WHATWG-style name used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, bool isHtml, out string encodingName)
    {
        var encoding = Detect(bytes, isHtml, out var bomLength);
        encodingName = NameOf(encoding);
        return encoding.GetString(bytes[bomLength..]);
    }

    public static Encoding Detect(ReadOnlySpan<byte> bytes, bool isHtml, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return new UTF8Encoding(false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        // UTF-16 without BOM: many zero bytes in alternating positions.
        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        }

        // Valid UTF-8 with non-ASCII bytes is almost never anything else, whatever the page claims.
        var utf8State = Utf8Validity(bytes);
        if (utf8State == Utf8State.ValidWithNonAscii)
        {
            return new UTF8Encoding(false);
        }

        if (isHtml && DeclaredCharset(bytes) is { } declared && utf8State == Utf8State.Ascii)
        {
            return declared;
        }

        if (isHtml && DeclaredCharset(bytes) is { } declared2 && !IsUtf8(declared2))
        {
            // Declared a legacy charset and the bytes are not UTF-8: trust the declaration unless detection is sure.
            var sure = DetectWithLibrary(bytes, out var confidence);
            if (sure is not null && confidence > 0.9 && !IsUtf8(sure) && IsArabicFamily(sure) != IsArabicFamily(declared2))
            {
                return sure;
            }

            return declared2;
        }

        if (utf8State == Utf8State.Ascii)
        {
            return new UTF8Encoding(false);
        }

        var detected = DetectWithLibrary(bytes, out _);
        if (detected is not null && !IsUtf8(detected))
        {
            return detected;
        }

        // Invalid UTF-8 and nothing detected: Arabic pages of that kind are nearly always windows-1256.
        return Encoding.GetEncoding(1256);
    }

    public static string NameOf(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage switch
        {
            65001 => "utf-8",
            1200 => "utf-16le",
            1201 => "utf-16be",
            1256 => "windows-1256",
            28596 => "iso-8859-6",
            1252 => "windows-1252",
            28591 => "iso-8859-1",
            _ => encoding.WebName,
        };
    }

    private static bool IsUtf8(Encoding e) => e.CodePage == 65001;

    private static bool IsArabicFamily(Encoding e) => e.CodePage is 1256 or 28596 or 720 or 864 or 10004;

    private static Encoding? DetectWithLibrary(ReadOnlySpan<byte> bytes, out float confidence)
    {
        confidence = 0;
        var sample = bytes.Length > 256 * 1024 ? bytes[..(256 * 1024)] : bytes;
        var result = CharsetDetector.DetectFromBytes(sample.ToArray());
        var best = result.Detected;
        if (best?.Encoding is null)
        {
            return null;
        }

        confidence = best.Confidence;
        return best.Encoding;
    }

    private enum Utf8State { Ascii, ValidWithNonAscii, Invalid }

    private static Utf8State Utf8Validity(ReadOnlySpan<byte> bytes)
    {
        var firstNonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstNonAscii < 0)
        {
            return Utf8State.Ascii;
        }

        // A truncated last sequence is still UTF-8: trim up to 3 bytes of an incomplete tail.
        var span = bytes;
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return Utf8State.ValidWithNonAscii;
        }

        for (var cut = 1; cut <= 3 && cut < span.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(span[..^cut]))
            {
                return Utf8State.ValidWithNonAscii;
            }
        }

        // Tolerate a handful of bad bytes in a large, overwhelmingly UTF-8 page.
        var decoder = new UTF8Encoding(false, false);
        var text = decoder.GetString(span);
        var bad = text.AsSpan().Count('\uFFFD');
        var multi = 0;
        foreach (var b in span)
        {
            if (b >= 0xC2 && b <= 0xF4)
            {
                multi++;
            }
        }

        return multi > 20 && bad * 50 < multi ? Utf8State.ValidWithNonAscii : Utf8State.Invalid;
    }

    /// <summary>
    /// UTF-16 without a BOM: the high byte of each unit takes very few values (0x00 for markup and Latin text, 0x06
    /// for Arabic) while the low byte varies. Arabic pages are why zeros alone are not enough: their text has none.
    /// </summary>
    internal static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8)
        {
            return false;
        }

        Span<int> even = stackalloc int[256];
        Span<int> odd = stackalloc int[256];
        for (var i = 0; i < n; i += 2)
        {
            even[bytes[i]]++;
            odd[bytes[i + 1]]++;
        }

        var pairs = n / 2;
        if (HighBytes(odd, pairs) && even[0] < pairs * 0.02)
        {
            return true;
        }

        if (HighBytes(even, pairs) && odd[0] < pairs * 0.02)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    /// <summary>Zeros are common (markup) and zero plus the single most frequent other value cover nearly all units.</summary>
    private static bool HighBytes(ReadOnlySpan<int> histogram, int pairs)
    {
        if (histogram[0] < pairs * 0.1)
        {
            return false;
        }

        var top = 0;
        for (var v = 1; v < 256; v++)
        {
            top = Math.Max(top, histogram[v]);
        }

        return histogram[0] + top >= pairs * 0.95;
    }

    /// <summary>The charset a page declares in its first 8 KB: <c>&lt;meta charset&gt;</c> or <c>http-equiv</c>, or an XML prolog.</summary>
    internal static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        var i = 0;
        while ((i = head.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var j = i + 7;
            while (j < head.Length && (head[j] == ' ' || head[j] == '=' || head[j] == '"' || head[j] == '\''))
            {
                j++;
            }

            var k = j;
            while (k < head.Length && (char.IsAsciiLetterOrDigit(head[k]) || head[k] is '-' or '_' or ':' or '.'))
            {
                k++;
            }

            if (k > j && ResolveCharset(head[j..k]) is { } enc)
            {
                return enc;
            }

            i = k;
        }

        var xml = head.IndexOf("encoding=", StringComparison.OrdinalIgnoreCase);
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && xml > 0)
        {
            var j = xml + 9;
            if (j < head.Length && head[j] is '"' or '\'')
            {
                var k = head.IndexOfAny(['"', '\''], j + 1);
                if (k > j && ResolveCharset(head[(j + 1)..k]) is { } enc)
                {
                    return enc;
                }
            }
        }

        return null;
    }

    public static Encoding? ResolveCharset(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.Trim().ToLowerInvariant();
        n = n switch
        {
            "utf8" => "utf-8",
            "arabic" or "iso_8859-6" or "iso8859-6" or "iso-8859-6-i" or "iso-8859-6-e" => "iso-8859-6",
            "cp1256" or "win-1256" or "windows1256" or "x-cp1256" => "windows-1256",
            "unicode" => "utf-16",
            _ => n,
        };
        try
        {
            var e = Encoding.GetEncoding(n);
            // A page that says UTF-16 in its bytes read as ASCII is not UTF-16.
            return e.CodePage is 1200 or 1201 ? new UTF8Encoding(false) : e;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: .NET refuses UTF-7 (a known XSS vector; the HTML standard forbids it too).
            return null;
        }
    }
}
