using FsCheck.Xunit;
using Marsad.Analysis.Entities;
using Marsad.Core;

namespace Marsad.Analysis.Tests;

/// <summary>The shipped model and lexicons (models/), loaded once; never retrained here.</summary>
public sealed class ShippedModels
{
    public EntityRecognizer Recognizer { get; } = EntityRecognizer.Load();

    public Document Analyze(string text)
    {
        var doc = new Document("t", text);
        Recognizer.Process(doc);
        return doc;
    }

    /// <summary>Entities, then quotes and events, as the pipeline runs them.</summary>
    public Document AnalyzeFacts(string text)
    {
        var doc = Analyze(text);
        new Marsad.Analysis.Quotes.QuoteProcessor().Process(doc);
        new Marsad.Analysis.Events.EventProcessor().Process(doc);
        return doc;
    }
}

public class EntityRecognizerTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private static Entity Find(Document doc, string type, string nameFragment) =>
        Assert.Single(doc.Entities, e => e.Type == type && e.Name.Contains(nameFragment, StringComparison.Ordinal));

    [Fact]
    public void A_minister_gets_his_title_and_the_title_states_country()
    {
        var doc = models.Analyze("قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت مثمرة.");
        var person = Find(doc, "PER", "بلينكن");
        Assert.Contains("وزير الخارجية الأمريكي", person.Roles);
        Assert.Equal("US", person.Country);
    }

    [Fact]
    public void A_later_surname_joins_the_full_name()
    {
        var doc = models.Analyze("قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مثمرة. وأضاف بلينكن أن الاتفاق قريب.");
        var person = Find(doc, "PER", "بلينكن");
        Assert.Equal("أنتوني بلينكن", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_nationality_adjective_is_a_mention_of_its_state()
    {
        var doc = models.Analyze("أعلنت وزارة الدفاع التركية أمس عن بدء مناورات عسكرية.");
        var turkey = Assert.Single(doc.Entities, e => e.Country == "TR" && e.Type == "GPE");
        Assert.Contains(turkey.Mentions, m => doc.TextOf(m) == "التركية");
    }

    [Fact]
    public void Hamas_carries_its_actor_dictionary_code_and_is_the_affiliation_of_its_officials()
    {
        var doc = models.Analyze("وقال نائب رئيس المكتب السياسي لحركة حماس خليل الحية إن الحركة لن تقبل بالشروط.");
        var hamas = Find(doc, "ORG", "حماس");
        Assert.Equal("PSEREB", hamas.Code);
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Affiliation is { } a && a.Contains("حماس", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_speaking_as_a_state_is_that_state()
    {
        var doc = models.Analyze("وقالت أنقرة إن العملية العسكرية في شمال سوريا ستستمر، وأكدت تركيا أنها لن تتراجع.");
        var turkey = Assert.Single(doc.Entities, e => e.Country == "TR" && e.Type == "GPE");
        Assert.Contains(turkey.Mentions, m => doc.TextOf(m) == "أنقرة");
    }

    [Fact]
    public void Entity_ids_are_unique_and_mentions_are_ordered()
    {
        var doc = models.Analyze("زار الرئيس المصري عبد الفتاح السيسي الرياض حيث التقى ولي العهد السعودي الأمير محمد بن سلمان. وبحث السيسي مع بن سلمان العلاقات.");
        Assert.Equal(doc.Entities.Count, doc.Entities.Select(e => e.Id).Distinct().Count());
        foreach (var e in doc.Entities)
        {
            Assert.Equal(e.Mentions.OrderBy(m => m.Start), e.Mentions);
        }
    }

    [Property(MaxTest = 200)]
    public bool Mentions_always_lie_inside_the_text(string text)
    {
        var doc = models.Analyze(text ?? "");
        return doc.Entities.SelectMany(e => e.Mentions).All(m => m.Start >= 0 && m.Start < m.End && m.End <= doc.Text.Length);
    }

    [Fact]
    public void Mentions_do_not_include_a_leading_conjunction_or_preposition()
    {
        var doc = models.Analyze("سافر الوفد إلى بيروت ثم وصل بالقاهرة وواشنطن.");
        foreach (var m in doc.Entities.SelectMany(e => e.Mentions))
        {
            var surface = doc.TextOf(m);
            Assert.False(surface.StartsWith("بال", StringComparison.Ordinal) || surface.StartsWith("وو", StringComparison.Ordinal), surface);
        }
    }

    [Theory]
    [InlineData("وقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد إن الحدود ستفتح قريبا.", "ذبيح الله مجاهد")]
    [InlineData("وأكد النائب عن كتلة الوفاء للمقاومة حسن فضل الله أن الحكومة مطالبة بموقف واضح.", "فضل الله")]
    public void A_name_built_on_allah_is_one_person(string sentence, string name)
    {
        var doc = models.Analyze(sentence);
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Name is "الله" or "لله");
    }

    [Fact]
    public void A_ministers_counterpart_named_without_a_title_is_the_minister_of_his_state_referred_to_later()
    {
        var doc = models.Analyze("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره التركي هاكان فيدان في الرياض. وأكد الوزير التركي أن بلاده تدعم الحل السياسي.");
        var fidan = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("فيدان", StringComparison.Ordinal));
        Assert.Contains(fidan.Mentions, m => doc.Text[m.Start..m.End] == "الوزير التركي");
    }
}

public class ConllTaggerTests
{
    [Fact]
    public void Every_line_is_kept_with_one_tag_column_appended()
    {
        const string input = "قال O\nأنتوني X\nبلينكن Y\n\nزار\nأنقرة\n";
        var output = new StringWriter();
        ConllTagger.Load().Tag(new StringReader(input), output);
        var inLines = input.TrimEnd('\n').Split('\n');
        var outLines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        for (var i = 0; i < inLines.Length; i++)
        {
            if (inLines[i].Length == 0)
            {
                Assert.Equal("", outLines[i]);
                continue;
            }

            Assert.StartsWith(inLines[i] + " ", outLines[i], StringComparison.Ordinal);
            var tag = outLines[i][(inLines[i].Length + 1)..];
            Assert.Matches("^(O|[BI]-(PER|ORG|LOC|GPE|MISC))$", tag);
        }
    }
}
