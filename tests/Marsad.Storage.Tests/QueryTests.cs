using Marsad.Arabic;
using FsCheck.Xunit;
using Marsad.Storage.Search;
using Marsad.Storage.Stories;

namespace Marsad.Storage.Tests;

public sealed class SearchQueryTests
{
    [Fact]
    public void Words_are_keyed_like_the_index_and_quoted()
    {
        var q = SearchQuery.Parse("وتركيا")!;
        Assert.Equal("\"تركيا\"", q.ToFts5());
    }

    [Fact]
    public void Or_and_not_become_engine_operators()
    {
        var q = SearchQuery.Parse("جدة OR الرياض -أمطار")!;
        string a = SearchTerms.Key("جدة"), b = SearchTerms.Key("الرياض"), c = SearchTerms.Key("أمطار");
        Assert.Equal($"(\"{a}\" OR ((\"{b}\") NOT \"{c}\"))", q.ToFts5());
        Assert.Equal($"('{a}' | ('{b}' & !'{c}'))", q.ToTsQuery());
    }

    [Fact]
    public void A_phrase_keeps_its_words_in_order()
    {
        var q = SearchQuery.Parse("\"خادم الحرمين\"")!;
        string a = SearchTerms.Key("خادم"), b = SearchTerms.Key("الحرمين");
        Assert.Equal($"\"{a} {b}\"", q.ToFts5());
        Assert.Equal($"('{a}' <-> '{b}')", q.ToTsQuery());
    }

    [Theory]
    [InlineData("الضباب» مقصد")]
    [InlineData("قال” الوزير")]
    [InlineData("»")]
    public void A_stray_closing_quote_is_passed_over(string text)
    {
        var q = SearchQuery.Parse(text);
        Assert.DoesNotContain("»", q?.ToFts5() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Punctuation_only_is_no_query()
    {
        Assert.Null(SearchQuery.Parse("«» ... ()"));
    }

    [Property]
    public bool Any_text_parses_to_nothing_a_query_or_a_store_error(string text)
    {
        try
        {
            var q = SearchQuery.Parse(text);
            return q is null || (q.ToFts5().Length > 0 && q.ToTsQuery().Length > 0);
        }
        catch (StoreException)
        {
            return true;
        }
    }
}

public sealed class StorySignatureTests
{
    [Fact]
    public void Identical_texts_have_similarity_one()
    {
        var a = StorySignature.Of(StorySignature.Words(Articles.Wire))!;
        var b = StorySignature.Of(StorySignature.Words(Articles.Wire))!;
        Assert.Equal(1.0, a.Similarity(b));
    }

    [Fact]
    public void Unrelated_texts_are_below_the_story_threshold()
    {
        var a = StorySignature.Of(StorySignature.Words(Articles.Wire))!;
        var b = StorySignature.Of(StorySignature.Words(Articles.Football))!;
        Assert.True(a.Similarity(b) < StorySignature.SameStory);
    }

    [Fact]
    public void A_signature_survives_its_byte_form()
    {
        var a = StorySignature.Of(StorySignature.Words(Articles.Rain))!;
        Assert.Equal(a.Values, StorySignature.FromBytes(a.ToBytes()).Values);
    }

    [Fact]
    public void Diacritics_and_tatweel_do_not_change_the_signature()
    {
        var plain = StorySignature.Of(StorySignature.Words("قال الوزير إن المحادثات مستمرة مع الجانب التركي"))!;
        var marked = StorySignature.Of(StorySignature.Words("قَالَ الوزيـــر إنّ المحادثات مستمرة مع الجانب التركي"))!;
        Assert.Equal(1.0, plain.Similarity(marked));
    }
}

public sealed class ArticleKeyTests
{
    [Theory]
    [InlineData("https://www.Example.com/a/b/?utm_source=x&id=3#top", "www.example.com/a/b?id=3")]
    [InlineData("http://example.com/", "example.com/")]
    [InlineData("not a url", null)]
    public void Canonical_urls_drop_what_does_not_name_the_page(string url, string? expected)
    {
        Assert.Equal(expected, ArticleKeys.CanonicalUrl(url));
    }
}

public sealed class SnippetTests
{
    [Fact]
    public void The_window_with_most_query_words_is_chosen()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلمة", 60)) + " جدة " + string.Join(' ', Enumerable.Repeat("كلمة", 10)) + " جدة أمطار " + string.Join(' ', Enumerable.Repeat("كلمة", 60));
        var s = Snippets.Make(text, new HashSet<string> { "جده", "امطار" })!;
        Assert.Contains("<mark>أمطار</mark>", s, StringComparison.Ordinal);
        Assert.StartsWith("…", s, StringComparison.Ordinal);
    }
}
