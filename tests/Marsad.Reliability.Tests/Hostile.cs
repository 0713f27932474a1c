using System.Text;

namespace Marsad.Reliability.Tests;

/// <summary>Pathological inputs, built in memory so the repository holds no megabyte fixtures.</summary>
internal static class Hostile
{
    public static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    public static byte[] Page(string body) => Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>عنوان</title></head><body>{body}</body></html>");

    /// <summary>100,000 nested elements: recursion over the tree would overflow the stack.</summary>
    public static byte[] DeepNesting() => Page(Repeat("<div>", 100_000) + "<p>قال الوزير إن الاجتماع كان مثمرا.</p>" + Repeat("</div>", 100_000));

    /// <summary>Nesting that never closes, spread over inline and block elements.</summary>
    public static byte[] UnclosedNesting() => Page(Repeat("<span><b><i><div><p>", 20_000) + "نص");

    /// <summary>One 2 MB "word" of Arabic letters with no space.</summary>
    public static byte[] LongWord() => Page("<p>" + Repeat("ب", 2_000_000) + "</p>");

    /// <summary>One 2 MB line of words with no sentence end.</summary>
    public static byte[] LongLine() => Page("<p>" + Repeat("قال الرئيس محمد إن ", 100_000) + "</p>");

    /// <summary>A million HTML character references.</summary>
    public static byte[] ManyEntities() => Page("<p>" + Repeat("&amp;&#1575;&#x628;", 350_000) + "</p>");

    /// <summary>Hundreds of thousands of name-like tokens: titles, persons and places the entity tagger will chase.</summary>
    public static byte[] ManyNames() => Page("<p>" + Repeat("الرئيس عبد الله بن محمد آل سعود والملك سلمان في الرياض وجدة، ", 25_000) + "</p>");

    /// <summary>Opening quote marks that never close.</summary>
    public static byte[] UnclosedQuotes() => Page("<p>" + Repeat("وقال الوزير: «إن ", 60_000) + "</p>");

    /// <summary>Input shaped to make a backtracking regex explode: long runs of almost-matching markup and dates.</summary>
    public static byte[] RegexBait() => Page(Repeat("<a<a<a<a ", 50_000) + Repeat("12/12/12/12/", 50_000) + Repeat("<!--", 50_000) + Repeat("<DOC>", 20_000));

    /// <summary>A megabyte of text with no line break and no markup.</summary>
    public static byte[] LongTextLine() => Encoding.UTF8.GetBytes(Repeat("كلمة ", 400_000));

    public static IEnumerable<object[]> All() =>
    [
        [nameof(DeepNesting)], [nameof(UnclosedNesting)], [nameof(LongWord)], [nameof(LongLine)], [nameof(ManyEntities)],
        [nameof(ManyNames)], [nameof(UnclosedQuotes)], [nameof(RegexBait)], [nameof(LongTextLine)],
    ];

    public static byte[] ByName(string name) => name switch
    {
        nameof(DeepNesting) => DeepNesting(),
        nameof(UnclosedNesting) => UnclosedNesting(),
        nameof(LongWord) => LongWord(),
        nameof(LongLine) => LongLine(),
        nameof(ManyEntities) => ManyEntities(),
        nameof(ManyNames) => ManyNames(),
        nameof(UnclosedQuotes) => UnclosedQuotes(),
        nameof(RegexBait) => RegexBait(),
        nameof(LongTextLine) => LongTextLine(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
