using System.Security.Cryptography;
using System.Text;

namespace Marsad.Core;

/// <summary>
/// One article as analysis sees it: immutable clean text plus layers of standoff annotations that point into it.
/// Components add layers; none rewrites <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    public const string Schema = "marsad.document/1";

    public Document(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; }

    public DocumentSource Source { get; init; } = new(null, "text", null);

    public string? Url { get; init; }

    public string? Language { get; set; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public NewsDate? Published { get; init; }

    /// <summary>Where and by which wire the story was filed, as written at the head of its first paragraph; null when none.</summary>
    public string? Dateline { get; init; }

    public List<TextSpan> Paragraphs { get; init; } = [];

    public List<Sentence> Sentences { get; } = [];

    /// <summary>Tokens with offsets into <see cref="Text"/> (not part of the JSON contract; large).</summary>
    public List<Token> Tokens { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<PloverEvent> Events { get; } = [];

    /// <summary>Why the text is empty or partial, when extraction or analysis had to give up on something.</summary>
    public string? Note { get; set; }

    /// <summary>Versions of the components that produced the annotations, e.g. {"ner": "1"}.</summary>
    public Dictionary<string, string> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>Builds a document from an extracted article: paragraphs joined by one blank line.</summary>
    public static Document FromArticle(Article article, string? id = null, ReadOnlySpan<byte> sourceBytes = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sb = new StringBuilder();
        var spans = new List<TextSpan>(article.Paragraphs.Count);
        foreach (var p in article.Paragraphs)
        {
            if (p.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            spans.Add(new TextSpan(sb.Length, sb.Length + p.Length));
            sb.Append(p);
        }

        var text = sb.ToString();
        id ??= sourceBytes.IsEmpty ? HashId(Encoding.UTF8.GetBytes(text)) : HashId(sourceBytes);
        return new Document(id, text)
        {
            Source = article.Source,
            Url = article.Url,
            Language = article.Language,
            Title = article.Title,
            Authors = article.Authors,
            Published = article.Published,
            Dateline = article.Dateline,
            Paragraphs = spans,
            Note = article.Note,
        };
    }

    /// <summary>A stable id from content: the first 16 hex digits of SHA-256.</summary>
    public static string HashId(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public string TextOf(TextSpan span) => span.Of(Text);
}
