using Marsad.Analysis.Entities;
using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// A speaker named only by a title is the person the title names. With the name right after it («اتهم المندوب الروسي الدائم
/// لدى الأمم المتحدة فاسيلي نيبينزيا …») the speaker's span runs to the name (docs/annotation.md: the fullest naming
/// mention). With none, the last person named before whose role holds the title («قال الصفدي … وأكد الوزير الأردني أن …»)
/// is the speaker's entity, and the span keeps the title's words, as the text says them.
/// </summary>
internal sealed class TitleHolders(Document document)
{
    /// <summary>How far back (in characters) a title may point to the person it names.</summary>
    private const int Reach = 2500;

    private static readonly string President = ArabicWords.Fold("الرئيس");

    private List<(TextSpan Span, Entity Entity)>? _people;

    public FoundQuote Resolve(FoundQuote q)
    {
        if (q.SpeakerSpan is not { } speaker || q.SpeakerText is null || document.Entities.Count == 0)
        {
            return q;
        }

        var words = ArabicWords.FoldPhrase(q.SpeakerText);
        if (words.Length is 0 or > 4 || !IsTitle(words[0]) || !ArabicWords.StripConjunction(words[0]).StartsWith("ال", StringComparison.Ordinal))
        {
            return q;
        }

        var people = People();
        var overlapping = people.FindIndex(p => p.Span.Start < speaker.End && p.Span.End > speaker.Start);
        if (overlapping >= 0)
        {
            // «وأكد الوزير الأردني …» already linked to «أيمن الصفدي»: the span is the person's last naming mention before.
            var entity = people[overlapping].Entity;
            if (ArabicWords.FoldPhrase(people[overlapping].Span.Of(document.Text)) is not [var head, ..] || !IsTitle(head))
            {
                return q;
            }

            if (HoldsTitle(entity, ArabicWords.StripArticle(ArabicWords.StripConjunction(head)).ToString()))
            {
                return q with { SpeakerId = entity.Id };
            }

            // «ولفت الرئيس إلى …» linked to a company's «الرئيس التنفيذي»: not his title; the state's president named
            // before, if any, speaks.
            return q with { SpeakerId = Antecedent(speaker, words, people)?.Entity.Id };
        }

        if (NameAfter(q, speaker, people) is { } named)
        {
            var span = new TextSpan(speaker.Start, named.Span.End);
            return q with { SpeakerSpan = span, SpeakerId = named.Entity.Id, SpeakerText = span.Of(document.Text) };
        }

        if (Antecedent(speaker, words, people) is { } before)
        {
            // The text keeps its words («الوزير الأردني»); the speaker is the person they name.
            return q with { SpeakerId = before.Entity.Id };
        }

        return q;
    }

    /// <summary>Titles of offices and of a profession that speaks in news («الباحث», «الخبير», «المحلل»), folded.</summary>
    private static bool IsTitle(string folded) =>
        Events.ActorView.IsPersonTitle(folded) || ArabicWords.StripConjunction(folded) is "الباحث" or "الباحثه" or "الخبير" or "المحلل" or "الكاتب" or "الاستاذ" or "المحامي" or "الناشط" or "المشرف";

    /// <summary>People's mentions in text order.</summary>
    private List<(TextSpan Span, Entity Entity)> People()
    {
        if (_people is null)
        {
            _people = [];
            foreach (var e in document.Entities)
            {
                if (e.Type == "PER")
                {
                    foreach (var m in e.Mentions)
                    {
                        _people.Add((m, e));
                    }
                }
            }

            _people.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return _people;
    }

    /// <summary>A person's name after the title, the title's words between and no punctuation, no addressee.</summary>
    private (TextSpan Span, Entity Entity)? NameAfter(FoundQuote q, TextSpan speaker, List<(TextSpan Span, Entity Entity)> people)
    {
        foreach (var p in people)
        {
            if (p.Span.Start < speaker.End)
            {
                continue;
            }

            if (p.Span.Start - speaker.End > 90 || (p.Span.Start < q.Content.End && p.Span.End > q.Content.Start))
            {
                return null;
            }

            var between = document.Text.AsSpan(speaker.End, p.Span.Start - speaker.End);
            if (between.IndexOfAny("،,.:؛;()\\n") >= 0)
            {
                return null;
            }

            foreach (var w in ArabicWords.FoldPhrase(between.ToString()))
            {
                if (w.Contains("نظير", StringComparison.Ordinal) || w is "مع" or "امام" or "عبر" or "خلال" or "قائلا" or "ان" or "بان" or "انه" or "انها")
                {
                    return null;
                }
            }

            return ArabicWords.FoldPhrase(p.Span.Of(document.Text)) is [var first, ..] && !Events.ActorView.IsPersonTitle(first) ? p : null;
        }

        return null;
    }

    /// <summary>The last person named before whose role holds the title's head (and the state of its nisba, if any).</summary>
    private (TextSpan Span, Entity Entity)? Antecedent(TextSpan speaker, string[] words, List<(TextSpan Span, Entity Entity)> people)
    {
        var head = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[0])).ToString();
        string? country = null;
        if (words.Length > 1)
        {
            if (!ArabicWords.IsDefiniteNisba(words[1]) || ActorLexicon.Shared?.NationalityOf(words[1]) is not { } state)
            {
                // «وقال الوزير الإيراني …» names its state; «المتحدث باسم الوزارة», «رئيس المجلس» name a body this
                // cannot check.
                return null;
            }

            country = state;
        }

        for (var i = people.Count - 1; i >= 0; i--)
        {
            var (span, entity) = people[i];
            if (span.End > speaker.Start)
            {
                continue;
            }

            if (speaker.Start - span.End > Reach)
            {
                break;
            }

            if (ArabicWords.FoldPhrase(span.Of(document.Text)) is not [var first, ..] || Events.ActorView.IsPersonTitle(first)
                || (country is not null && entity.Country != country) || !HoldsTitle(entity, head))
            {
                continue;
            }

            return (span, entity);
        }

        return null;
    }

    /// <summary>Whether one of the person's roles has the title's head («وزير» in «نائب رئيس الوزراء ووزير الخارجية»); a
    /// lone «الرئيس» is only a state's president's («رئيس الوزراء», «الرئيس التنفيذي» are other offices).</summary>
    private static bool HoldsTitle(Entity entity, string head)
    {
        foreach (var role in entity.Roles)
        {
            var roleWords = ArabicWords.FoldPhrase(role);
            if (head == President[2..])
            {
                // («الرئيس التنفيذي لمجموعة …» heads a company; «الرئيس الأمريكي» is a president.)
                if (roleWords is [var first, ..] && first == President
                    && (roleWords.Length == 1 || (roleWords.Length == 2 && ActorLexicon.Shared?.NationalityOf(roleWords[1]) is not null)))
                {
                    return true;
                }

                continue;
            }

            foreach (var w in roleWords)
            {
                if (ArabicWords.StripArticle(ArabicWords.StripConjunction(w)).SequenceEqual(head))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
