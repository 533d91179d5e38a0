using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsPortal.Search.Analysis;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Querying;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests.Querying;

/// <summary>
/// <see cref="ExactPhraseQuery"/> against Lucene's <see cref="PhraseQuery"/> over the real seed articles in several
/// segments, some of them deleted: the same documents with the same scores, for words cut from the articles' own text and for words
/// whose bigrams all occur but never in a row.
/// </summary>
public sealed class ExactPhraseQueryTests : IDisposable
{
    private readonly ChineseAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public ExactPhraseQueryTests()
    {
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, _analyzer) { Similarity = new BM25Similarity(), MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var chunk in SeedCorpus.Articles.Chunk(40))
            {
                writer.AddDocuments(chunk.Select(ArticleDocumentMapper.ToLucene));
                writer.Commit();
            }
            // Deleted documents stay in their segments: every query must skip them as Lucene's own do.
            writer.DeleteDocuments(SeedCorpus.Articles.Where((_, i) => i % 5 == 2).Select(a => ArticleDocumentMapper.IdKey(a.Id)).ToArray());
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Pieces of 2 to 9 characters of the seed texts at spread-out places, frequent words (many occurrences a document), scrambled words.</summary>
    public static TheoryData<string> Words() => Distinct(WordList());

    /// <summary>The names' pieces and the words, each once (xunit runs a repeated case only once and says so).</summary>
    public static TheoryData<string> NamePiecesAndWords() => Distinct(NamePieceList().Concat(WordList()));

    public static TheoryData<string> WordsButTrigramExamples() => Distinct(WordList(), "新能源", "智能网联新能源汽车");

    public static TheoryData<string> NamePiecesAndWordsButChongqing() => Distinct(NamePieceList().Concat(WordList()), "重庆");

    /// <summary>Each value once, in first-seen order; extra values the theory lists inline are left out here.</summary>
    private static TheoryData<string> Distinct(IEnumerable<string> values, params string[] inline)
    {
        var data = new TheoryData<string>();
        foreach (var value in values.Distinct(StringComparer.Ordinal).Except(inline, StringComparer.Ordinal)) data.Add(value);
        return data;
    }

    private static List<string> WordList()
    {
        var words = new List<string>();
        var random = new Random(7);
        foreach (var article in SeedCorpus.Articles.Where((_, i) => i % 2 == 0))
        {
            string text = article.Title + article.Body;
            int length = random.Next(2, 10);
            if (text.Length > length)
            {
                words.Add(text.Substring(random.Next(text.Length - length), length));
            }
        }
        foreach (string frequent in new[] { "重庆市", "制造业", "高质量发展", "产业链", "新能源", "智能网联", "2024年" })
        {
            words.Add(frequent);
        }
        foreach (string scrambled in new[] { "创新产业", "汽车新能源", "通办跨省", "重庆重庆", "产业产业", "发展 经济" })
        {
            words.Add(scrambled);
        }
        return words;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Matches_and_scores_as_lucenes_phrase_query(string word)
    {
        var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, word);
        if (phrase.Terms.Count < 2)
        {
            return; // a single term is a term query, not a phrase
        }
        foreach (string field in new[] { ArticleFields.Text, ArticleFields.Title, ArticleFields.Names })
        {
            var lucene = new PhraseQuery { Boost = 0.5f };
            foreach (var term in phrase.Terms)
            {
                lucene.Add(new Term(field, term.Term), term.Position);
            }
            var ours = new ExactPhraseQuery(phrase.Terms.Select(t => (new Term(field, t.Term), t.Position)).ToList()) { Boost = 0.5f };

            var expected = _searcher.Search(lucene, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);
            var actual = _searcher.Search(ours, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);

            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Entity names of the seed articles, whole and cut (a name inside longer names, several in one article).</summary>
    public static TheoryData<string> NamePieces() => Distinct(NamePieceList());

    private static List<string> NamePieceList()
    {
        var pieces = new List<string>();
        var names = SeedCorpus.Articles
            .SelectMany(a => a.Districts.Concat(a.Clusters).Concat(a.Industries).Concat(a.Organizations).Concat(a.People))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (string name in names.Where((_, i) => i % 4 == 0))
        {
            pieces.Add(name);
            if (name.Length >= 4)
            {
                pieces.Add(name[..3]);
                pieces.Add(name[^3..]);
            }
        }
        return pieces;
    }

    [Theory]
    [MemberData(nameof(NamePiecesAndWords))]
    public void Names_phrase_matches_and_scores_as_lucenes_phrase_query_on_the_names_field(string word)
    {
        var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, word);
        if (phrase.Terms.Count < 2)
        {
            return;
        }
        var lucene = new PhraseQuery { Boost = ArticleFields.NamesBoost };
        foreach (var term in phrase.Terms)
        {
            lucene.Add(new Term(ArticleFields.Names, term.Term), term.Position);
        }
        var ours = new NamesPhraseQuery(phrase) { Boost = ArticleFields.NamesBoost };

        var expected = _searcher.Search(lucene, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);
        var actual = _searcher.Search(ours, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);

        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// A query word reads its title matches from the text's first positions: the same documents and the same scores,
    /// to the bit, as the clauses it replaced (text or names phrase, required; title phrase, optional), in one query
    /// and beside another word.
    /// </summary>
    [Theory]
    [MemberData(nameof(NamePiecesAndWordsButChongqing))]
    [InlineData("重庆")]
    public void A_word_scores_as_its_text_names_and_title_phrase_clauses(string word)
    {
        var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, word);
        if (phrase.Terms.Count < 2)
        {
            return;
        }
        Query Phrase(string field, float boost)
        {
            var query = new PhraseQuery { Boost = boost };
            foreach (var term in phrase.Terms)
            {
                query.Add(new Term(field, term.Term), term.Position);
            }
            return query;
        }
        var clauses = new BooleanQuery(disableCoord: true)
        {
            { new BooleanQuery(disableCoord: true) { { Phrase(ArticleFields.Text, 1f), Occur.SHOULD }, { Phrase(ArticleFields.Names, ArticleFields.NamesBoost), Occur.SHOULD } }, Occur.MUST },
            { Phrase(ArticleFields.Title, ArticleFields.TitleBoost), Occur.SHOULD },
        };
        var other = new TermQuery(new Term(ArticleFields.Text, "发展"));

        var trigrams = TrigramCover.Of(_analyzer, word, phrase);
        foreach (var (expectedQuery, actualQuery) in new (Query, Query)[]
        {
            (clauses, new WordQuery(phrase)),
            (clauses, new WordQuery(phrase, trigrams)),
            (new BooleanQuery(disableCoord: true) { { clauses, Occur.MUST }, { other, Occur.SHOULD } },
             new BooleanQuery(disableCoord: true) { { new WordQuery(phrase), Occur.MUST }, { other, Occur.SHOULD } }),
        })
        {
            var expected = _searcher.Search(expectedQuery, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);
            var actual = _searcher.Search(actualQuery, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(WordsButTrigramExamples))]
    [MemberData(nameof(RunsSideBySide))]
    [InlineData("新能源")]
    [InlineData("智能网联新能源汽车")]
    public void A_phrase_found_through_its_trigrams_matches_and_scores_as_lucenes_phrase_query(string word)
    {
        var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, word);
        var ways = TrigramCover.Of(_analyzer, word, phrase);
        if (ways is null)
        {
            return; // not Han runs of two or more characters side by side (one run of three or more)
        }
        var lucene = new PhraseQuery();
        foreach (var term in phrase.Terms)
        {
            lucene.Add(new Term(ArticleFields.Text, term.Term), term.Position);
        }
        var ours = new ExactPhraseQuery(phrase.Terms.Select(t => (new Term(ArticleFields.Text, t.Term), t.Position)).ToList(), matchedBy: ways);

        var expected = _searcher.Search(lucene, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);
        var actual = _searcher.Search(ours, _reader.MaxDoc).ScoreDocs.Select(hit => (hit.Doc, hit.Score)).OrderBy(hit => hit.Doc);

        Assert.Equal(expected, actual);
        Assert.All(ways, way => Assert.True(way.Count <= (ways.Count == 1 ? (phrase.Terms.Count + 1) / 2 : phrase.Terms.Count)));
    }

    /// <summary>Two or three runs of the seed texts with a comma, a stop or a space between, as typed in a quoted phrase; some also typed joined.
    /// The theory also takes <see cref="WordsButTrigramExamples"/>: a phrase that list has already is left out here.</summary>
    public static TheoryData<string> RunsSideBySide() => Distinct(RunsSideBySideList().Except(WordList(), StringComparer.Ordinal));

    private static List<string> RunsSideBySideList()
    {
        var phrases = new List<string> { "产业 创新", "发展 经济", "产业 创新 综合体", "智能 网联 新能源 汽车" };
        var random = new Random(11);
        foreach (var article in SeedCorpus.Articles)
        {
            var runs = System.Text.RegularExpressions.Regex.Matches(article.Body, @"\p{IsCJKUnifiedIdeographs}{2,}").ToList();
            for (int i = 0; i + 2 < runs.Count && phrases.Count < 120; i += 7)
            {
                // The end of one run, the start of the next one or two, where nothing but punctuation or spaces stand between.
                var (a, b, c) = (runs[i], runs[i + 1], runs[i + 2]);
                string Between(System.Text.RegularExpressions.Match x, System.Text.RegularExpressions.Match y) => article.Body[(x.Index + x.Length)..y.Index];
                if (Between(a, b).Any(char.IsLetterOrDigit))
                {
                    continue;
                }
                string head = a.Value[^Math.Min(a.Length, random.Next(2, 5))..];
                string next = b.Value[..Math.Min(b.Length, random.Next(2, 5))];
                phrases.Add(head + " " + next);
                if (next.Length == b.Length && !Between(b, c).Any(char.IsLetterOrDigit))
                {
                    phrases.Add(head + " " + next + " " + c.Value[..Math.Min(c.Length, random.Next(2, 4))]);
                }
            }
        }
        return phrases;
    }

    [Fact]
    public void Phrases_across_punctuation_are_found_through_their_junctions()
    {
        // Guards the theory above against runs that only ever stand joined in the text.
        var found = RunsSideBySideList().Count(word =>
        {
            var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, word);
            var ways = TrigramCover.Of(_analyzer, word, phrase)!;
            // The last way breaks the text wherever the phrase breaks: junctions, with trigrams only inside runs.
            var query = new ExactPhraseQuery(phrase.Terms.Select(t => (new Term(ArticleFields.Text, t.Term), t.Position)).ToList(), matchedBy: [ways[^1]]);
            return _searcher.Search(query, 1).TotalHits > 0;
        });
        Assert.True(found > 20, $"{found} phrases found across punctuation");
    }

    [Fact]
    public void Words_found_in_titles_get_the_title_boost()
    {
        // Guards the theory above against comparing words that are in no title.
        var titled = SeedCorpus.Articles.Where(a => (a.Title ?? "").Length >= 4).Select(a => a.Title![..4]).ToList();
        Assert.Contains(titled, title =>
        {
            var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, title);
            var titleOnly = new PhraseQuery();
            foreach (var term in phrase.Terms)
            {
                titleOnly.Add(new Term(ArticleFields.Title, term.Term), term.Position);
            }
            return phrase.Terms.Count > 1 && _searcher.Search(titleOnly, 1).TotalHits > 0;
        });
    }

    [Fact]
    public void Names_phrase_counts_a_name_held_in_several_articles_and_a_word_in_several_names()
    {
        // Guards the theory above against comparing empty results only.
        var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, "重庆市");
        var hits = _searcher.Search(new NamesPhraseQuery(phrase), _reader.MaxDoc);

        Assert.True(hits.TotalHits > 1);
    }

    [Fact]
    public void Words_cut_from_the_text_are_found()
    {
        // Guards the theory above against comparing empty results only.
        var phrase = QueryPhrase.Analyze(_analyzer, ArticleFields.Text, "先进制造业");
        var query = new ExactPhraseQuery(phrase.Terms.Select(t => (new Term(ArticleFields.Text, t.Term), t.Position)).ToList());

        Assert.True(_searcher.Search(query, 10).TotalHits > 1);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
