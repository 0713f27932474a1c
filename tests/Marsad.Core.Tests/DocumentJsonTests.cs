using System.Text.Json;
using Marsad.Core;

namespace Marsad.Core.Tests;

public class DocumentJsonTests
{
    private static Document Sample()
    {
        var article = new Article
        {
            Source = new DocumentSource("a.html", "html", "windows-1256"),
            Title = "عنوان",
            Authors = ["محمد علي"],
            Published = new NewsDate(new DateTime(2024, 9, 5, 23, 40, 0), DatePrecision.Minute),
            Paragraphs = ["الفقرة الأولى.", "الفقرة الثانية."],
            Dateline = "الرياض - واس",
        };
        var doc = Document.FromArticle(article, "doc-1");
        doc.Sentences.Add(new Sentence(0, 14));
        doc.Entities.Add(new Entity { Id = "E1", Type = "PER", Name = "محمد", Mentions = [new TextSpan(0, 3)], Country = "SA" });
        doc.Quotes.Add(new Quote { Speaker = "E1", SpeakerText = "محمد", Start = 4, End = 10, Direct = true, Cue = new TextSpan(0, 3) });
        doc.Events.Add(new PloverEvent { Type = "AGREE", Trigger = new TextSpan(0, 3), Sentence = 0, Date = "2024-09-05" });
        return doc;
    }

    [Fact]
    public void Paragraphs_are_joined_by_one_blank_line_and_spans_point_at_them()
    {
        var doc = Sample();
        Assert.Equal("الفقرة الأولى.\n\nالفقرة الثانية.", doc.Text);
        Assert.Equal("الفقرة الثانية.", doc.TextOf(doc.Paragraphs[1]));
    }

    [Fact]
    public void Serialized_object_has_every_contract_field()
    {
        using var json = JsonDocument.Parse(DocumentJson.Serialize(Sample()));
        var root = json.RootElement;
        foreach (var field in new[] { "schema", "id", "source", "url", "language", "title", "authors", "published", "text", "paragraphs", "sentences", "entities", "quotes", "events" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.Equal("marsad.document/1", root.GetProperty("schema").GetString());
        Assert.Equal("2024-09-05T23:40:00", root.GetProperty("published").GetString());
        Assert.Equal("windows-1256", root.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("url").ValueKind);
        Assert.Equal("AGREE", root.GetProperty("events")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Arabic_is_written_as_is_not_escaped()
    {
        Assert.Contains("الفقرة الأولى", DocumentJson.Serialize(Sample()), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reads_back_what_serialize_writes()
    {
        var original = Sample();
        var json = DocumentJson.Serialize(original);
        var back = DocumentJson.Parse(json);
        Assert.Equal(json, DocumentJson.Serialize(back));
    }

    [Theory]
    [InlineData("2024-09-05")]
    [InlineData("2024-09-05T23:40:00")]
    [InlineData("2024-09-05T23:40:00+03:00")]
    [InlineData("2024-09-05T23:40:00-05:30")]
    [InlineData("2024-09-05T23:40:00Z")]
    public void News_dates_round_trip_through_iso(string iso)
    {
        Assert.True(NewsDate.TryParseIso(iso, out var date));
        Assert.Equal(iso, date.ToIso());
    }

    [Fact]
    public void Hash_ids_are_stable_and_differ_by_content()
    {
        Assert.Equal(Document.HashId("abc"u8), Document.HashId("abc"u8));
        Assert.NotEqual(Document.HashId("abc"u8), Document.HashId("abd"u8));
    }

    [Fact]
    public void Pipeline_records_each_processor_version()
    {
        var pipeline = new PipelineBuilder().Use(new Upper()).Build();
        var doc = pipeline.Run(new Document("x", "abc"));
        Assert.Equal("7", doc.Versions["upper"]);
        Assert.Equal("upper=7", pipeline.VersionKey);
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Use(new Upper()).Use(new Upper()));
    }

    private sealed class Upper : IDocumentProcessor
    {
        public string Name => "upper";

        public string Version => "7";

        public void Process(Document document, CancellationToken cancellationToken = default) =>
            document.Sentences.Add(new Sentence(0, document.Text.Length));
    }
}
