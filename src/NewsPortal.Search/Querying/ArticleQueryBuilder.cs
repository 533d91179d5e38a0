using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Querying;

/// <summary>A Lucene query ready to run, with what the highlighter should mark; disposed when its search ends.</summary>
/// <param name="IsScored">False when nothing in the query ranks (only filters): hits then come newest first.</param>
/// <param name="MatchesNothing">True when the query can have no hits (nothing searchable, empty date range).</param>
/// <param name="Buffers">The pooled arrays its scorers use, handed back on <see cref="Dispose"/>.</param>
internal sealed record ArticleQuery(Query Query, bool IsScored, bool MatchesNothing, IReadOnlyList<QueryPhrase> Highlights, IReadOnlyList<QueryNote> Notes, UnionBuffers Buffers) : IDisposable
{
    /// <summary>
    /// The query's one clause when it is a word of several terms and nothing else (no other word, filter, exclusion or
    /// date range): its matches are the word's, scored as the word scores them, so the search may collect them in the
    /// word's own loop (<see cref="WordQuery.WordWeight.Collect"/>).
    /// </summary>
    public WordQuery? OnlyWord =>
        Query is BooleanQuery { Clauses: [{ Occur: Occur.MUST, Query: WordQuery word }] } ? word : null;

    public void Dispose() => Buffers.Dispose();
}

/// <summary>Turns a <see cref="UserQuery"/> and the request's filters into one Lucene query.</summary>
internal sealed class ArticleQueryBuilder(Analyzer analyzer)
{
    private static readonly IReadOnlyDictionary<string, string> FacetFields =
        ArticleFields.Filterable.ToDictionary(f => f, f => f, StringComparer.OrdinalIgnoreCase);

    /// <param name="checkedPerHit">Facets whose request filters the caller checks on each match (drill sideways), left out of the query.</param>
    public ArticleQuery Build(UserQuery user, SearchRequest request, IndexReader reader, IReadOnlyCollection<string>? checkedPerHit = null)
    {
        var notes = new List<QueryNote>(user.Notes);
        var highlights = new List<QueryPhrase>();
        var buffers = new UnionBuffers();
        var query = new BooleanQuery(disableCoord: true);
        bool scored = false;
        bool lostText = false;

        foreach (var group in user.Groups)
        {
            var alternatives = new List<Query>();
            foreach (var clause in group)
            {
                if (clause.IsFilter)
                {
                    alternatives.Add(Unscored(FilterQuery(clause.Field!, clause.Text, reader)));
                    continue;
                }
                var phrase = QueryPhrase.Analyze(analyzer, ArticleFields.Text, clause.Text);
                if (phrase.IsEmpty)
                {
                    lostText = true;
                    continue;
                }
                alternatives.Add(TextQuery(phrase, TrigramCover.Of(analyzer, clause.Text, phrase), buffers));
                highlights.Add(phrase);
                scored = true;
            }
            if (alternatives.Count == 1)
            {
                query.Add(alternatives[0], Occur.MUST);
            }
            else if (alternatives.Count > 1)
            {
                var any = new BooleanQuery(disableCoord: true);
                foreach (var alternative in alternatives)
                {
                    any.Add(alternative, Occur.SHOULD);
                }
                query.Add(any, Occur.MUST);
            }
        }

        foreach (var clause in user.Excluded)
        {
            if (clause.IsFilter)
            {
                query.Add(FilterQuery(clause.Field!, clause.Text, reader), Occur.MUST_NOT);
                continue;
            }
            var phrase = QueryPhrase.Analyze(analyzer, ArticleFields.Text, clause.Text);
            if (!phrase.IsEmpty)
            {
                query.Add(Anywhere(phrase, TrigramCover.Of(analyzer, clause.Text, phrase), buffers), Occur.MUST_NOT);
            }
        }

        bool filteredPerHit = AddRequestFilters(query, request, notes, checkedPerHit ?? []);

        var dates = user.Dates;
        if (request.From is not null || request.To is not null)
        {
            var requested = new DateRange(request.From, request.To);
            dates = dates is null ? requested : dates.Intersect(requested);
        }
        bool matchesNothing = false;
        if (dates is not null)
        {
            if (dates.IsEmpty)
            {
                notes.Add(QueryNote.DateRangeEmpty);
                matchesNothing = true;
            }
            query.Add(Unscored(NumericRangeQuery.NewInt32Range(
                ArticleFields.Date,
                dates.From is { } from ? ArticleFields.DateKey(from) : null,
                dates.To is { } to ? ArticleFields.DateKey(to) : null,
                minInclusive: true,
                maxInclusive: true)), Occur.MUST);
        }

        // Something was typed and none of it is usable (only punctuation or operators): showing everything would mislead.
        matchesNothing |= user.Groups.Count == 0 && user.Excluded.Count == 0 && user.Notes.Contains(QueryNote.NothingSearchable);

        if (lostText && !scored)
        {
            notes.Add(QueryNote.NothingSearchable);
            // The user typed words and none of them is searchable: showing everything would mislead.
            matchesNothing |= user.Groups.All(g => g.All(c => !c.IsFilter));
        }

        if (!query.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            // Scored 0 when it stands for filters checked per hit, as the filters' own clauses would be.
            query.Add(filteredPerHit ? Unscored(new MatchAllDocsQuery()) : new MatchAllDocsQuery(), Occur.MUST);
        }

        return new ArticleQuery(query, scored, matchesNothing, highlights, notes.Distinct().ToList(), buffers);
    }

    /// <summary>A word or phrase in the article's text or entity names, scoring extra when it is in the title.</summary>
    /// <remarks>The title clause is optional, so it is only evaluated on documents the others matched.</remarks>
    /// <param name="trigrams">The word's trigrams and junctions when it is made of Han runs (<see cref="TrigramCover"/>): matched through them.</param>
    private static Query TextQuery(QueryPhrase phrase, IReadOnlyList<IReadOnlyList<(Term Term, int Position)>>? trigrams, UnionBuffers buffers)
    {
        if (phrase.Terms.Count > 1)
        {
            return new WordQuery(phrase, trigrams, buffers); // the same, with the title's matches read from the text's positions
        }
        var names = InNames(phrase, buffers);
        names.Boost = ArticleFields.NamesBoost;
        var title = Exactly(ArticleFields.Title, phrase);
        title.Boost = ArticleFields.TitleBoost;
        return new BooleanQuery(disableCoord: true)
        {
            { new BooleanQuery(disableCoord: true) { { Exactly(ArticleFields.Text, phrase), Occur.SHOULD }, { names, Occur.SHOULD } }, Occur.MUST },
            { title, Occur.SHOULD },
        };
    }

    /// <summary>What an excluded word must not match: the text or the entity names.</summary>
    private static Query Anywhere(QueryPhrase phrase, IReadOnlyList<IReadOnlyList<(Term Term, int Position)>>? trigrams, UnionBuffers buffers) => new BooleanQuery(disableCoord: true)
    {
        { phrase.Terms.Count > 1 ? InText(phrase, countsTitle: false, trigrams) : Exactly(ArticleFields.Text, phrase), Occur.SHOULD },
        { InNames(phrase, buffers), Occur.SHOULD },
    };

    /// <summary>The phrase among the article's entity names (see <see cref="NamesPhraseQuery"/>).</summary>
    private static Query InNames(QueryPhrase phrase, UnionBuffers buffers) =>
        phrase.Terms.Count == 1 ? Exactly(ArticleFields.Names, phrase) : new NamesPhraseQuery(phrase, buffers);

    /// <summary>A phrase of several terms in the text, found through its trigrams and junctions when it has them, scored as in the text.</summary>
    internal static ExactPhraseQuery InText(QueryPhrase phrase, bool countsTitle, IReadOnlyList<IReadOnlyList<(Term Term, int Position)>>? trigrams) =>
        new(phrase.Terms.Select(term => (new Term(ArticleFields.Text, term.Term), term.Position)).ToList(), countsTitle, trigrams);

    /// <summary>The phrase's terms at their relative positions in one field (a term query for one term).</summary>
    private static Query Exactly(string field, QueryPhrase phrase)
    {
        if (phrase.Terms.Count == 1)
        {
            return new TermQuery(new Term(field, phrase.Terms[0].Term));
        }
        return new ExactPhraseQuery(phrase.Terms.Select(term => (new Term(field, term.Term), term.Position)).ToList());
    }

    /// <summary>The exact keyword, or every keyword starting with it when none equals it (district:江北 finds 江北区).</summary>
    private static Query FilterQuery(string field, string value, IndexReader reader)
    {
        var term = new Term(field, value.Trim());
        return reader.DocFreq(term) > 0 ? new TermQuery(term) : new PrefixQuery(term);
    }

    private static Query Unscored(Query query) => new ConstantScoreQuery(query) { Boost = 0f };

    /// <returns>True when a filter was left to the caller (<paramref name="checkedPerHit"/>).</returns>
    private static bool AddRequestFilters(BooleanQuery query, SearchRequest request, List<QueryNote> notes, IReadOnlyCollection<string> checkedPerHit)
    {
        bool left = false;
        if (request.Filters is null)
        {
            return left;
        }
        foreach (var (name, values) in request.Filters)
        {
            var wanted = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (wanted.Count == 0)
            {
                continue;
            }
            if (!FacetFields.TryGetValue(name, out string? field))
            {
                notes.Add(QueryNote.UnknownFilter);
                continue;
            }
            if (checkedPerHit.Contains(field))
            {
                left = true;
                continue;
            }
            var any = new BooleanQuery(disableCoord: true);
            foreach (string value in wanted)
            {
                any.Add(new TermQuery(new Term(field, value.Trim())), Occur.SHOULD);
            }
            query.Add(Unscored(any), Occur.MUST);
        }
        return left;
    }
}
