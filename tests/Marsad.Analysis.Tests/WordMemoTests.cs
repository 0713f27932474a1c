using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests;

/// <summary>The per-thread word memos in front of normalization, skeletons and title lookups.</summary>
public class WordMemoTests
{
    [Fact]
    public void A_hit_is_only_ever_the_value_set_for_that_same_word_object()
    {
        var memo = new WordMemo<int>(4);
        var words = Enumerable.Range(0, 500).Select(i => new string('ب', 1 + (i % 7)) + i).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            memo.Set(words[i], i);
        }

        var hits = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (memo.TryGet(words[i], out var v))
            {
                hits++;
                Assert.Equal(i, v);
            }

            // A copy with the same letters is another object: never a hit.
            Assert.False(memo.TryGet(new string(words[i].AsSpan()), out _));
        }

        Assert.InRange(hits, 1, 4);
    }

    [Fact]
    public void Normalizing_a_word_again_gives_the_same_form_as_folding_it_afresh()
    {
        string[] words = ["أحمد", "الرئيس", "وزارة", "إيران", "ﻻ", "مُحَمَّد", "Reuters", "٢٠٢٤", "مصطفى", "الرئيس"];
        foreach (var round in Enumerable.Range(0, 3))
        {
            foreach (var w in words)
            {
                var buffer = new char[w.Length];
                var n = NerText.Normalize(w, buffer);
                Assert.Equal(new string(buffer, 0, n), NerText.Normalize(w));
            }
        }

        Assert.Equal("احمد", NerText.Normalize("أحمد"));
        Assert.Equal("مصطفي", NerText.Normalize("مصطفى"));
    }

    [Fact]
    public void Title_heads_are_answered_the_same_when_asked_again_and_when_lexicons_take_turns()
    {
        var one = ActorLexicon.Load(NerTagger.ModelsDirectory());
        var two = ActorLexicon.Load(NerTagger.ModelsDirectory());
        string[] words = ["والرئيس", "وزير", "والبرتقال", "فالملك", "الرئيس", "بيروت"];
        var first = words.Select(one.IsTitleHead).ToArray();
        foreach (var round in Enumerable.Range(0, 3))
        {
            Assert.Equal(first, words.Select(two.IsTitleHead).ToArray());
            Assert.Equal(first, words.Select(one.IsTitleHead).ToArray());
        }

        Assert.Equal([true, true, false, true, true, false], first);
        Assert.Equal(ActorKey.Skeleton(new string("الرئيس".AsSpan())), ActorKey.Skeleton("الرئيس"));
    }
}

/// <summary>The one-word fast path of <see cref="ActorKey.Skeleton"/> against the general one.</summary>
public class SkeletonFastPathTests
{
    [Fact]
    public void A_single_word_gets_the_skeleton_the_general_path_makes()
    {
        // Every word of the shipped gazetteer and title list: names and titles with and without the article, clitics,
        // hamza seats, ta marbuta, Latin and digits.
        var words = new[] { "ner/gazetteer.tsv.gz", "actors/titles.tsv.gz" }
            .Select(f => Path.Combine(NerTagger.ModelsDirectory(), f))
            .SelectMany(f => new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(f), System.IO.Compression.CompressionMode.Decompress)).ReadToEnd()
                .Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Concat(["", "ال", "الله", "للرئيس", "وللرئيس", "ههه", "مدرسة", "ـــ", "وبالطبع", "شؤون", "مئة", "ءء", "٢٠٢٤م", "Reuters", "ـهـ", "ككك"])
            .Distinct()
            .ToList();
        Assert.True(words.Count > 5000);
        foreach (var w in words)
        {
            Assert.Equal(ActorKey.Make(w), ActorKey.Skeleton(new string(w.AsSpan())));
        }
    }
}

/// <summary>The quote and event word folding's shortcuts for Arabic and ASCII letters.</summary>
public class WordFoldingTests
{
    [Fact]
    public void Every_character_folds_as_the_invariant_case_tables_and_the_arabic_rules_say()
    {
        for (var code = 1; code < 0xD800; code++)
        {
            var c = (char)code;
            var expected = c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c == '\u0640' ? string.Empty : c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
                'ى' => "ي",
                'ة' => "ه",
                'ؤ' => "و",
                'ئ' => "ي",
                >= '\u0660' and <= '\u0669' => ((char)('0' + (c - '\u0660'))).ToString(),
                >= '\u06F0' and <= '\u06F9' => ((char)('0' + (c - '\u06F0'))).ToString(),
                _ => char.ToLowerInvariant(c).ToString(),
            };
            Assert.Equal(expected, Marsad.Analysis.Quotes.ArabicWords.Fold([c]));
        }
    }
}
