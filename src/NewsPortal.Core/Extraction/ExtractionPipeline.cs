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
    SubjectResolver subjects)
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
            new SubjectResolver(cues));
    }

    public ParsedArticle Extract(ParsedArticle article)
    {
        var text = new ArticleText(article);
        var orgs = organizations.Find(text.Text);
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
            districtMentions.Select(d => d with { Name = d.Printed }).Concat(orgs));
        return article with { Entities = entities, Figures = Figures(text, subjectCandidates, article.EventDate?.Year) };
    }

    private List<Figure> Figures(ArticleText text, IReadOnlyList<Mention> subjectCandidates, int? year)
    {
        var periodMentions = periods.FindAll(text.Text);
        var result = new List<Figure>();
        var seen = new HashSet<(decimal, string, string?)>();
        var headline = new HashSet<(decimal, string)>();
        foreach (var found in figures.Find(text))
        {
            var measure = measures.Read(text, found, periodMentions);
            if (!seen.Add((found.BaseValue, found.BaseUnit, measure))) continue;
            var inHeadline = found.Start < text.HeadlineLength;
            if (inHeadline) headline.Add((found.BaseValue, found.BaseUnit));
            else if (headline.Remove((found.BaseValue, found.BaseUnit))) continue;
            result.Add(new Figure
            {
                Span = text.Verbatim(found.Start, found.End),
                Offset = text.OriginalOffset(found.Start),
                Value = found.Value,
                Unit = found.Unit,
                BaseValue = found.BaseValue,
                BaseUnit = found.BaseUnit,
                Measure = measure,
                Subject = subjects.For(text, subjectCandidates, found),
                Period = PeriodFinder.For(text, periodMentions, found.Start),
                Kind = classifier.Kind(text, found),
                Status = classifier.Status(text, found, year),
            });
        }
        return result;
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
