using System.Text.Json;

namespace Marsad.Cli.Tests;

/// <summary>The articles of Fixtures/news through `marsad analyze`, once for the class.</summary>
public sealed class NewsArticles
{
    private readonly Dictionary<string, JsonElement> _byFile = new(StringComparer.Ordinal);

    public NewsArticles()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "news");
        var files = new[] { "gaza-talks.txt", "sudan-war.txt", "riyadh-visit.txt", "tunis-protest.txt", "un-sudan.txt", "tunis-visit-1256.html",
            "rabat-talks.txt", "cairo-visit.txt", "lebanon-strike.txt", "baghdad-coalition.txt", "algiers-paris.html", "beirut-raids.txt",
            "rabat-algiers.txt" };
        var r = CliRunner.Run(null, ["analyze", .. files.Select(f => Path.Combine(dir, f))]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Length);
        for (var i = 0; i < files.Length; i++)
        {
            _byFile[files[i]] = JsonDocument.Parse(lines[i]).RootElement.Clone();
        }
    }

    public JsonElement this[string file] => _byFile[file];
}

/// <summary>What a reader checks first on real-looking news: headline, date, authors, who speaks, who did what.</summary>
public class NewsArticleTests(NewsArticles articles) : IClassFixture<NewsArticles>
{
    private static string Text(JsonElement d) => d.GetProperty("text").GetString()!;

    private static string Of(JsonElement d, JsonElement span) =>
        Text(d)[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];

    private static IEnumerable<JsonElement> Events(JsonElement d, string type) =>
        d.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == type);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public void A_pasted_page_gives_headline_date_time_and_author_and_no_chrome()
    {
        var d = articles["gaza-talks.txt"];
        Assert.Equal("قطر تعلن استئناف مفاوضات وقف إطلاق النار في غزة", d.GetProperty("title").GetString());
        Assert.Equal("2024-09-05T23:40:00", d.GetProperty("published").GetString());
        Assert.Equal("أحمد السيد", Assert.Single(d.GetProperty("authors").EnumerateArray()).GetString());
        Assert.DoesNotContain("طباعة", Text(d), StringComparison.Ordinal);
        Assert.StartsWith("أعلنت وزارة الخارجية القطرية", Text(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_minister_speaks_and_calls_and_the_talks_are_between_the_two_sides()
    {
        var d = articles["gaza-talks.txt"];
        var call = Assert.Single(Events(d, "REQUEST"), e => Of(d, e.GetProperty("trigger")).Contains("دعا", StringComparison.Ordinal));
        Assert.Contains("بلينكن", Str(call, "sourceText"), StringComparison.Ordinal);
        Assert.Contains(Events(d, "CONSULT"), e => Str(e, "sourceCode") == "ISR" && Str(e, "targetCode") == "PSEREB");
        var claimed = Assert.Single(Events(d, "ASSAULT"), e => Str(e, "sourceCode") == "PSEREB");
        Assert.Contains("القسام", Str(claimed, "sourceText"), StringComparison.Ordinal);
        Assert.DoesNotContain(Events(d, "ACCUSE"), e => Of(d, e.GetProperty("trigger")).Contains("الاتهامات", StringComparison.Ordinal));
    }

    [Fact]
    public void A_war_report_names_the_militia_and_the_speaker_of_each_statement()
    {
        var d = articles["sudan-war.txt"];
        Assert.Equal("2025-01-11T15:15:00", d.GetProperty("published").GetString());
        Assert.Contains(d.GetProperty("entities").EnumerateArray(), e => Str(e, "name") == "قوات الدعم السريع" && Str(e, "code") == "SDNREB");
        var quotes = d.GetProperty("quotes").EnumerateArray().ToList();
        var fight = Assert.Single(quotes, q => Of(d, q).Contains("ستواصل القتال", StringComparison.Ordinal));
        Assert.Contains("دقلو", Str(fight, "speakerText"), StringComparison.Ordinal);
        var un = Assert.Single(quotes, q => Of(d, q).Contains("وقف فوري", StringComparison.Ordinal));
        Assert.Equal("الأمم المتحدة", Str(un, "speakerText"));
    }

    [Fact]
    public void A_wire_story_has_its_headline_its_guest_and_the_side_that_supports()
    {
        var d = articles["riyadh-visit.txt"];
        Assert.Equal("ولي العهد يستقبل الرئيس الفرنسي في الرياض", d.GetProperty("title").GetString());
        // PLOVER: the guest is the ACTOR of a visit, the host its RECIPIENT.
        Assert.Contains(Events(d, "CONSULT"), e => (Str(e, "sourceText") ?? string.Empty).Contains("ماكرون", StringComparison.Ordinal));
        Assert.Contains(Events(d, "SUPPORT"), e => Str(e, "sourceCode") == "FRA");
        var amnesty = Assert.Single(d.GetProperty("quotes").EnumerateArray(), q => Str(q, "speakerText") == "منظمة العفو الدولية");
        Assert.DoesNotContain("رفضت", Of(d, amnesty), StringComparison.Ordinal);
    }

    [Fact]
    public void Protests_a_future_strike_and_tear_gas_are_told_apart()
    {
        var d = articles["tunis-protest.txt"];
        Assert.Contains(Events(d, "PROTEST"), e => (Str(e, "sourceText") ?? string.Empty).Contains("التونسيين", StringComparison.Ordinal));
        Assert.True(Assert.Single(Events(d, "PROTEST"), e => Str(e, "mode") == "strike").GetProperty("hypothetical").GetBoolean());
        var gas = Assert.Single(Events(d, "ASSAULT"));
        Assert.Equal("crowd-control", Str(gas, "mode"));
        Assert.DoesNotContain(d.GetProperty("events").EnumerateArray(), e => Str(e, "targetCode") == "MLI");
    }

    [Fact]
    public void Reported_speech_stops_where_another_act_begins()
    {
        var d = articles["un-sudan.txt"];
        var envoy = Assert.Single(d.GetProperty("quotes").EnumerateArray(), q => Of(d, q).Contains("تتعاون", StringComparison.Ordinal));
        Assert.DoesNotContain("متهما", Of(d, envoy), StringComparison.Ordinal);
        Assert.Empty(Events(d, "AID"));
        Assert.Contains(d.GetProperty("quotes").EnumerateArray(), q => Str(q, "speakerText") == "مصدر دبلوماسي");
    }

    [Fact]
    public void A_windows_1256_page_gives_its_meta_line_as_author_and_time()
    {
        var d = articles["tunis-visit-1256.html"];
        Assert.Equal("windows-1256", d.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal("2024-06-12T14:30:00", d.GetProperty("published").GetString());
        Assert.Equal("منية العرفاوي", Assert.Single(d.GetProperty("authors").EnumerateArray()).GetString());
        Assert.StartsWith("استقبل رئيس الجمهورية قيس سعيد", Text(d), StringComparison.Ordinal);
        Assert.DoesNotContain("اقرأ أيضا", Text(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_moroccan_page_has_its_date_its_bare_byline_and_the_minister_behind_each_statement()
    {
        var d = articles["rabat-talks.txt"];
        Assert.Equal("2026-11-29T14:30:00", d.GetProperty("published").GetString());
        Assert.Equal("محمد الراجي", Assert.Single(d.GetProperty("authors").EnumerateArray()).GetString());
        var quotes = d.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Contains("بوريطة", Str(Assert.Single(quotes, q => Of(d, q).Contains("لن تقبل", StringComparison.Ordinal)), "speakerText"), StringComparison.Ordinal);
        Assert.Contains("بوريطة", Str(Assert.Single(quotes, q => Of(d, q).Contains("الانخراط", StringComparison.Ordinal)), "speakerText"), StringComparison.Ordinal);
        Assert.Contains("بوريطة", Str(Assert.Single(quotes, q => Of(d, q).Contains("الحكم الذاتي", StringComparison.Ordinal)), "speakerText"), StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_alone_speak_for_the_people_who_hold_them()
    {
        var d = articles["cairo-visit.txt"];
        var entities = d.GetProperty("entities").EnumerateArray().ToList();
        string IdOf(string name) => Str(Assert.Single(entities, e => Str(e, "name")!.Contains(name, StringComparison.Ordinal)), "id")!;
        var quotes = d.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(IdOf("الشناوي"), Str(Assert.Single(quotes, q => Of(d, q).StartsWith("اللقاء", StringComparison.Ordinal)), "speaker"));
        Assert.Equal(IdOf("السيسي"), Str(Assert.Single(quotes, q => Of(d, q).StartsWith("ضرورة", StringComparison.Ordinal)), "speaker"));
        Assert.Equal(IdOf("ميتسوتاكيس"), Str(Assert.Single(quotes, q => Of(d, q).StartsWith("تطوير", StringComparison.Ordinal)), "speaker"));
    }

    [Fact]
    public void A_strike_story_has_the_army_as_an_organization_and_the_condemnation()
    {
        var d = articles["lebanon-strike.txt"];
        var army = Assert.Single(d.GetProperty("entities").EnumerateArray(), e => Str(e, "name") == "الجيش الإسرائيلي");
        Assert.Equal("ISRMIL", Str(army, "code"));
        Assert.Contains(d.GetProperty("quotes").EnumerateArray(), q => Str(q, "speaker") == Str(army, "id"));
        Assert.Contains(Events(d, "ACCUSE"), e => Str(e, "sourceText") == "الحكومة اللبنانية");
        Assert.DoesNotContain(d.GetProperty("events").EnumerateArray(), e => Str(e, "type") is "AGREE" or "RETREAT");
        Assert.DoesNotContain(d.GetProperty("entities").EnumerateArray(), e => Str(e, "name") == "وحزب الله");
    }

    [Fact]
    public void A_prime_minister_named_with_a_nisba_is_not_a_state()
    {
        var d = articles["baghdad-coalition.txt"];
        Assert.Equal("السوداني يبحث مع وفد أمريكي انسحاب قوات التحالف الدولي من العراق", d.GetProperty("title").GetString());
        Assert.DoesNotContain(d.GetProperty("entities").EnumerateArray(), e => Str(e, "code") == "SDN");
        var pm = Assert.Single(d.GetProperty("entities").EnumerateArray(), e => Str(e, "name") == "محمد شياع السوداني");
        Assert.True(d.GetProperty("quotes").EnumerateArray().Count(q => Str(q, "speaker") == Str(pm, "id")) >= 3);
    }

    [Fact]
    public void An_html_meta_block_gives_the_author_and_stays_out_of_the_text()
    {
        var d = articles["algiers-paris.html"];
        Assert.Equal("حميد يس", Assert.Single(d.GetProperty("authors").EnumerateArray()).GetString());
        Assert.Equal("2026-06-16T11:45:00", d.GetProperty("published").GetString());
        Assert.StartsWith("اتفقت الجزائر وفرنسا", Text(d), StringComparison.Ordinal);
        Assert.DoesNotContain(Events(d, "PROTEST"), e => Of(d, e.GetProperty("trigger")).StartsWith("احتجاج", StringComparison.Ordinal));
    }

    [Fact]
    public void Raids_have_their_state_and_their_dead_and_each_side_speaks_through_its_organ()
    {
        var d = articles["beirut-raids.txt"];
        Assert.Equal("غارات إسرائيلية على جنوب لبنان وحزب الله يرد بقصف ثكنة عسكرية", d.GetProperty("title").GetString());
        Assert.Equal("2025-11-14T14:15:00", d.GetProperty("published").GetString());
        Assert.DoesNotContain("طباعة", Text(d), StringComparison.Ordinal);
        var health = Assert.Single(d.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "وزارة الصحة اللبنانية");
        Assert.Equal("LBNGOV", Str(health, "code"));
        Assert.Contains(d.GetProperty("quotes").EnumerateArray(), q => Str(q, "speaker") == health.GetProperty("id").GetString());
        var raids = Assert.Single(Events(d, "ASSAULT"), e => Of(d, e.GetProperty("trigger")) == "غارات");
        Assert.Equal("ISR", Str(raids, "sourceCode"));
        Assert.Equal("شخصين", Str(raids, "targetText"));
        Assert.DoesNotContain(d.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString()!.Contains("الغارات", StringComparison.Ordinal));
        Assert.Contains("نواف سلام", Str(Assert.Single(Events(d, "ACCUSE")), "sourceText"), StringComparison.Ordinal);
        Assert.Contains(Events(d, "REQUEST"), e => Str(e, "sourceText") == "قوات اليونيفيل");
    }

    [Fact]
    public void A_summons_a_denial_and_a_counter_accusation_have_the_right_sides()
    {
        var d = articles["rabat-algiers.txt"];
        Assert.Equal("2025-11-20T18:05:00", d.GetProperty("published").GetString());
        // PLOVER: summoning another state's envoy to present a grievance is ACCUSE, not a cut in relations.
        var summons = Assert.Single(Events(d, "ACCUSE"), e => Of(d, e.GetProperty("trigger")).StartsWith("استدعت", StringComparison.Ordinal));
        Assert.Equal("MARGOV", Str(summons, "sourceCode"));
        Assert.Contains("القائم بالأعمال", Str(summons, "targetText"), StringComparison.Ordinal);
        var ministry = Assert.Single(d.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "وزارة الخارجية المغربية");
        Assert.Contains(d.GetProperty("quotes").EnumerateArray(), q => Str(q, "speakerText") == "الوزارة" && Str(q, "speaker") == ministry.GetProperty("id").GetString());
        Assert.Contains(d.GetProperty("quotes").EnumerateArray(), q => Str(q, "speakerText") == "الجزائر");
        var accusation = Assert.Single(Events(d, "ACCUSE"), e => Of(d, e.GetProperty("trigger")).Contains("اتهمت", StringComparison.Ordinal));
        Assert.Equal("DZA", Str(accusation, "sourceCode"));
        Assert.Equal("MAR", Str(accusation, "targetCode"));
        Assert.Contains(Events(d, "SANCTION"), e => Str(e, "sourceCode") == "DZA" && Str(e, "targetCode") == "MAR");
    }
}
