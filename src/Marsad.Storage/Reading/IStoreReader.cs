namespace Marsad.Storage.Reading;

/// <summary>
/// The read side the HTTP API and web UI need: one article with its story, actors with everything known about them,
/// pairs of actors over time, fact listings with cursors and dashboard figures. Both engines implement it with the
/// same SQL; get it with <see cref="StoreReading.Reader"/>.
/// </summary>
public interface IStoreReader
{
    ArticleView? Article(long id);

    ArticleView? ArticleByKey(string key);

    Page<ActorSummary> ActorList(ActorQuery query);

    ActorDetail? Actor(long id, int limit = 50);

    PairView? Pair(long first, long second, int limit = 200);

    Page<QuoteItem> QuoteList(FactQuery query);

    Page<EventItem> EventList(FactQuery query);

    Dashboard Dashboard(int days = 120, int topActors = 15);
}

public static class StoreReading
{
    /// <summary>The reader of a store opened by <see cref="StoreFactory"/>.</summary>
    public static IStoreReader Reader(IStore store) =>
        store as IStoreReader ?? throw new ArgumentException("this store has no reader", nameof(store));
}

/// <summary>A page of a listing; <see cref="Next"/> is the opaque cursor of the following page, null at the end.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>One stored article: its <c>marsad.document/1</c> JSON plus what the store knows (story, actors of its entities).</summary>
public sealed record ArticleView(
    long Id,
    string Key,
    string? Url,
    string? Source,
    string? Title,
    string? Published,
    string? Day,
    long StoryId,
    int StorySize,
    long? StoryFirstArticleId,
    string PipelineVersion,
    string IngestedAt,
    string AnalyzedAt,
    string Json,
    IReadOnlyDictionary<string, long> ActorOfEntity,
    IReadOnlyList<StoryArticle> Story);

public sealed record StoryArticle(long Id, string Key, string? Title, string? Source, string? Published, string? Url);

public sealed record ActorSummary(long Id, string Type, string Name, string? Code, string? Country, long Articles, long Mentions,
    string? FirstSeen, string? LastSeen);

public sealed record ActorQuery
{
    /// <summary>Part of a name or alias (normalized before matching).</summary>
    public string? Name { get; init; }

    public string? Type { get; init; }

    public int Limit { get; init; } = 50;

    public string? Cursor { get; init; }
}

/// <summary>Filters of the quote and event listings.</summary>
public sealed record FactQuery
{
    /// <summary>Quotes: the speaker. Events: the source or the target.</summary>
    public long? Actor { get; init; }

    /// <summary>Events only: the PLOVER type.</summary>
    public string? Type { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Limit { get; init; } = 50;

    public string? Cursor { get; init; }
}

public sealed record ActorDetail(
    ActorSummary Actor,
    IReadOnlyList<FacetValue> Aliases,
    IReadOnlyList<RoleSpan> Roles,
    IReadOnlyList<DayCount> MentionsPerDay,
    IReadOnlyList<CoActor> CoActors,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<EventItem> AsSource,
    IReadOnlyList<EventItem> AsTarget);

/// <summary>A role (title) an actor held, with the first and last day it was seen and in how many articles.</summary>
public sealed record RoleSpan(string Role, string? First, string? Last, long Articles);

public sealed record DayCount(string Day, long Count);

public sealed record TypeDayCount(string Day, string Type, long Count);

public sealed record CoActor(long Id, string Name, string Type, long Articles);

public sealed record QuoteItem(long ArticleId, int Index, string? ArticleTitle, string? Day, long? SpeakerId, string? Speaker,
    string? SpeakerText, bool Direct, string Text, int Start, int End);

public sealed record EventItem(long ArticleId, int Index, string? ArticleTitle, string? Day, string Type, string? Mode,
    long? SourceId, string? Source, long? TargetId, string? Target, string Trigger, string Sentence, string? Date,
    int TriggerStart, int TriggerEnd);

/// <summary>Two actors over time: events between them (either direction), quotes of one in articles naming the other.</summary>
public sealed record PairView(ActorSummary First, ActorSummary Second, IReadOnlyList<EventItem> Events,
    IReadOnlyList<QuoteItem> Quotes, IReadOnlyList<DayCount> SharedArticlesPerDay);

public sealed record Dashboard(long Articles, long Actors, long Events, long Quotes, IReadOnlyList<DayCount> ArticlesPerDay,
    IReadOnlyList<ActorSummary> TopActors, IReadOnlyList<TypeDayCount> EventTypesPerDay);
