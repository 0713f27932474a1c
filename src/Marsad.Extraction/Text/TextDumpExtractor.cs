using Marsad.Core;

namespace Marsad.Extraction.Text;

/// <summary>Plain text (possibly a pasted page) to article (first cut: paragraphs; the full extractor replaces this).</summary>
public static class TextDumpExtractor
{
    public static Article Extract(string text, DocumentSource source, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n", StringSplitOptions.None)
            .Select(Whitespace.Collapse)
            .Where(t => t.Length > 0)
            .ToList();
        return new Article { Source = source, Paragraphs = paragraphs, Note = paragraphs.Count == 0 ? "no text" : null };
    }
}
