using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>
/// The actors quotes and events read, sentence by sentence (<c>marsad analyze --actors</c>): what a developer checks
/// first when a speaker, a source or a target is wrong.
/// </summary>
public static class ActorListing
{
    /// <summary>Each sentence that names actors, then its actors: the words, the kind, the code and the entity id.</summary>
    public static void Write(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var text = document.Text;
        foreach (var s in ActorView.Of(document).Sentences)
        {
            if (s.Actors.Count == 0)
            {
                continue;
            }

            writer.WriteLine($"[{s.Index}] {text[s.Start..s.End]}");
            foreach (var a in s.Actors)
            {
                writer.WriteLine($"    «{text[a.Start..a.End]}» {a.Kind} {a.Code ?? "-"} {a.EntityId ?? "-"}{(a.Pronoun ? " pronoun" : "")}");
            }
        }
    }
}
