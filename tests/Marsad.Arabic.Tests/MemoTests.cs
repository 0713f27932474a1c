using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic.Tests;

/// <summary>Words built as news builds them: clitics, a common host, a suffix, sometimes harakat or tatweel.</summary>
public static class ArabicWordArbitrary
{
    private static readonly string[] Prefixes = ["", "", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "فب", "لل", "ال", "وال", "بال", "فال", "ولل", "وس", "م"];

    private static readonly string[] Hosts =
    [
        "حكومة", "وزير", "رئيس", "مدينة", "سلطات", "مسلمين", "تركية", "قال", "يكون", "أنقرة", "مصر", "لبنان", "كان", "بين",
        "شعب", "قلوب", "أصدقاء", "شكوى", "حياة", "عربي", "دولي", "منطقة", "مواطنين", "معلمون", "انتخابات", "ستمر", "يمكن",
        "كتاب", "لجنة", "أسف", "غاية", "جنوب", "مجلس", "علاقات", "طلب", "سيارة", "سخالين", "كريس", "فيما", "لدى", "إن",
    ];

    private static readonly string[] Suffixes = ["", "", "", "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني", "ي", "ك", "ات", "ون", "ين", "ة", "ً", "ٍ"];

    /// <summary>Every word the generator can build without marks, in order.</summary>
    public static IEnumerable<string> Samples() =>
        from prefix in Prefixes.Distinct()
        from host in Hosts
        from suffix in Suffixes.Distinct()
        select prefix + host + suffix;

    public static Arbitrary<string> Words() =>
        (from prefix in Gen.Elements(Prefixes)
         from host in Gen.Elements(Hosts)
         from suffix in Gen.Elements(Suffixes)
         from mark in Gen.Elements("", "", "", "َ", "ِ", "ّ", "ـ")
         from at in Gen.Choose(0, 12)
         let word = prefix + host + suffix
         select at < word.Length && mark.Length > 0 ? word.Insert(at, mark) : word).ToArbitrary();
}

public class MemoTests
{
    // One analyzer shared by every case, so entries accumulate (and collide) as they do in a long-running process.
    private static readonly LightStemmer Stemmer = new(new CliticSegmenter(ArabicLexicon.Default));

    private static bool MemoMatchesFresh(string word)
    {
        Span<char> fresh = new char[(word.Length * ArabicNormalizer.MaxExpansion) + 4];
        Span<char> memo = new char[(word.Length * ArabicNormalizer.MaxExpansion) + 4];
        Span<int> freshEnds = stackalloc int[CliticSegmenter.MaxParts];
        Span<int> memoEnds = stackalloc int[CliticSegmenter.MaxParts];
        var freshParts = Stemmer.AnalyzeUncached(word, freshEnds, fresh, out var freshKey);
        for (var round = 0; round < 2; round++)
        {
            // The first round may fill the memo, the second reads it.
            var parts = Stemmer.Analyze(word, memoEnds, memo, out var key);
            if (parts != freshParts || !memoEnds[..parts].SequenceEqual(freshEnds[..parts]) || !memo[..key].SequenceEqual(fresh[..freshKey]))
            {
                return false;
            }
        }

        return Stemmer.Key(word) == new string(fresh[..freshKey]);
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 1000)]
    public bool Memoized_analysis_equals_a_fresh_one_on_news_like_words(string word) => MemoMatchesFresh(word);

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public bool Memoized_analysis_equals_a_fresh_one_on_any_token(string s)
    {
        foreach (var t in ArabicTokenizer.Tokenize(s))
        {
            if (t.Kind == TokenKind.Word && !MemoMatchesFresh(s[t.Start..t.End]))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 500)]
    public bool Memoized_segmentation_equals_a_fresh_one(string word)
    {
        var segmenter = CliticSegmenter.Default;
        Span<int> fresh = stackalloc int[CliticSegmenter.MaxParts];
        Span<int> memo = stackalloc int[CliticSegmenter.MaxParts];
        var n = segmenter.SegmentFresh(word, fresh);
        for (var round = 0; round < 2; round++)
        {
            var m = segmenter.Segment(word, memo);
            if (m != n || !memo[..m].SequenceEqual(fresh[..n]))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 500)]
    public bool A_padded_hash_ignores_the_text_after_the_word(string word, string after, string other)
    {
        if (word.Length > WordCache.PaddedMax)
        {
            return true;
        }

        var a = (word + " " + after + new string('ـ', WordCache.PaddedMax)).AsSpan();
        var b = (word + "،" + other + new string('x', WordCache.PaddedMax)).AsSpan();
        return WordCache.HashPadded(a, word.Length) == WordCache.HashPadded(b, word.Length);
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 500)]
    public bool Glued_word_check_in_running_text_answers_as_on_the_word_alone(string left, string right, string after)
    {
        // Pairs a missing space joins (على + الرغم, وزارة + الخارجية) and their near misses, followed by more text.
        var lexicon = ArabicLexicon.Default;
        foreach (var word in new[] { left + right, left + "ال" + right, "على" + "ال" + right, left + "الا" + right })
        {
            var text = word + " " + after + " " + new string('ل', 30);
            if (lexicon.GluedSplit(word, text) != lexicon.GluedSplit(word.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Padded_hashes_of_distinct_words_differ()
    {
        // Every lexicon word that fits, each as a word and as its every prefix (same letters, other lengths).
        var seen = new Dictionary<ulong, string>();
        var collisions = 0;
        foreach (var word in ArabicWordArbitrary.Samples().Concat(CliticSegmenter.WholeWords).Distinct())
        {
            for (var len = 1; len <= Math.Min(word.Length, WordCache.PaddedMax); len++)
            {
                var part = word[..len];
                var h = WordCache.HashPadded(part + new string(' ', WordCache.PaddedMax), len);
                if (seen.TryGetValue(h, out var prior) && prior != part)
                {
                    collisions++;
                }

                seen[h] = part;
            }
        }

        Assert.True(seen.Count > 1000, $"{seen.Count} words");
        Assert.Equal(0, collisions);
    }

    [Fact]
    public void A_tiny_memo_that_keeps_evicting_still_answers_right()
    {
        // 64 slots for hundreds of words: nearly every lookup of an older word misses or finds a stranger's slot.
        var cache = new WordCache(64, valueBits: 25);
        var words = Enumerable.Range(0, 400).Select(i => $"كلمة{i}").ToList();
        for (var i = 0; i < words.Count; i++)
        {
            cache.Add(words[i], i);
        }

        var wrong = words.Select((w, i) => cache.TryGet(w, out var v) && v != i).Count(x => x);
        Assert.Equal(0, wrong);
        Assert.True(cache.TryGet(words[^1], out var last));
        Assert.Equal(words.Count - 1, last);
    }

    [Theory]
    [InlineData("الحكومة")]
    [InlineData("الحكومةُ")]
    [InlineData("الحكومـة")]
    [InlineData("الة")]
    [InlineData("الية")]
    [InlineData("الأمن")]
    [InlineData("الانتخابات")]
    [InlineData("الﻻعب")]
    [InlineData("المؤتمر")]
    [InlineData("الّذي")]
    [InlineData("المستشفى")]
    public void A_definite_noun_keys_as_a_fresh_analysis(string word)
    {
        var fresh = new char[(word.Length * 3) + 4];
        var n = Stemmer.KeyUncached(word, fresh);
        Assert.Equal(new string(fresh, 0, n), Stemmer.Key(word));
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 500)]
    public bool Definite_words_key_as_a_fresh_analysis(string word) => MemoMatchesFresh("ال" + word);

    [Fact]
    public void Every_whole_word_is_found_whole()
    {
        Assert.All(CliticSegmenter.WholeWords, w => Assert.True(CliticSegmenter.IsWhole(w), w));
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 500)]
    public bool Whole_words_are_exactly_the_listed_ones(string word)
    {
        // Every prefix and suffix of a news-like word: the packed table answers as the word list does.
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var part in new[] { word[..i], word[i..] })
            {
                if (CliticSegmenter.IsWhole(part) != CliticSegmenter.WholeWords.Contains(part))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Fact]
    public void Document_order_analysis_equals_word_by_word_analysis()
    {
        const string text = "وقال وزير الخارجية لصحيفتنا إن حكومته ستستمر في المفاوضات، وبالتالي فإن للسلطات دوراً.";
        var tokens = ArabicTokenizer.Tokenize(text, ArabicLexicon.Default);
        var sink = new Collect { Keys = [], Parts = [] };
        Stemmer.AnalyzeWords(text, tokens.ToArray(), ref sink);
        Assert.Equal(tokens.Count, sink.Keys.Count);
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                Assert.Equal("", sink.Keys[i]);
                continue;
            }

            var word = text[t.Start..t.End];
            var n = CliticSegmenter.Default.Segment(word, ends);
            Assert.Equal(LightStemmer.Default.Key(word), sink.Keys[i]);
            Assert.Equal(string.Join('|', ends[..n].ToArray()), sink.Parts[i]);
        }
    }

    // Whole texts in document order, where words are followed by more text and the vector path reads past their ends:
    // every word's parts and key equal a fresh, scalar analysis of the word alone.
    private static bool DocumentOrderMatchesFresh(string text)
    {
        var stemmer = new LightStemmer(new CliticSegmenter(ArabicLexicon.Default));
        var tokens = ArabicTokenizer.Tokenize(text, ArabicLexicon.Default);
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        for (var round = 0; round < 2; round++)
        {
            // The first round fills the memo, the second reads it.
            var sink = new Collect { Keys = [], Parts = [] };
            stemmer.AnalyzeWords(text, tokens.ToArray(), ref sink);
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var word = text[t.Start..t.End];
                var fresh = new char[(word.Length * ArabicNormalizer.MaxExpansion) + 4];
                var n = stemmer.KeyUncached(word, fresh);
                var parts = stemmer.AnalyzeUncached(word, ends, fresh.AsSpan().ToArray(), out _);
                if (sink.Keys[i] != new string(fresh, 0, n) || sink.Parts[i] != string.Join('|', ends[..parts].ToArray()))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ArabicWordArbitrary)], MaxTest = 300)]
    public bool Document_order_analysis_equals_a_fresh_one_on_news_like_text(string[] words) =>
        DocumentOrderMatchesFresh(string.Join(" ", words) + (words.Length % 2 == 0 ? "" : " في الحكومة."));

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 300)]
    public bool Document_order_analysis_equals_a_fresh_one_on_any_text(string text) => DocumentOrderMatchesFresh(text);

    [Theory]
    [InlineData("وبالمدينة والحكومة للسلطات بأنقرة الأمن الانتخابات ومؤتمر إلى آخر فيما سيارة")]
    [InlineData("المستشفى والمستشفيات وللمواطنين والمعلمون الشكاوى بالرئاسة كالعادة لللل ال ة")]
    [InlineData("الحكومـة الحكومةُ الّذي الﻻعب مدينة١٢ abc كلمةطويلةجداجداجداجدا والمسؤولينالعسكريين")]
    public void Plain_letter_words_key_as_a_fresh_analysis_in_running_text(string text) =>
        Assert.True(DocumentOrderMatchesFresh(text + " " + text));

    private struct Collect : IWordAnalysisSink
    {
        public List<string> Keys;
        public List<string> Parts;

        public void Token(int index, scoped ReadOnlySpan<int> ends, scoped ReadOnlySpan<char> key)
        {
            Keys.Add(new string(key));
            Parts.Add(string.Join('|', ends.ToArray()));
        }
    }

    // The letter prefilter as first written, one fold at a time: the table-driven one must answer the same.
    private static bool CannotSplitReference(ReadOnlySpan<char> word)
    {
        if (word.Length >= 2 && word[0] == 'ا' && word[1] == 'ل')
        {
            return true;
        }

        var first = ArabicNormalizer.FoldSimple(word[0], NormalizationLevel.SearchKeepTaMarbuta);
        if (first is 'و' or 'ف' or 'ب' or 'ل' or 'ك' or 'س' or 'م' || first >= '\uFB50' || word[0] >= '\uFB50')
        {
            return false;
        }

        var last = word.Length - 1;
        while (last > 0 && ArabicNormalizer.FoldSimple(word[last], NormalizationLevel.SearchKeepTaMarbuta) == '\uFFFF')
        {
            last--;
        }

        var l = ArabicNormalizer.FoldSimple(word[last], NormalizationLevel.SearchKeepTaMarbuta);
        return l is not ('ا' or 'ه' or 'م' or 'ن' or 'ك' or 'ي') && word[last] < '\uFB50';
    }

    [Fact]
    public void The_letter_prefilter_table_agrees_with_the_folds_on_every_unit()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var word in new[] { $"{(char)c}", $"{(char)c}رد", $"در{(char)c}", $"در{(char)c}\u064E", $"د{(char)c}\u0640" })
            {
                Assert.True(CannotSplitReference(word) == CliticSegmenter.CannotSplit(word), $"U+{c:X4} in {word}");
            }
        }
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public bool The_letter_prefilter_agrees_with_the_folds_on_any_string(string s) =>
        s.Length == 0 || CannotSplitReference(s) == CliticSegmenter.CannotSplit(s);

    [Fact]
    public void Threads_sharing_one_memo_get_the_answers_one_thread_gets()
    {
        // Threads fill and read the same memo at once, each in its own order.
        var words = new List<string>();
        foreach (var prefix in new[] { "", "و", "ب", "ل", "وب", "فال" })
        {
            foreach (var host in new[] { "حكومة", "وزير", "رئيس", "مدينة", "سلطات", "مسلمين", "تركية", "كتاب", "لجنة", "علاقات" })
            {
                foreach (var suffix in new[] { "", "ه", "ها", "هم", "نا", "ات", "ين" })
                {
                    words.Add(prefix + host + suffix);
                }
            }
        }

        var reference = new LightStemmer(new CliticSegmenter(ArabicLexicon.Default));
        var expected = words.Select(w => reference.Key(w)).ToList();
        var shared = new LightStemmer(new CliticSegmenter(ArabicLexicon.Default));
        var wrong = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            for (var round = 0; round < 20; round++)
            {
                for (var i = 0; i < words.Count; i++)
                {
                    var k = (i * 7 + t + round) % words.Count;
                    if (shared.Key(words[k]) != expected[k])
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }
        });
        Assert.Equal(0, wrong);
    }
}
