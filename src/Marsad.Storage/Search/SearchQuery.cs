using System.Text;
using Marsad.Arabic;

namespace Marsad.Storage.Search;

/// <summary>
/// A parsed search query: words (each keyed with <see cref="SearchTerms"/> like the index), "phrases", AND (implicit),
/// OR, NOT / -word, and parentheses. The engine-specific expression is built from the parsed terms, never from the
/// user's text, so no query syntax of the engine is reachable from outside.
/// </summary>
public sealed class SearchQuery
{
    private const int MaxTerms = 64;

    private SearchQuery(QueryNode root) => Root = root;

    public QueryNode Root { get; }

    /// <summary>The keys that must or may match (not the negated ones): what snippets highlight.</summary>
    public IReadOnlySet<string> PositiveKeys
    {
        get
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            Collect(Root, negated: false, keys);
            return keys;
        }
    }

    /// <summary>Parses a query; null when it holds no searchable word.</summary>
    public static SearchQuery? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parser = new Parser(Lex(text));
        var node = parser.ParseOr();
        if (node is null)
        {
            return null;
        }

        if (CountTerms(node) > MaxTerms)
        {
            throw new StoreException($"a query may hold at most {MaxTerms} terms");
        }

        if (!HasPositive(node))
        {
            throw new StoreException("a query needs at least one word that is not negated");
        }

        return new SearchQuery(node);
    }

    /// <summary>The FTS5 MATCH expression: every term double-quoted.</summary>
    public string ToFts5() => Fts5(Root);

    /// <summary>The PostgreSQL tsquery text (for to_tsquery('simple', …)): every lexeme single-quoted.</summary>
    public string ToTsQuery() => Ts(Root);

    private static string Fts5(QueryNode node) => node switch
    {
        TermNode t => "\"" + string.Join(' ', t.Keys).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        OrNode o => "(" + string.Join(" OR ", o.Children.Select(c => c is NotNode
            ? throw new StoreException("NOT cannot be an alternative of OR; write 'a -b' or 'a OR b' instead")
            : Fts5(c))) + ")",
        AndNode a => Fts5And(a),
        NotNode => throw new StoreException("a query needs at least one word that is not negated"),
        _ => throw new InvalidOperationException("unknown query node"),
    };

    private static string Fts5And(AndNode a)
    {
        var positives = a.Children.Where(c => c is not NotNode).Select(Fts5).ToList();
        var negatives = a.Children.OfType<NotNode>().Select(n => Fts5(n.Child)).ToList();
        if (positives.Count == 0)
        {
            throw new StoreException("a query needs at least one word that is not negated");
        }

        var sb = new StringBuilder("(").Append(string.Join(" AND ", positives)).Append(')');
        foreach (var n in negatives)
        {
            sb.Append(" NOT ").Append(n);
        }

        return "(" + sb + ")";
    }

    private static string Ts(QueryNode node) => node switch
    {
        TermNode t => t.Keys.Count == 1 ? Lexeme(t.Keys[0]) : "(" + string.Join(" <-> ", t.Keys.Select(Lexeme)) + ")",
        OrNode o => "(" + string.Join(" | ", o.Children.Select(Ts)) + ")",
        AndNode a => "(" + string.Join(" & ", a.Children.Select(Ts)) + ")",
        NotNode n => "!" + Ts(n.Child),
        _ => throw new InvalidOperationException("unknown query node"),
    };

    private static string Lexeme(string key) => "'" + key.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'";

    private static void Collect(QueryNode node, bool negated, HashSet<string> keys)
    {
        switch (node)
        {
            case TermNode t when !negated:
                keys.UnionWith(t.Keys);
                break;
            case NotNode n:
                Collect(n.Child, !negated, keys);
                break;
            case AndNode a:
                a.Children.ForEach(c => Collect(c, negated, keys));
                break;
            case OrNode o:
                o.Children.ForEach(c => Collect(c, negated, keys));
                break;
        }
    }

    private static int CountTerms(QueryNode node) => node switch
    {
        TermNode t => t.Keys.Count,
        NotNode n => CountTerms(n.Child),
        AndNode a => a.Children.Sum(CountTerms),
        OrNode o => o.Children.Sum(CountTerms),
        _ => 0,
    };

    private static bool HasPositive(QueryNode node) => node switch
    {
        TermNode => true,
        NotNode => false,
        AndNode a => a.Children.Any(HasPositive),
        OrNode o => o.Children.All(HasPositive),
        _ => false,
    };

    private enum Kind { Word, Phrase, And, Or, Not, Open, Close }

    private readonly record struct Lexeme_(Kind Kind, string Text);

    private static List<Lexeme_> Lex(string text)
    {
        var tokens = new List<Lexeme_>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '«' or '“')
            {
                var close = c switch { '«' => '»', '“' => '”', _ => '"' };
                var end = text.IndexOf(close, i + 1);
                if (end < 0)
                {
                    end = text.Length;
                }

                tokens.Add(new(Kind.Phrase, text[(i + 1)..end]));
                i = Math.Min(text.Length, end + 1);
            }
            else if (c == '(')
            {
                tokens.Add(new(Kind.Open, "("));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new(Kind.Close, ")"));
                i++;
            }
            else if (c == '|')
            {
                tokens.Add(new(Kind.Or, "|"));
                i++;
            }
            else if (c == '-' && (i + 1 < text.Length) && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('))
            {
                tokens.Add(new(Kind.Not, "-"));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '«' or '»' or '|'))
                {
                    i++;
                }

                if (i == start)
                {
                    // A stray closing quote (» ”) starts nothing: step over it.
                    i++;
                    continue;
                }

                var word = text[start..i];
                tokens.Add(word switch
                {
                    "AND" => new(Kind.And, word),
                    "OR" or "أو" => new(Kind.Or, word),
                    "NOT" => new(Kind.Not, word),
                    _ => new(Kind.Word, word),
                });
            }
        }

        return tokens;
    }

    private sealed class Parser(List<Lexeme_> tokens)
    {
        // Parentheses and NOTs nest; 12 keeps the densest FTS5 translation (three parentheses, AND, OR and NOT per
        // level) inside SQLite's FTS5 parser stack, which overflows at 14 such levels ("fts5: parser stack overflow").
        private const int MaxDepth = 12;
        private int _pos;
        private int _depth;

        public QueryNode? ParseOr()
        {
            var children = new List<QueryNode>();
            var first = ParseAnd();
            if (first is not null)
            {
                children.Add(first);
            }

            while (Peek(Kind.Or))
            {
                _pos++;
                if (ParseAnd() is { } next)
                {
                    children.Add(next);
                }
            }

            return children.Count switch { 0 => null, 1 => children[0], _ => new OrNode(children) };
        }

        private QueryNode? ParseAnd()
        {
            var children = new List<QueryNode>();
            while (_pos < tokens.Count && !Peek(Kind.Or) && !Peek(Kind.Close))
            {
                if (Peek(Kind.And))
                {
                    _pos++;
                    continue;
                }

                if (ParseUnary() is { } node)
                {
                    children.Add(node);
                }
            }

            return children.Count switch { 0 => null, 1 => children[0], _ => new AndNode(children) };
        }

        private QueryNode? ParseUnary()
        {
            if (Peek(Kind.Not))
            {
                _pos++;
                // "NOT NOT NOT …" recurses here and in every translation: bounded like parentheses.
                if (++_depth > MaxDepth)
                {
                    throw new StoreException($"a query may nest NOT and parentheses at most {MaxDepth} deep");
                }

                var child = ParseUnary();
                _depth--;
                return child is { } c ? new NotNode(c) : null;
            }

            // «word NOT» (a trailing operator) has nothing left to read.
            if (_pos >= tokens.Count)
            {
                return null;
            }

            var token = tokens[_pos++];
            switch (token.Kind)
            {
                case Kind.Open:
                    // Each parenthesis is three frames of recursion: a query of "((((…" must not overflow the stack.
                    if (++_depth > MaxDepth)
                    {
                        throw new StoreException($"a query may nest parentheses and NOT at most {MaxDepth} deep");
                    }

                    var inner = ParseOr();
                    _depth--;
                    if (Peek(Kind.Close))
                    {
                        _pos++;
                    }

                    return inner;
                case Kind.Close:
                    return null;
                default:
                    var keys = SearchTerms.ForIndex(token.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return keys.Length == 0 ? null : new TermNode(keys);
            }
        }

        private bool Peek(Kind kind) => _pos < tokens.Count && tokens[_pos].Kind == kind;
    }
}

public abstract record QueryNode;

/// <summary>One word, or a phrase when it has several keys.</summary>
public sealed record TermNode(IReadOnlyList<string> Keys) : QueryNode;

public sealed record AndNode(List<QueryNode> Children) : QueryNode;

public sealed record OrNode(List<QueryNode> Children) : QueryNode;

public sealed record NotNode(QueryNode Child) : QueryNode;
