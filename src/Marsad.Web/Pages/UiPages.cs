using System.Globalization;
using Marsad.Core;
using Marsad.Storage;
using Marsad.Storage.Reading;
using Marsad.Storage.Watching;


namespace Marsad.Web.Pages;

/// <summary>The web UI's pages, rendered on the server from the store (every value through <see cref="Html"/>).</summary>
internal sealed class UiPages(SearchCache store, IStoreReader reader, IWatchLedger watch)
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public string Search(Labels l, SearchRequest request, string path)
    {
        var result = store.Search(request);
        var title = string.IsNullOrWhiteSpace(request.Query) ? l["search"] : request.Query;
        var h = Layout.Begin(l, title, path);
        h.Open("form", ("class", "search"), ("method", "get"), ("action", "/search"), ("role", "search"));
        h.Open("input", ("type", "search"), ("name", "q"), ("value", request.Query), ("placeholder", l["query"]), ("aria-label", l["query"]), ("autofocus", "autofocus"));
        h.Open("button", ("type", "submit")).Text(l["search"]).Close("button");
        h.Open("div", ("class", "filters"));
        Field(h, l["from"], "from", request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date");
        Field(h, l["to"], "to", request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date");
        Field(h, l["source"], "source", request.Source, "text");
        Field(h, l["actor"], "actor", request.Actor, "text");
        Field(h, l["eventType"], "eventType", request.EventType, "text");
        Field(h, l["speaker"], "speaker", request.Speaker, "text");
        h.Close("div").Close("form");

        h.Open("div", ("class", "columns"));
        h.Open("section", ("class", "results"), ("aria-label", l["results"]));
        h.Element("p", $"{Html.Num(result.Total)} {l["results"]}", ("class", "count"));
        if (result.Hits.Count == 0)
        {
            h.Element("p", l["noResults"], ("class", "muted"));
        }

        h.Open("ol", ("class", "hits"));
        foreach (var hit in result.Hits)
        {
            h.Open("li", ("class", "hit"));
            h.Open("h2").Link($"/articles/{Id(hit.Id)}", string.IsNullOrWhiteSpace(hit.Title) ? l["untitled"] : hit.Title, ("class", "hit-title")).Close("h2");
            h.Open("p", ("class", "meta"));
            h.Element("span", hit.Source, ("class", "source"));
            h.Element("span", hit.Published, ("class", "date"), ("dir", "ltr"));
            if (hit.StorySize > 1)
            {
                h.Element("span", $"{Html.Num(hit.StorySize)} {l["storySize"]}", ("class", "story"));
            }

            h.Close("p");
            Snippet(h, hit.Snippet);
            h.Close("li");
        }

        h.Close("ol");
        if (result.Hits.Count == request.Limit && request.Offset + request.Limit < result.Total)
        {
            h.Link(SearchPath(request, offset: request.Offset + request.Limit), l["next"], ("class", "next"), ("rel", "next"));
        }

        h.Close("section");
        h.Open("aside", ("class", "facets"), ("aria-label", l["facets"]));
        h.Element("h2", l["facets"]);
        // Undated articles have no place on a time axis.
        var dated = result.Facets.TryGetValue("day", out var days) ? days.Where(d => d.Value.Length == 10 && char.IsAsciiDigit(d.Value[0])).ToList() : [];
        if (dated.Count > 0)
        {
            Charts.DayBars(h, [.. dated.Select(d => new DayCount(d.Value, d.Count))], l["articlesPerDay"], "chart small");
        }

        Facet(h, l["source"], result, "source", v => SearchPath(request with { Source = v }, 0));
        Facet(h, l["actor"], result, "actor", v => SearchPath(request with { Actor = v }, 0));
        h.Link("/", l["clear"], ("class", "clear"));
        h.Close("aside");
        h.Close("div");
        return Layout.End(h);
    }

    /// <summary>
    /// The store marks matched words with &lt;mark&gt; in otherwise raw text: the markers become elements made here,
    /// everything between them is encoded text.
    /// </summary>
    private static void Snippet(Html h, string? snippet)
    {
        if (string.IsNullOrEmpty(snippet))
        {
            return;
        }

        h.Open("p", ("class", "snippet"));
        var rest = snippet.AsSpan();
        while (rest.Length > 0)
        {
            var open = rest.IndexOf("<mark>", StringComparison.Ordinal);
            if (open < 0)
            {
                h.Text(rest);
                break;
            }

            h.Text(rest[..open]);
            rest = rest[(open + 6)..];
            var close = rest.IndexOf("</mark>", StringComparison.Ordinal);
            var word = close < 0 ? rest : rest[..close];
            h.Open("mark").Text(word).Close("mark");
            rest = close < 0 ? [] : rest[(close + 7)..];
        }

        h.Close("p");
    }

    private static void Field(Html h, string label, string name, string? value, string type)
    {
        h.Open("label").Element("span", label).Open("input", ("type", type), ("name", name), ("value", value)).Close("label");
    }

    private static void Facet(Html h, string title, SearchResult result, string name, Func<string, string> link)
    {
        if (!result.Facets.TryGetValue(name, out var values) || values.Count == 0)
        {
            return;
        }

        h.Element("h3", title);
        h.Open("ul", ("class", "facet"), ("data-facet", name));
        // "(unknown)" stands for a missing value: there is nothing to filter on.
        foreach (var v in values.Where(v => !v.Value.StartsWith('(')))
        {
            h.Open("li").Link(link(v.Value), v.Value).Element("span", Html.Num(v.Count), ("class", "n")).Close("li");
        }

        h.Close("ul");
    }

    public static string SearchPath(SearchRequest r, int offset) => Html.Path("/search",
        ("q", r.Query), ("from", r.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", r.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("source", r.Source), ("actor", r.Actor), ("eventType", r.EventType), ("speaker", r.Speaker),
        ("offset", offset > 0 ? offset.ToString(CultureInfo.InvariantCulture) : null));

    public string? Article(Labels l, long id, string path)
    {
        var view = reader.Article(id);
        if (view is null)
        {
            return null;
        }

        var d = DocumentJson.Parse(view.Json);
        var h = Layout.Begin(l, d.Title ?? view.Key, path);
        h.Open("article", ("class", "doc"));
        h.Element("h1", string.IsNullOrWhiteSpace(d.Title) ? l["untitled"] : d.Title, ("class", "doc-title"));
        h.Open("p", ("class", "meta"));
        h.Element("span", view.Source, ("class", "source"));
        h.Element("span", view.Published, ("class", "date"), ("dir", "ltr"));
        if (d.Authors.Count > 0)
        {
            h.Element("span", $"{l["authors"]}: {string.Join("، ", d.Authors)}", ("class", "authors"));
        }

        if (Html.IsWebUrl(view.Url))
        {
            h.Link(view.Url!, l["original"], ("rel", "noopener noreferrer nofollow"), ("class", "original"));
        }

        h.Close("p");
        h.Open("div", ("class", "columns"));
        h.Open("div", ("class", "body"), ("id", "text"));
        Highlighted(h, l, d, view.ActorOfEntity);
        h.Close("div");
        h.Open("aside", ("class", "facts"));
        Facts(h, l, d, view.ActorOfEntity);
        if (view.Story.Count > 1)
        {
            h.Element("h2", $"{l["story"]} ({Html.Num(view.StorySize)})");
            h.Open("ul", ("class", "story-list"));
            foreach (var s in view.Story)
            {
                h.Open("li");
                if (s.Id == view.Id)
                {
                    h.Element("strong", s.Title ?? s.Key);
                }
                else
                {
                    h.Link($"/articles/{Id(s.Id)}", s.Title ?? s.Key);
                }

                h.Element("span", $" {s.Source} {s.Published}", ("class", "muted"));
                h.Close("li");
            }

            h.Close("ul");
        }

        h.Close("aside").Close("div").Close("article");
        return Layout.End(h);
    }

    private sealed record Mark(int Start, int End, string Kind, string Tip, long? Actor);

    /// <summary>
    /// The text cut at every annotation boundary; each piece carries the classes and tooltips of everything covering
    /// it, so overlapping layers (a name inside a quote, a trigger inside both) all stay visible.
    /// </summary>
    private static void Highlighted(Html h, Labels l, Document d, IReadOnlyDictionary<string, long> actorOf)
    {
        var text = d.Text;
        var marks = new List<Mark>();
        var names = d.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        foreach (var e in d.Entities)
        {
            var tip = $"{l[e.Type]} ({e.Type}): {e.Name}" + (e.Roles.Count > 0 ? $"\n{l["role"]}: {string.Join("، ", e.Roles)}" : string.Empty);
            long? actor = actorOf.TryGetValue(e.Id, out var a) ? a : null;
            marks.AddRange(e.Mentions.Select(m => new Mark(m.Start, m.End, "ent ent-" + e.Type, tip, actor)));
        }

        foreach (var q in d.Quotes)
        {
            var speaker = q.Speaker is not null && names.TryGetValue(q.Speaker, out var n) ? n : q.SpeakerText;
            marks.Add(new Mark(q.Start, q.End, "quote", $"{l["quote"]} ({(q.Direct ? l["direct"] : l["reported"])}): {speaker}", null));
        }

        foreach (var ev in d.Events)
        {
            var src = ev.Source is not null && names.TryGetValue(ev.Source, out var s) ? s : "—";
            var tgt = ev.Target is not null && names.TryGetValue(ev.Target, out var t) ? t : "—";
            marks.Add(new Mark(ev.Trigger.Start, ev.Trigger.End, "event", $"{l["event"]}: {ev.Type}" + (ev.Mode is null ? string.Empty : $" ({ev.Mode})") + $"\n{src} ← {tgt}", null));
        }

        marks.RemoveAll(m => m.Start < 0 || m.End > text.Length || m.End <= m.Start);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in marks)
        {
            cuts.Add(m.Start);
            cuts.Add(m.End);
        }

        var points = cuts.ToArray();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            int from = points[i], to = points[i + 1];
            var piece = text.AsSpan(from, to - from);
            var over = marks.Where(m => m.Start <= from && m.End >= to).ToList();
            if (over.Count == 0)
            {
                h.Text(piece);
                continue;
            }

            var classes = "hl " + string.Join(' ', over.Select(m => m.Kind).Distinct(StringComparer.Ordinal));
            var tip = string.Join("\n", over.Select(m => m.Tip).Distinct(StringComparer.Ordinal));
            var actor = over.FirstOrDefault(m => m.Actor is not null)?.Actor;
            if (actor is { } id)
            {
                h.Open("a", ("href", $"/actors/{Id(id)}"), ("class", classes), ("data-tip", tip), ("tabindex", "0")).Text(piece).Close("a");
            }
            else
            {
                h.Open("span", ("class", classes), ("data-tip", tip), ("tabindex", "0")).Text(piece).Close("span");
            }
        }
    }

    /// <summary>Every fact with the exact words of the text it came from.</summary>
    private static void Facts(Html h, Labels l, Document d, IReadOnlyDictionary<string, long> actorOf)
    {
        string Words(TextSpan s) => s.End <= d.Text.Length ? d.TextOf(s) : string.Empty;
        var names = d.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        h.Element("h2", $"{l["entities"]} ({d.Entities.Count})");
        h.Open("ul", ("class", "fact-list entities"));
        foreach (var e in d.Entities)
        {
            h.Open("li", ("class", "fact ent-" + e.Type));
            if (actorOf.TryGetValue(e.Id, out var a))
            {
                h.Link($"/actors/{Id(a)}", e.Name, ("class", "name"));
            }
            else
            {
                h.Element("span", e.Name, ("class", "name"));
            }

            h.Element("span", l[e.Type], ("class", "tag"));
            if (e.Roles.Count > 0)
            {
                h.Element("div", $"{l["role"]}: {string.Join("، ", e.Roles)}", ("class", "roles"));
            }

            h.Element("div", $"{l["words"]}: " + string.Join(" | ", e.Mentions.Select(Words).Distinct(StringComparer.Ordinal)), ("class", "words"));
            h.Close("li");
        }

        h.Close("ul");
        h.Element("h2", $"{l["quotes"]} ({d.Quotes.Count})");
        h.Open("ul", ("class", "fact-list quotes"));
        foreach (var q in d.Quotes)
        {
            var speaker = q.Speaker is not null && names.TryGetValue(q.Speaker, out var n) ? n : q.SpeakerText;
            h.Open("li", ("class", "fact"));
            h.Element("span", speaker ?? "—", ("class", "name"));
            h.Element("span", q.Direct ? l["direct"] : l["reported"], ("class", "tag"));
            h.Element("blockquote", Words(new TextSpan(q.Start, q.End)), ("class", "words"));
            h.Close("li");
        }

        h.Close("ul");
        h.Element("h2", $"{l["events"]} ({d.Events.Count})");
        h.Open("ul", ("class", "fact-list events"));
        foreach (var ev in d.Events)
        {
            h.Open("li", ("class", "fact"));
            h.Element("span", ev.Type, ("class", "tag event-type"), ("dir", "ltr"));
            var src = ev.Source is not null && names.TryGetValue(ev.Source, out var s) ? s : "—";
            var tgt = ev.Target is not null && names.TryGetValue(ev.Target, out var t) ? t : "—";
            h.Element("span", $"{src} ← {tgt}", ("class", "name"));
            h.Element("div", $"{l["trigger"]}: {Words(ev.Trigger)}", ("class", "words"));
            if (ev.Sentence >= 0 && ev.Sentence < d.Sentences.Count)
            {
                h.Element("div", Words(d.Sentences[ev.Sentence].Span), ("class", "sentence muted"));
            }

            h.Close("li");
        }

        h.Close("ul");
    }

    public string Actors(Labels l, ActorQuery query, string path)
    {
        var page = reader.ActorList(query);
        var h = Layout.Begin(l, l["actors"], path);
        h.Element("h1", l["actors"]);
        h.Open("form", ("class", "search"), ("method", "get"), ("action", "/actors"));
        h.Open("input", ("type", "search"), ("name", "name"), ("value", query.Name), ("aria-label", l["actor"]), ("placeholder", l["actor"]));
        h.Open("button", ("type", "submit")).Text(l["search"]).Close("button").Close("form");
        ActorTable(h, l, page.Items);
        if (page.Next is not null)
        {
            h.Link(Html.Path("/actors", ("name", query.Name), ("type", query.Type), ("cursor", page.Next)), l["next"], ("class", "next"), ("rel", "next"));
        }

        return Layout.End(h);
    }

    /// <summary>What <c>marsad watch</c> follows (nothing when it never ran): last success, last error, articles stored.</summary>
    private static void SourceTable(Html h, Labels l, IReadOnlyList<SourceStatus> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        static string? Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        h.Open("section", ("class", "watched"), ("aria-label", l["watchedSources"]));
        h.Element("h2", l["watchedSources"]);
        h.Open("table", ("class", "grid"));
        h.Open("thead").Open("tr").Element("th", l["source"]).Element("th", l["lastSuccess"]).Element("th", l["lastError"])
            .Element("th", l["last24h"]).Element("th", l["articles"]).Close("tr").Close("thead");
        h.Open("tbody");
        foreach (var s in sources)
        {
            // An error older than the last success is history, not the source's state.
            var failing = s.LastErrorAt is not null && (s.LastSuccess is null || s.LastErrorAt >= s.LastSuccess);
            h.Open("tr").Open("td").Link(Html.Path("/search", ("source", s.Source)), s.Source).Close("td")
                .Element("td", Time(s.LastSuccess) ?? "-", ("dir", "ltr"));
            h.Open("td", ("class", failing ? "error" : "muted"));
            if (s.LastErrorAt is not null)
            {
                h.Element("span", Time(s.LastErrorAt), ("dir", "ltr")).Text(" ").Element("span", s.LastError, ("dir", "ltr"));
            }

            h.Close("td").Element("td", Html.Num(s.ItemsLast24Hours)).Element("td", Html.Num(s.ItemsStored)).Close("tr");
        }

        h.Close("tbody").Close("table").Close("section");
    }

    private static void ActorTable(Html h, Labels l, IEnumerable<ActorSummary> actors)
    {
        h.Open("table", ("class", "grid"));
        h.Open("thead").Open("tr").Element("th", l["actor"]).Element("th", l["type"]).Element("th", l["articles"]).Element("th", l["mentions"])
            .Element("th", l["firstSeen"]).Element("th", l["lastSeen"]).Close("tr").Close("thead");
        h.Open("tbody");
        foreach (var a in actors)
        {
            h.Open("tr").Open("td").Link($"/actors/{Id(a.Id)}", a.Name).Close("td").Element("td", l[a.Type]).Element("td", Html.Num(a.Articles))
                .Element("td", Html.Num(a.Mentions)).Element("td", a.FirstSeen, ("dir", "ltr")).Element("td", a.LastSeen, ("dir", "ltr")).Close("tr");
        }

        h.Close("tbody").Close("table");
    }

    public string? Actor(Labels l, long id, string path)
    {
        var detail = reader.Actor(id);
        if (detail is null)
        {
            return null;
        }

        var a = detail.Actor;
        var h = Layout.Begin(l, a.Name, path);
        h.Element("h1", a.Name, ("class", "actor-name"));
        h.Open("dl", ("class", "props"));
        Prop(h, l["type"], $"{l[a.Type]} ({a.Type})");
        Prop(h, l["code"], a.Code);
        Prop(h, l["country"], a.Country);
        Prop(h, l["articles"], Html.Num(a.Articles));
        Prop(h, l["mentions"], Html.Num(a.Mentions));
        Prop(h, l["firstSeen"], a.FirstSeen);
        Prop(h, l["lastSeen"], a.LastSeen);
        h.Close("dl");
        h.Open("div", ("class", "columns"));
        h.Open("section", ("class", "main-col"));
        Charts.DayBars(h, detail.MentionsPerDay, l["mentionsPerDay"]);
        h.Element("h2", l["quotes"]);
        QuoteList(h, l, detail.Quotes);
        h.Element("h2", l["asSource"]);
        EventList(h, detail.AsSource);
        h.Element("h2", l["asTarget"]);
        EventList(h, detail.AsTarget);
        h.Close("section");
        h.Open("aside", ("class", "facts"));
        h.Element("h2", l["aliases"]);
        h.Open("ul", ("class", "aliases"));
        foreach (var al in detail.Aliases)
        {
            h.Open("li").Text(al.Value).Element("span", Html.Num(al.Count), ("class", "n")).Close("li");
        }

        h.Close("ul");
        h.Element("h2", l["roles"]);
        h.Open("ul", ("class", "roles"));
        foreach (var r in detail.Roles)
        {
            h.Open("li").Element("span", r.Role, ("class", "name")).Element("span", $"{r.First} – {r.Last}", ("class", "muted"), ("dir", "ltr")).Close("li");
        }

        h.Close("ul");
        h.Element("h2", l["coActors"]);
        h.Open("ul", ("class", "co-actors"));
        foreach (var co in detail.CoActors)
        {
            h.Open("li").Link($"/pairs/{Id(a.Id)}/{Id(co.Id)}", co.Name, ("class", "pair-link")).Element("span", Html.Num(co.Articles), ("class", "n")).Close("li");
        }

        h.Close("ul");
        h.Close("aside").Close("div");
        return Layout.End(h);
    }

    private static void Prop(Html h, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            h.Element("dt", name).Element("dd", value);
        }
    }

    private static void QuoteList(Html h, Labels l, IEnumerable<QuoteItem> quotes)
    {
        h.Open("ul", ("class", "fact-list quotes"));
        var any = false;
        foreach (var q in quotes)
        {
            any = true;
            h.Open("li", ("class", "fact"));
            h.Element("span", q.Day, ("class", "date"), ("dir", "ltr"));
            h.Element("span", q.Speaker ?? q.SpeakerText, ("class", "name"));
            h.Element("blockquote", q.Text, ("class", "words"));
            h.Link($"/articles/{Id(q.ArticleId)}", q.ArticleTitle ?? Id(q.ArticleId), ("class", "muted"));
            h.Close("li");
        }

        if (!any)
        {
            h.Element("li", l["nothing"], ("class", "muted"));
        }

        h.Close("ul");
    }

    private static void EventList(Html h, IEnumerable<EventItem> events)
    {
        h.Open("ul", ("class", "fact-list events"));
        foreach (var e in events)
        {
            h.Open("li", ("class", "fact"));
            h.Element("span", e.Date ?? e.Day, ("class", "date"), ("dir", "ltr"));
            h.Element("span", e.Type, ("class", "tag event-type"), ("dir", "ltr"));
            h.Element("span", $"{e.Source ?? "—"} ← {e.Target ?? "—"}", ("class", "name"));
            h.Element("div", e.Sentence, ("class", "words"));
            h.Link($"/articles/{Id(e.ArticleId)}", e.ArticleTitle ?? Id(e.ArticleId), ("class", "muted"));
            h.Close("li");
        }

        h.Close("ul");
    }

    public string? Pair(Labels l, long first, long second, string path)
    {
        var pair = reader.Pair(first, second);
        if (pair is null)
        {
            return null;
        }

        var title = $"{pair.First.Name} ↔ {pair.Second.Name}";
        var h = Layout.Begin(l, title, path);
        h.Open("h1", ("class", "pair-title")).Link($"/actors/{Id(pair.First.Id)}", pair.First.Name).Text(" ↔ ").Link($"/actors/{Id(pair.Second.Id)}", pair.Second.Name).Close("h1");
        h.Element("p", l["pair"], ("class", "muted"));
        Charts.DayBars(h, pair.SharedArticlesPerDay, l["sharedPerDay"]);
        h.Element("h2", l["timeline"]);
        var items = pair.Events.Select(e => (Day: e.Date ?? e.Day ?? string.Empty, Event: (EventItem?)e, Quote: (QuoteItem?)null))
            .Concat(pair.Quotes.Select(q => (Day: q.Day ?? string.Empty, Event: (EventItem?)null, Quote: (QuoteItem?)q)))
            .OrderBy(i => i.Day, StringComparer.Ordinal).ToList();
        h.Open("ol", ("class", "timeline"));
        if (items.Count == 0)
        {
            h.Element("li", l["nothing"], ("class", "muted"));
        }

        foreach (var (day, ev, q) in items)
        {
            h.Open("li", ("class", ev is not null ? "tl-event" : "tl-quote"));
            h.Element("span", day, ("class", "date"), ("dir", "ltr"));
            if (ev is not null)
            {
                h.Element("span", ev.Type, ("class", "tag event-type"), ("dir", "ltr"));
                h.Element("span", $"{ev.Source ?? "—"} ← {ev.Target ?? "—"}", ("class", "name"));
                h.Element("div", ev.Sentence, ("class", "words"));
                h.Link($"/articles/{Id(ev.ArticleId)}", ev.ArticleTitle ?? Id(ev.ArticleId), ("class", "muted"));
            }
            else if (q is not null)
            {
                h.Element("span", l["quote"], ("class", "tag"));
                h.Element("span", $"{q.Speaker ?? q.SpeakerText} {l["said"]}:", ("class", "name"));
                h.Element("blockquote", q.Text, ("class", "words"));
                h.Link($"/articles/{Id(q.ArticleId)}", q.ArticleTitle ?? Id(q.ArticleId), ("class", "muted"));
            }

            h.Close("li");
        }

        h.Close("ol");
        return Layout.End(h);
    }

    public string Dashboard(Labels l, string path)
    {
        var dash = reader.Dashboard();
        var h = Layout.Begin(l, l["dashboard"], path);
        h.Element("h1", l["dashboard"]);
        h.Open("dl", ("class", "props totals"));
        Prop(h, l["articles"], Html.Num(dash.Articles));
        Prop(h, l["actors"], Html.Num(dash.Actors));
        Prop(h, l["events"], Html.Num(dash.Events));
        Prop(h, l["quotes"], Html.Num(dash.Quotes));
        h.Close("dl");
        Charts.DayBars(h, dash.ArticlesPerDay, l["articlesPerDay"]);
        Charts.ActorBars(h, dash.TopActors, l["topActors"], !l.IsEnglish);
        Charts.TypeHeatmap(h, dash.EventTypesPerDay, dash.ArticlesPerDay, l["eventTypesOverTime"]);
        SourceTable(h, l, watch.SourceStatuses(DateTimeOffset.UtcNow));
        return Layout.End(h);
    }
}
