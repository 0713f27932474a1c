using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Ingest.Tests;

/// <summary>Inputs written by the tests themselves (synthetic Arabic text, no third-party content).</summary>
internal static class Inputs
{
    private static readonly string[] Subjects = ["الوزير", "المتحدث الرسمي", "رئيس اللجنة", "المدير العام", "السفير", "المحافظ", "رئيس البلدية", "الأمين العام"];
    private static readonly string[] Verbs = ["أعلن", "أكد", "أوضح", "نفى", "كشف", "بحث", "افتتح", "ناقش"];
    private static readonly string[] Objects = ["خطة تطوير الطرق", "مشروع المياه الجديد", "برنامج دعم الطلاب", "ميزانية العام المقبل", "اتفاقية التعاون", "مبادرة الإسكان", "حملة التشجير", "مهرجان الكتاب"];
    private static readonly string[] Places = ["جدة", "الرياض", "الدمام", "مكة", "تبوك", "أبها", "حائل", "نجران", "القصيم", "الطائف"];

    /// <summary>A distinct article body for each n: different words in different orders.</summary>
    public static string Body(int n)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < 6; s++)
        {
            var k = (n * 7) + (s * 13);
            sb.Append(Subjects[(k + s) % Subjects.Length]).Append(' ').Append(Verbs[(k / 3) % Verbs.Length]).Append(' ')
              .Append(Objects[(k / 5 + s) % Objects.Length]).Append(" في ").Append(Places[(n + s) % Places.Length])
              .Append(" يوم ").Append((n * 31) + s).Append(" بحضور ").Append((n % 97) + s + 3).Append(" مسؤولا.\n");
        }

        return sb.ToString();
    }

    public static string Dir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-ingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static object Record(int n) => new
    {
        source = n % 2 == 0 ? "alpha" : "beta",
        url = $"https://news.example/{n}",
        date_extracted = "2024-05-0" + ((n % 9) + 1) + " 10:00:00",
        title = $"خبر رقم {n}",
        author = "",
        content = Body(n),
    };

    public static string JsonArray(string dir, string name, IEnumerable<int> ids)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, JsonSerializer.Serialize(ids.Select(Record)), Encoding.UTF8);
        return path;
    }

    public static string Zip(string dir, string name, string entryName, string content)
    {
        var path = Path.Combine(dir, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var entry = zip.CreateEntry(entryName);
        using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        w.Write(content);
        return path;
    }

    /// <summary>A WARC file with one gzip member per record, as crawlers write them.</summary>
    public static void WarcGz(string path, params (string Type, string Uri, string Block)[] records)
    {
        using var file = File.Create(path);
        var n = 0;
        foreach (var (type, uri, block) in records)
        {
            var body = Encoding.UTF8.GetBytes(block);
            var head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{++n:D8}-0000-0000-0000-000000000000>\r\n" +
                       $"Content-Type: application/http; msgtype={type}\r\nContent-Length: {body.Length}\r\n\r\n";
            using var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(Encoding.UTF8.GetBytes(head));
            gz.Write(body);
            gz.Write("\r\n\r\n"u8);
        }
    }

    public static string HttpResponse(string html, string contentType = "text/html; charset=utf-8") =>
        $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(html)}\r\n\r\n{html}";

    public static string Html(int n) =>
        $"<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر {n}</title></head><body><article><h1>خبر رقم {n}</h1>" +
        string.Concat(Body(n).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{p}</p>")) + "</article></body></html>";
}
