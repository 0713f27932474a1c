using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Ingest.Sources;

/// <summary>
/// TREC-style files (<c>&lt;DOC&gt;&lt;DOCNO&gt;…&lt;TEXT&gt;…&lt;/DOC&gt;</c>), one or many documents per file, read leniently:
/// not XML (raw ampersands are common), tags matched by name, missing tags tolerated.
/// </summary>
public static partial class TrecReader
{
    public static bool Looks(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)];
        var s = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return s.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<SourceItem> Read(string text, string input)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = 0;
        foreach (Match doc in DocPattern().Matches(text))
        {
            n++;
            var body = doc.Groups[1].Value;
            var content = Tag(body, "TEXT") ?? Tag(body, "ABSTRACT");
            var where = $"{input}#{n}";
            var unit = SourceItem.KeyOf("trec", Encoding.UTF8.GetBytes(body));
            yield return new SourceItem
            {
                UnitKey = unit,
                Input = where,
                Id = Tag(body, "DOCNO"),
                Url = Tag(body, "URL"),
                Title = Tag(body, "TITLE") ?? Tag(body, "HEADLINE"),
                Published = Tag(body, "TIME") ?? Tag(body, "DATE"),
                Source = Tag(body, "SRC"),
                Authors = Tag(body, "AUTHOR") is { } a ? [a] : [],
                Text = content,
                Format = "text",
                Error = content is null ? "TREC document without <TEXT>" : null,
            };
        }
    }

    private static string? Tag(string doc, string name)
    {
        var open = doc.IndexOf("<" + name + ">", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        var start = open + name.Length + 2;
        var close = doc.IndexOf("</" + name + ">", start, StringComparison.OrdinalIgnoreCase);
        var value = (close < 0 ? doc[start..] : doc[start..close]).Trim();
        return value.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(value);
    }

    [GeneratedRegex(@"<DOC>(.*?)(?:</DOC>|(?=<DOC>)|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex DocPattern();
}
