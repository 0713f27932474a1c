using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>PROTEST and ASSAULT need an occurrence, not a topic word (sentences written for these tests).</summary>
public class OccurrenceTests
{
    /// <summary>The non-hypothetical events of <paramref name="type"/> in <paramref name="text"/>, quotes and events run without the tagger.</summary>
    internal static List<PloverEvent> Events(string text, string type)
    {
        var doc = new Document("t", text);
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        return doc.Events.Where(e => e.Type == type && !e.Hypothetical).ToList();
    }

    [Fact]
    public void Career_sense_of_masira_is_no_protest() =>
        Assert.Empty(Events("وتحدث المدرب عن مسيرة اللاعب الطويلة مع النادي قبل اعتزاله.", "PROTEST"));

    [Fact]
    public void March_with_protest_words_is_a_protest() =>
        Assert.Single(Events("وخرجت مسيرة حاشدة في وسط المدينة رفع فيها المشاركون لافتات تندد بالغلاء.", "PROTEST"));

    [Fact]
    public void Province_sense_of_muqata_is_no_boycott() =>
        Assert.Empty(Events("وافتتحت الشركة مصنعا جديدا في مقاطعة يونان جنوب الصين.", "PROTEST"));

    [Fact]
    public void Its_manifestations_is_no_demonstration() =>
        Assert.Empty(Events("وتحدث الوزير عن الفساد بكل مظاهره وأشكاله في الإدارة.", "PROTEST"));

    [Fact]
    public void We_needed_is_no_protest() =>
        Assert.Empty(Events("لقد احتجنا إلى وقت طويل لإنهاء المشروع.", "PROTEST"));

    [Fact]
    public void Law_on_demonstrations_is_a_topic() =>
        Assert.Empty(Events("وناقش المجلس مشروع قانون التظاهر في جلسته.", "PROTEST"));

    [Fact]
    public void Protests_that_broke_out_are_an_occurrence() =>
        Assert.Single(Events("واندلعت احتجاجات في عدة مدن بعد رفع أسعار الوقود.", "PROTEST"));

    [Fact]
    public void Demands_of_protesters_name_them_without_a_protest() =>
        Assert.Empty(Events("وأعرب الحزب عن تأييده مطالب المتظاهرين المشروعة.", "PROTEST"));

    [Fact]
    public void Protesters_doing_something_are_a_protest() =>
        Assert.Single(Events("ورفع المتظاهرون أعلاما ورددوا هتافات ضد الحكومة.", "PROTEST"));

    [Fact]
    public void Call_to_demonstrate_is_not_the_demonstration() =>
        Assert.Empty(Events("ودعا الاتحاد العمالي إلى التظاهر أمام مقر الحكومة.", "PROTEST"));

    [Fact]
    public void Aiming_at_a_goal_is_no_attack() =>
        Assert.Empty(Events("وأطلقت الوزارة برنامجا يستهدف رفع كفاءة المعلمين.", "ASSAULT"));

    [Fact]
    public void Targeting_with_rockets_is_an_attack() =>
        Assert.Single(Events("واستهدفت الميليشيات حيا سكنيا بالصواريخ مساء الأحد.", "ASSAULT"));

    [Fact]
    public void Attack_in_football_is_no_assault() =>
        Assert.Empty(Events("وقاد المهاجم الهجوم في المباراة وسجل هدفا في المرمى.", "ASSAULT"));

    [Fact]
    public void Ceasefire_is_no_assault() =>
        Assert.Empty(Events("واتفق الطرفان على وقف إطلاق النار في المنطقة.", "ASSAULT"));

    [Fact]
    public void Verbal_attack_is_no_assault() =>
        Assert.Empty(Events("وهاجم النائب وزير المالية في كلمته أمام البرلمان بسبب الميزانية.", "ASSAULT"));

    [Fact]
    public void Tagged_entity_gets_the_lexicon_code_and_no_rival_entity()
    {
        const string text = "وهاجمت قوات مصر مواقع المسلحين في سيناء أمس.";
        var doc = new Document("t", text);
        var at = text.IndexOf("مصر", StringComparison.Ordinal);
        doc.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "مصر", Mentions = { new TextSpan(at, at + 3) } });
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        var egypt = Assert.Single(doc.Entities, e => e.Mentions.Any(m => m.Start == at));
        Assert.Equal("E1", egypt.Id);
        Assert.Equal("EGY", egypt.Code);
    }
}

/// <summary>ACTOR and RECIPIENT from «بين … و…», coordination and organization names holding a nationality.</summary>
public class ActorStructureTests
{
    private static Document Analyze(string text, params (string Name, string Type, string Code)[] tagged)
    {
        var doc = new Document("t", text);
        var n = 0;
        foreach (var (name, type, code) in tagged)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            doc.Entities.Add(new Entity { Id = "E" + ++n, Type = type, Name = name, Code = code, Mentions = { new TextSpan(at, at + name.Length) } });
        }

        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        return doc;
    }

    [Fact]
    public void Talks_between_two_states_link_both_entities()
    {
        var doc = Analyze("وجرت محادثات بين مصر وإثيوبيا في القاهرة حول سد النهضة.", ("مصر", "GPE", "EGY"), ("إثيوبيا", "GPE", "ETH"), ("القاهرة", "GPE", "EGY"));
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Equal(("E1", "E2"), (e.Source, e.Target));
        Assert.Equal(("EGY", "ETH"), (e.SourceCode, e.TargetCode));
    }

    [Fact]
    public void Speaker_before_complementizer_is_not_the_attacker()
    {
        var doc = Analyze("وقال مسؤول في الشرطة إن هجوما مسلحا وقع على نقطة تفتيش فجر اليوم.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Null(e.SourceText);
    }

    [Fact]
    public void National_army_is_the_actor_not_the_state()
    {
        var doc = Analyze("واندلعت اشتباكات عنيفة بين الجيش السوري والمسلحين في ريف حلب أمس.", ("السوري", "GPE", "SYR"));
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("الجيش السوري", e.SourceText);
        Assert.Equal("SYRMIL", e.SourceCode);
        Assert.Equal("المسلحين", e.TargetText);
        // The army is an organization of its own, of Syria; Syria stays one entity.
        Assert.Equal("السوري", Assert.Single(doc.Entities, x => x.Type == "GPE").Name);
        var army = Assert.Single(doc.Entities, x => x.Type == "ORG");
        Assert.Equal(("الجيش السوري", "SYRMIL"), (army.Name, army.Code));
    }
}
