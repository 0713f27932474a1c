using System.Text.Json;

namespace Marsad.Cli.Tests;

/// <summary>The six articles of Fixtures/news through `marsad analyze`, once for the class.</summary>
public sealed class NewsArticles
{
    private readonly Dictionary<string, JsonElement> _byFile = new(StringComparer.Ordinal);

    public NewsArticles()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "news");
        var files = new[] { "gaza-talks.txt", "sudan-war.txt", "riyadh-visit.txt", "tunis-protest.txt", "un-sudan.txt", "tunis-visit-1256.html" };
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
        Assert.Contains(Events(d, "CONSULT"), e => (Str(e, "targetText") ?? string.Empty).Contains("ماكرون", StringComparison.Ordinal));
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
}
