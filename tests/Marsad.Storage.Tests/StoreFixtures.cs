using Marsad.Core;
using Npgsql;

namespace Marsad.Storage.Tests;

/// <summary>Small hand-written Arabic articles (written for these tests; no third-party text).</summary>
internal static class Articles
{
    public const string Turkey = "أعلن وزير الخارجية أن المحادثات مع تركيا ستستأنف الأسبوع المقبل في أنقرة لبحث ملف التجارة والحدود.";
    public const string TurkeyClitic = "وصل الوفد الرسمي بتركيا صباح اليوم وتركيا تستعد لاستقبال وفود أخرى خلال الشهر.";
    public const string Rain = "هطلت أمطار غزيرة على مدينة جدة مساء أمس وأعلنت الجهات المختصة تعليق الدراسة في المدارس الحكومية والأهلية.";
    public const string Football = "فاز فريق الهلال على النصر بهدفين مقابل هدف في المباراة التي أقيمت على ملعب الملك فهد الدولي بالرياض.";

    /// <summary>A long wire story and an edited re-publication of it, for near-duplicate detection.</summary>
    public static readonly string Wire = string.Join(' ', Enumerable.Range(1, 12).Select(i =>
        $"وقال المتحدث باسم الوزارة في بيانه رقم {i} إن اللجنة المشتركة عقدت اجتماعها الدوري لمناقشة خطط التنمية في المنطقة الشرقية والمشاريع الجديدة للطرق والمياه"));

    public static readonly string WireEdited = Wire.Replace("رقم 3 ", "رقم ثلاثة ", StringComparison.Ordinal) + " وأضاف أن العمل سيبدأ قريبا.";

    public static Document Doc(string text, string? url, string? title = null, string? published = null, string? id = null)
    {
        var article = new Article
        {
            Source = new DocumentSource(url, "text", "utf-8"),
            Url = url,
            Title = title,
            Published = published is null ? null : NewsDate.TryParseIso(published, out var d) ? d : null,
            Paragraphs = [text],
        };
        return Document.FromArticle(article, id);
    }

    public static ArticleRecord Record(string text, string? url, string? title = null, string? published = null, string? source = null, string version = "v1") =>
        ArticleRecord.Create(Doc(text, url, title, published), "unit:" + (url ?? text.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture)), version, source);
}

/// <summary>A fresh store per test: a new SQLite file, or a new PostgreSQL database dropped afterwards.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly string? _dir;
    private readonly string? _database;
    private readonly string? _admin;

    private TestStore(IStore store, string? dir, string? database, string? admin)
    {
        Store = store;
        _dir = dir;
        _database = database;
        _admin = admin;
    }

    public IStore Store { get; }

    public string Spec { get; private init; } = string.Empty;

    public static TestStore Sqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "marsad.db");
        return new TestStore(StoreFactory.Open(path), dir, null, null) { Spec = path };
    }

    public static TestStore Postgres()
    {
        var admin = Environment.GetEnvironmentVariable("MARSAD_TEST_PG") ?? throw new InvalidOperationException("MARSAD_TEST_PG is not set");
        var name = "marsad_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(admin))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }

        var spec = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        if (!spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            spec = "Host=" + new NpgsqlConnectionStringBuilder(spec).Host + ";" + spec;
        }

        return new TestStore(StoreFactory.Open(spec), null, name, admin) { Spec = spec };
    }

    public IStore Reopen() => StoreFactory.Open(Spec);

    public void Dispose()
    {
        Store.Dispose();
        if (_dir is not null)
        {
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // A pooled handle may still be closing; the temp folder is cleaned by the OS.
            }
        }

        if (_database is not null && _admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(_admin);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
    }
}
