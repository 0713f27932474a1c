namespace Marsad.Core;

/// <summary>A sentence of <see cref="Document.Text"/>.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>What kind of token a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Latin,
    Url,
    Email,
    Hashtag,
    Mention,
    Symbol,
}

/// <summary>A token: a span of the original text. Its syntactic words (after clitic segmentation) are separate.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A named entity: one actor within a document, with every place it is mentioned.</summary>
public sealed class Entity
{
    public required string Id { get; init; }

    /// <summary>PER, ORG, LOC, GPE or MISC.</summary>
    public required string Type { get; init; }

    /// <summary>The fullest form found in the document.</summary>
    public required string Name { get; set; }

    public List<TextSpan> Mentions { get; init; } = [];

    public List<string> Roles { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 code of the state the entity belongs to (nationality, or the state itself).</summary>
    public string? Country { get; set; }

    public List<string> Aliases { get; init; } = [];

    /// <summary>The actor dictionary's code (e.g. CAMEO-style <c>PSEREB</c>) when it knows the entity.</summary>
    public string? Code { get; set; }

    /// <summary>
    /// True for a state itself («السعودية», «المملكة العربية السعودية»), false for its cities and everything else. A
    /// city carries its state's <see cref="Code"/> (CAMEO codes a capital acting as its state), so the code alone
    /// cannot tell the state from Jeddah.
    /// </summary>
    public bool State { get; set; }

    /// <summary>Organization or movement the entity is affiliated with, as named in its role (e.g. «حماس»).</summary>
    public string? Affiliation { get; set; }
}

/// <summary>Something someone said: direct (quoted words) or reported speech.</summary>
public sealed class Quote
{
    /// <summary>Entity id of the speaker, null when the speaker is not a known entity.</summary>
    public string? Speaker { get; set; }

    public string? SpeakerText { get; set; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public bool Direct { get; init; }

    public TextSpan? Cue { get; init; }
}

/// <summary>A PLOVER-coded political event.</summary>
public sealed class PloverEvent
{
    /// <summary>One of PLOVER's 16 event types (AGREE … ASSAULT).</summary>
    public required string Type { get; init; }

    public string? Mode { get; init; }

    /// <summary>PLOVER ACTOR: entity id or null.</summary>
    public string? Source { get; set; }

    /// <summary>PLOVER RECIPIENT: entity id or null.</summary>
    public string? Target { get; set; }

    /// <summary>Surface words naming the ACTOR (set even when it is not an entity, e.g. «المتظاهرون»).</summary>
    public string? SourceText { get; set; }

    /// <summary>Surface words naming the RECIPIENT.</summary>
    public string? TargetText { get; set; }

    /// <summary>The ACTOR's code (CAMEO-style, e.g. <c>SYRMIL</c>): its entity's code, else the actor dictionary's.</summary>
    public string? SourceCode { get; set; }

    /// <summary>The RECIPIENT's code, as <see cref="SourceCode"/>.</summary>
    public string? TargetCode { get; set; }

    public required TextSpan Trigger { get; init; }

    /// <summary>Index into <see cref="Document.Sentences"/>.</summary>
    public int Sentence { get; init; }

    /// <summary>
    /// ISO 8601 date of the event: its own day when the text gives one, a month («2024-09») when the text gives only a
    /// month, else the publication day; null when the text makes the day unknowable («منذ 2023», «في الأيام الأخيرة»).
    /// </summary>
    public string? Date { get; set; }

    /// <summary>True when the event is reported by someone (e.g. «قال إن …») rather than stated by the article.</summary>
    public bool Reported { get; init; }

    /// <summary>True when the event is intended, conditional or hypothetical rather than done.</summary>
    public bool Hypothetical { get; init; }
}

/// <summary>The PLOVER event types, in the codebook's order.</summary>
public static class PloverTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];
}
