using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>The finders wired together over one article's text; built once from the data tables.</summary>
internal sealed class ExtractionPipeline(
    OrganizationFinder organizations,
    DistrictGazetteer districts,
    ClusterGazetteer clusters,
    IndustryFinder industries,
    PersonFinder people,
    FigureFinder figures,
    FigureClassifier classifier,
    PeriodFinder periods,
    MeasureReader measures,
    SubjectResolver subjects,
    UnitTable units)
{
    public static ExtractionPipeline Load()
    {
        var districtList = ReferenceList.Load("districts.json");
        var cues = FigureCues.Load();
        var units = UnitTable.Load();
        return new ExtractionPipeline(
            new OrganizationFinder(OrganizationRules.Load(), districtList),
            new DistrictGazetteer(districtList, PlaceTable.Load()),
            new ClusterGazetteer(ReferenceList.Load("clusters.json"), ClusterContext.Load()),
            new IndustryFinder(IndustryRules.Load()),
            new PersonFinder(PersonRules.Load()),
            new FigureFinder(units, cues),
            new FigureClassifier(cues),
            new PeriodFinder(PeriodPatterns.Load()),
            new MeasureReader(cues),
            new SubjectResolver(cues, ReferenceList.Load("regions.json")),
            units);
    }

    public ParsedArticle Extract(ParsedArticle article)
    {
        var text = new ExtractionText(article);
        var named = organizations.Find(text.Text);
        var orgs = named.Where(o => !o.Venue).ToList();
        var business = orgs.Where(o => o.Business).ToList();
        var districtMentions = districts.Find(text.Text, business);
        var clusterMentions = clusters.Find(text, orgs);
        var industryMentions = industries.Find(text.Text);
        var personMentions = people.Find(text.Text, article.Reporters.ToHashSet(), orgs);

        var entities = new ArticleEntities(
            Count(districtMentions.Where(d => d.Name.Length > 0)),
            Count(clusterMentions),
            Count(industryMentions),
            Count(orgs),
            Count(personMentions));

        var subjectCandidates = subjects.Candidates(text.Text,
            districtMentions.Select(d => d with { Name = d.Printed }).ToList(), named);
        return article with { Entities = entities, Figures = Figures(text, subjectCandidates, personMentions, article.EventDate?.Year) };
    }

    /// <summary>An age (41岁的苏中明) is about the person named right after it.</summary>
    private string? PersonAfter(ExtractionText text, FoundFigure found, IReadOnlyList<Mention> personMentions)
    {
        if (!units.PersonalUnits.Contains(found.BaseUnit)) return null;
        return personMentions.FirstOrDefault(p => p.Start >= found.End && p.Start - found.End <= 2).Name;
    }

    private List<Figure> Figures(ExtractionText text, IReadOnlyList<Mention> subjectCandidates, IReadOnlyList<Mention> personMentions, int? year)
    {
        var periodMentions = periods.FindAll(text.Text);
        var result = new List<Figure>();
        var kept = new Dictionary<(decimal, string), List<KeptFigure>>();
        var previousEnd = 0;
        foreach (var found in figures.Find(text))
        {
            var measure = measures.Read(text, found, periodMentions, previousEnd);
            previousEnd = found.End;
            var noun = MeasureReader.NounAfter(text, found);
            var unit = units.CountedAs(found.BaseUnit);
            var figure = new KeptFigure(found.Start < text.HeadlineLength, text.SentenceStart(found.Start), measure, noun);
            if (!kept.TryGetValue((found.BaseValue, unit), out var same)) kept[(found.BaseValue, unit)] = same = [];
            // A repeat is the headline's figure or one printed not long before; older ones are not compared,
            // which keeps a page of many equal numbers linear.
            if (same.Where((k, i) => k.Headline || i >= same.Count - RepeatWindow).Any(k => IsRepeat(k, figure))) continue;
            same.Add(figure);
            result.Add(new Figure
            {
                Span = text.Verbatim(found.Start, found.End),
                Offset = text.OriginalOffset(found.Start),
                Value = found.Value,
                Unit = found.Unit,
                BaseValue = found.BaseValue,
                BaseUnit = found.BaseUnit,
                Measure = measure,
                Subject = PersonAfter(text, found, personMentions) ?? subjects.For(text, subjectCandidates, found),
                Period = PeriodFinder.For(text, periodMentions, found.Start),
                Kind = classifier.Kind(text, found),
                Status = classifier.Status(text, found, year),
            });
        }
        return result;
    }

    private const int RepeatWindow = 32;

    /// <summary>What is remembered of a listed figure to recognise it printed again.</summary>
    private sealed record KeptFigure(bool Headline, int Sentence, string? Measure, string Noun);

    /// <summary>
    /// The same quantity printed again: with the same measure, the same noun after it, one's measure
    /// naming the other's noun, or a body figure repeating the headline.
    /// </summary>
    private static bool IsRepeat(KeptFigure earlier, KeptFigure figure)
    {
        if (earlier.Headline && !figure.Headline) return true;
        // Within one sentence, figures sharing words around them are a list (100项…、100项…), not a repeat.
        if (earlier.Sentence == figure.Sentence) return false;
        var (measure, noun) = (figure.Measure, figure.Noun);
        if (measure is { Length: > 0 } && earlier.Measure == measure) return true;
        if (noun.Length >= 2 && earlier.Noun.Length >= 2 && (noun.StartsWith(earlier.Noun, StringComparison.Ordinal) || earlier.Noun.StartsWith(noun, StringComparison.Ordinal))) return true;
        return measure is { Length: >= 2 } && earlier.Noun.Length >= 2 && (measure.EndsWith(earlier.Noun, StringComparison.Ordinal) || earlier.Noun.StartsWith(measure, StringComparison.Ordinal))
            || earlier.Measure is { Length: >= 2 } em && noun.Length >= 2 && (em.EndsWith(noun, StringComparison.Ordinal) || noun.StartsWith(em, StringComparison.Ordinal));
    }

    private static List<EntityMention> Count(IEnumerable<Mention> mentions) =>
        mentions.GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => new EntityMention(g.Key, g.Count(), Aliases(g)))
            .ToList();

    private static IReadOnlyList<string>? Aliases(IGrouping<string, Mention> group)
    {
        var aliases = group.Select(m => m.Printed).Where(p => p != group.Key).Distinct().ToList();
        return aliases.Count > 0 ? aliases : null;
    }
}
