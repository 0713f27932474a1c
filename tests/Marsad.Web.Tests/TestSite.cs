using Marsad.Analysis;
using Marsad.Core;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Storage;

namespace Marsad.Web.Tests;

/// <summary>
/// Articles for these tests, written for them (no third-party text). Some go through the real ingest pipeline from
/// files; others are documents whose entities, quotes and events are built here and written through the store's
/// normal write path, so the UI has facts to show before the analysis components land.
/// </summary>
internal static class TestArticles
{
    public const string XssTitle = "<script>window.__pwned=1;console.log('PWNED')</script>عنوان <img src=x onerror=\"window.__pwned=1\">";
    public const string XssAuthor = "<svg onload=\"window.__pwned=1\">كاتب";
    public const string XssUrl = "javascript:window.__pwned=1";

    public const string Visit =
        "استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الإيراني عباس عراقجي في أنقرة يوم السبت. " +
        "وقال أردوغان: «نريد علاقات قوية ومستقرة مع إيران». " +
        "واتفق الجانبان على تعزيز التعاون التجاري بين البلدين.";

    public const string Rebuke =
        "انتقد وزير الخارجية الإيراني عباس عراقجي تصريحات الرئيس التركي رجب طيب أردوغان حول الحدود. " +
        "وقال عراقجي إن طهران ترفض أي تدخل في شؤونها الداخلية.";

    public static Document Fact(string text, string title, string url, string published, Action<Document> facts, IReadOnlyList<string>? authors = null)
    {
        var article = new Article
        {
            Source = new DocumentSource(url, "text", "utf-8"),
            Url = url,
            Title = title,
            Authors = authors ?? [],
            Published = NewsDate.TryParseIso(published, out var d) ? d : null,
            Paragraphs = [text],
        };
        var doc = Document.FromArticle(article);
        // Sentences end at the full stop.
        var start = 0;
        for (var i = text.IndexOf('.', StringComparison.Ordinal); i >= 0; i = text.IndexOf('.', i + 1))
        {
            doc.Sentences.Add(new Sentence(start, i + 1));
            start = i + 2;
        }

        facts(doc);
        return doc;
    }

    public static TextSpan Find(Document d, string words, int nth = 0)
    {
        var at = -1;
        for (var k = 0; k <= nth; k++)
        {
            at = d.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
        }

        return at < 0 ? throw new ArgumentException($"'{words}' is not in the text") : new TextSpan(at, at + words.Length);
    }

    public static Entity Person(Document d, string id, string name, string role, params string[] mentions) => new()
    {
        Id = id,
        Type = "PER",
        Name = name,
        Roles = [role],
        Mentions = [.. mentions.Select(m => Find(d, m))],
    };

    public static IReadOnlyList<Document> WithFacts()
    {
        var visit = Fact(Visit, "أردوغان يستقبل عراقجي في أنقرة", "https://news.example.org/2024/03/01/visit", "2024-03-01", d =>
        {
            d.Entities.Add(Person(d, "E1", "رجب طيب أردوغان", "الرئيس التركي", "رجب طيب أردوغان"));
            d.Entities[0].Mentions.Add(Find(d, "أردوغان", 1));
            d.Entities.Add(Person(d, "E2", "عباس عراقجي", "وزير الخارجية الإيراني", "عباس عراقجي"));
            d.Entities.Add(new Entity { Id = "E3", Type = "GPE", Name = "أنقرة", Mentions = [Find(d, "أنقرة")], Country = "TR" });
            d.Quotes.Add(new Quote { Speaker = "E1", SpeakerText = "أردوغان", Start = Find(d, "نريد علاقات قوية ومستقرة مع إيران").Start, End = Find(d, "نريد علاقات قوية ومستقرة مع إيران").End, Direct = true });
            d.Events.Add(new PloverEvent { Type = "CONSULT", Source = "E1", Target = "E2", Trigger = Find(d, "استقبل"), Sentence = 0, Date = "2024-03-01" });
            d.Events.Add(new PloverEvent { Type = "AGREE", Source = "E1", Target = "E2", Trigger = Find(d, "اتفق"), Sentence = 2, Date = "2024-03-01" });
        });
        var rebuke = Fact(Rebuke, "عراقجي ينتقد تصريحات أردوغان", "https://news.example.org/2024/03/05/rebuke", "2024-03-05", d =>
        {
            d.Entities.Add(Person(d, "E1", "عباس عراقجي", "وزير الخارجية الإيراني", "عباس عراقجي", "عراقجي"));
            d.Entities[0].Mentions[1] = Find(d, "عراقجي", 1);
            d.Entities.Add(Person(d, "E2", "رجب طيب أردوغان", "الرئيس التركي", "رجب طيب أردوغان"));
            var said = Find(d, "طهران ترفض أي تدخل في شؤونها الداخلية");
            d.Quotes.Add(new Quote { Speaker = "E1", SpeakerText = "عراقجي", Start = said.Start, End = said.End, Direct = false });
            d.Events.Add(new PloverEvent { Type = "ACCUSE", Source = "E1", Target = "E2", Trigger = Find(d, "انتقد"), Sentence = 0, Date = "2024-03-05" });
        });
        // Untrusted text everywhere a fact can carry it: title, author, URL, entity name and role, quote speaker.
        var xss = Fact("قال <b onmouseover=\"window.__pwned=1\">المتحدث</b> إن <script>window.__pwned=1</script> الاجتماع انتهى.", XssTitle, XssUrl, "2024-03-06", d =>
        {
            d.Entities.Add(Person(d, "E1", "<img src=x onerror=window.__pwned=1>", "<script>window.__pwned=1</script>", "<b onmouseover=\"window.__pwned=1\">المتحدث</b>"));
            d.Quotes.Add(new Quote { Speaker = "E1", SpeakerText = "<i onclick=window.__pwned=1>", Start = Find(d, "<script>").Start, End = Find(d, "انتهى").End, Direct = false });
        }, [XssAuthor]);
        return [visit, rebuke, xss];
    }

    public static void WriteFacts(IStore store)
    {
        var records = WithFacts().Select((d, i) => ArticleRecord.Create(d, $"test:{i}", "test", "example")).ToList();
        store.Write(records, []);
    }

    /// <summary>The fixture files through the real reader, extraction and default pipeline.</summary>
    public static async Task IngestFilesAsync(IStore store)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var reader = new InputReader(new FieldMap());
        var ingestor = new Ingestor(store, MarsadPipeline.CreateDefault(), new IngestOptions { Workers = 1 });
        await ingestor.RunAsync(reader.ReadAsync([folder], CancellationToken.None)).ConfigureAwait(false);
    }
}
