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
    UnitTable units,
    SharedScan scan)
{
    public static ExtractionPipeline Load()
    {
        var districtList = ReferenceList.Load("districts.json");
        var cues = FigureCues.Load();
        var units = UnitTable.Load();
        // The finders that read every character register their tables here, so one pass serves them all.
        var scan = new SharedScan();
        return new ExtractionPipeline(
            new OrganizationFinder(OrganizationRules.Load(), districtList, scan),
            new DistrictGazetteer(districtList, PlaceTable.Load(), scan),
            new ClusterGazetteer(ReferenceList.Load("clusters.json"), ClusterContext.Load(), scan),
            new IndustryFinder(IndustryRules.Load(), IndustryVocabulary.Default, ReferenceList.Load("clusters.json"), scan),
            new PersonFinder(PersonRules.Load(), scan),
            new FigureFinder(units, cues, scan),
            new FigureClassifier(cues),
            new PeriodFinder(PeriodPatterns.Load()),
            new MeasureReader(MeasureRules.Load()),
            new SubjectResolver(cues, ReferenceList.Load("regions.json"), scan),
            units,
            scan);
    }

    public ParsedArticle Extract(ParsedArticle article)
    {
        var text = new ExtractionText(article);
        using var marks = scan.Scan(text.Text);
        var named = organizations.Find(text.Text, marks);
        var orgs = new List<Mention>(named.Count);
        var business = new List<Mention>();
        foreach (var o in named)
        {
            if (o.Venue) continue;
            orgs.Add(o);
            if (o.Business) business.Add(o);
        }
        var districtMentions = districts.Find(text.Text, marks, business);
        var clusterMentions = clusters.Find(text, marks, orgs);
        var industryMentions = industries.Find(text.Text, marks, orgs);
        // An industry is stored by its canonical vocabulary entry; the printed names stay with the article.
        var canonicalIndustries = new List<Mention>(industryMentions.Count);
        foreach (var m in industryMentions)
        {
            if (m.Canonical is { } c) canonicalIndustries.Add(new Mention(c, m.Start, m.End, m.Printed));
        }
        var personMentions = people.Find(text.Text, marks, article.Reporters, orgs);

        var entities = new ArticleEntities(
            Count(districtMentions, namedOnly: true),
            Count(clusterMentions),
            Count(canonicalIndustries),
            Count(orgs),
            Count(personMentions));

        var subjectCandidates = subjects.Candidates(text.Text, marks,
            districtMentions.Select(d => d with { Name = d.Printed }).ToList(), named);
        return article with { Entities = entities, IndustriesAsPrinted = [.. industryMentions.Select(m => m.Printed)], Figures = Figures(text, marks, subjectCandidates, personMentions, article.EventDate?.Year) };
    }

    /// <summary>An age (41岁的苏中明) is about the person named right after it.</summary>
    private string? PersonAfter(ExtractionText text, FoundFigure found, IReadOnlyList<Mention> personMentions)
    {
        if (!units.PersonalUnits.Contains(found.BaseUnit)) return null;
        return personMentions.FirstOrDefault(p => p.Start >= found.End && p.Start - found.End <= 2).Name;
    }

    private List<Figure> Figures(ExtractionText text, in ScanPositions marks, IReadOnlyList<Mention> subjectCandidates, IReadOnlyList<Mention> personMentions, int? year)
    {
        var found = figures.Find(text, marks);
        var result = new List<Figure>();
        if (found.Count == 0) return result;
        // Periods matter only in the paragraphs that hold figures, so only those are searched.
        var periodMentions = periods.FindAll(text.Text, Windows(text, found));
        var kept = new Dictionary<(decimal, string), List<KeptFigure>>();
        ListedFigure? previous = null;
        foreach (var figure in found)
        {
            if (previous is { } p && p.End <= text.SentenceStart(figure.Start)) previous = null;
            var reading = measures.Read(text, figure, periodMentions, subjectCandidates, previous);
            var measure = reading.Measure;
            previous = new ListedFigure(figure.End, figure.BaseUnit, measure, reading.Owner);
            var noun = MeasureReader.NounAfter(text, figure);
            var unit = units.CountedAs(figure.BaseUnit);
            var keptFigure = new KeptFigure(figure.Start < text.HeadlineLength, text.SentenceStart(figure.Start), measure, noun);
            if (!kept.TryGetValue((figure.BaseValue, unit), out var same)) kept[(figure.BaseValue, unit)] = same = [];
            // A repeat is the headline's figure or one printed not long before; older ones are not compared,
            // which keeps a page of many equal numbers linear.
            if (IsRepeatOfAny(same, keptFigure)) continue;
            same.Add(keptFigure);
            var kind = classifier.Kind(text, figure);
            result.Add(new Figure
            {
                Span = text.Verbatim(figure.Start, figure.End),
                Offset = text.OriginalOffset(figure.Start),
                Value = figure.Value,
                Unit = figure.Unit,
                BaseValue = figure.BaseValue,
                BaseUnit = figure.BaseUnit,
                Measure = measure,
                Qualifier = reading.Qualifier,
                Subject = PersonAfter(text, figure, personMentions) ?? subjects.For(text, subjectCandidates, figure),
                Period = periods.Normalise(PeriodFinder.For(text, periodMentions, figure.Start), year),
                Kind = kind,
                Family = MeasureFamilies.Default.Of(measure, kind),
                Status = classifier.Status(text, figure, year),
            });
        }
        return result;
    }

    private const int RepeatWindow = 32;

    private static bool IsRepeatOfAny(List<KeptFigure> same, KeptFigure figure)
    {
        for (var i = 0; i < same.Count; i++)
        {
            if ((same[i].Headline || i >= same.Count - RepeatWindow) && IsRepeat(same[i], figure)) return true;
        }
        return false;
    }

    /// <summary>From each figure's paragraph start to the figure, merged where they overlap.</summary>
    private static List<(int Start, int End)> Windows(ExtractionText text, IReadOnlyList<FoundFigure> found)
    {
        var windows = new List<(int Start, int End)>();
        foreach (var f in found)
        {
            var start = text.ParagraphStart(f.Start);
            if (windows.Count > 0 && start <= windows[^1].End) windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, f.End));
            else windows.Add((start, f.End));
        }
        return windows;
    }

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

    /// <summary>Mentions grouped by name in order of first mention, each with its count and distinct printed aliases.</summary>
    private static List<EntityMention> Count(IReadOnlyList<Mention> mentions, bool namedOnly = false)
    {
        if (mentions.Count == 0) return [];
        var names = new List<string>();
        var groups = new Dictionary<string, (int Count, List<string>? Aliases)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (namedOnly && m.Name.Length == 0) continue;
            ref var g = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, m.Name, out var exists);
            if (!exists) names.Add(m.Name);
            g.Count++;
            if (!string.Equals(m.Printed, m.Name, StringComparison.Ordinal) && !(g.Aliases?.Contains(m.Printed) ?? false)) (g.Aliases ??= []).Add(m.Printed);
        }
        var result = new List<EntityMention>(names.Count);
        foreach (var name in names)
        {
            var g = groups[name];
            result.Add(new EntityMention(name, g.Count, g.Aliases));
        }
        return result;
    }
}
