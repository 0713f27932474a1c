using Marsad.Arabic.Sentences;
using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic.Processors;

/// <summary>Pipeline step "tokens": fills <see cref="Document.Tokens"/> (glued words split by the shipped lexicon).</summary>
public sealed class TokensProcessor : IDocumentProcessor
{
    public string Name => "tokens";

    public string Version => "1";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Tokens.Clear();
        ArabicTokenizer.Tokenize(document.Text, document.Tokens, ArabicLexicon.Default);
    }
}

/// <summary>Pipeline step "sentences": fills <see cref="Document.Sentences"/> (tokenizes first when no step did).</summary>
public sealed class SentencesProcessor : IDocumentProcessor
{
    public string Name => "sentences";

    public string Version => "1";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens.Count > 0 || document.Text.Length == 0
            ? document.Tokens
            : ArabicTokenizer.Tokenize(document.Text, ArabicLexicon.Default);
        document.Sentences.Clear();
        SentenceSplitter.Split(document.Text, tokens, document.Sentences);
    }
}
