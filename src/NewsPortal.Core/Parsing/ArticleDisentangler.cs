namespace NewsPortal.Core.Parsing;

/// <summary>Two articles whose pieces a page prints in turn (their headlines stacked in one group, their bylines one
/// under the other, their paragraphs alternating) are assembled as one. The disentangler gives each headline its own
/// article and deals the paragraphs out by topic: each paragraph goes to the headline whose article (the headline and
/// the paragraphs dealt to it so far) it is most like, weighed by general-language term weights, until no paragraph
/// changes side. A paragraph cut at a column break stays with the text it continues; a byline stays with the text
/// under it.</summary>
internal sealed partial class ArticleDisentangler(ParsingKnowledge knowledge, TopicSimilarity similarity, CharacterStatistics characters, BlockPlaces places)
{
    private const int Rounds = 6;

    /// <summary>A headline group holding a second title that shares nothing with the rest of the group, over text
    /// with at least two openers (bylines, datelines): the second title takes the paragraphs that are about it. In a
    /// group the text restates line by line, the second headline may be several lines (a title with its deck), and the
    /// split chosen is the one whose two sides' texts best restate their own lines.</summary>
    public void SplitStackedHeadlines(List<ArticleDraft> drafts) => SplitStackedHeadlines(drafts, drafts.ToList());

    /// <summary>As above, for the given drafts only (a starved headline group of two titles, once it was fed its text).</summary>
    public void SplitStackedHeadlines(List<ArticleDraft> drafts, IReadOnlyList<ArticleDraft> among)
    {
        foreach (var draft in among)
        {
            if (draft.Headline is not { IsIndex: false, Blocks.Count: >= 2 } group || draft.IsEmpty) continue;
            // A paragraph opening with a date counts unless the draft's text ends with it: pieces printed out of place
            // go to the page's end, an article's own lead among them.
            var last = draft.Segments.LastOrDefault();
            var openers = draft.Segments.Sum(s => s.Blocks.Select((b, k) => new Atom(s, k)).Count(a => a.Opens && !(a.OpensByDateOnly && s == last)));
            var candidates = SecondTitles(group);
            // Without two openers only a title that names a district can be split off (checked before any dealing).
            if (candidates.Count == 0 || openers < 2 && !candidates.Any(c => c.Any(b => knowledge.Places.Find(b.Text).Count > 0))) continue;
            // A dateline under a reporter's line is kept apart from it: under two titles they are two articles' openers.
            var units = Units(draft.Segments, leadsApart: true);
            var best = ((Plan Plan, List<ClassifiedBlock> Lines, double Score)?)null;
            foreach (var candidate in candidates)
            {
                var rest = group.Blocks.Where(b => !candidate.Contains(b)).ToList();
                var title = rest.FirstOrDefault(b => !knowledge.OpensDeck(b.Text));
                if (title is null) continue;
                var candidateTitle = candidate.First(b => !knowledge.IsDeckLine(b.Text));
                var candidateText = string.Join('\n', candidate.Select(b => b.Text));
                var candidateFirst = group.Blocks.IndexOf(candidate[0]) < group.Blocks.IndexOf(title);
                var sides = PlaceSides(units, string.Join('\n', rest.Select(b => b.Text)), candidateText);
                // Without two openers, the two titles' districts must each be named under them (two briefs).
                var placed = knowledge.Places.Find(candidateTitle.Text).Count > 0 && knowledge.Places.Find(title.Text).Count > 0
                             && sides.ContainsValue(true) && sides.ContainsValue(false);
                if (openers < 2 && !placed) continue;
                foreach (var (unit, onSecond) in StackedBylineSides(units, candidateFirst)) sides[unit] = onSecond;
                var restBigrams = TopicSimilarity.Bigrams(rest);
                var candidateBigrams = TopicSimilarity.Bigrams(candidateText, TopicSimilarity.MaxChars);
                foreach (var (unit, onSecond) in DatelineSides(units, restBigrams, candidateBigrams)) sides[unit] = onSecond;
                var plan = Deal(units, restBigrams, candidateBigrams, sides);
                if (TitlesSayOneSide(plan, restBigrams, candidateBigrams)) continue;
                var score = group.RestatedByText ? Restated(plan, restBigrams, candidateBigrams) * plan.Separation : plan.Separation;
                if ((openers < 2 || plan.Second.Any(u => u.Opens) && plan.First.Any(u => u.Opens)) && (best is null || score > best.Value.Score))
                    best = (plan, candidate, score);
            }
            if (best is not { } chosen) continue;
            var stacked = new HeadlineGroup(group.Position) { RestatedByText = group.RestatedByText };
            stacked.Blocks.AddRange(chosen.Lines);
            group.Blocks.RemoveAll(chosen.Lines.Contains);
            group.ResetBigrams();
            var second = new ArticleDraft(group.Position, stacked);
            stacked.Draft = second;
            Apply(draft, second, chosen.Plan);
            drafts.Add(second);
        }
    }

    /// <summary>How well each side's text restates its own headline lines: the lower of the two coverages.</summary>
    private double Restated(Plan plan, IReadOnlySet<int> first, IReadOnlySet<int> second) =>
        Math.Min(similarity.WeightedCoverage(first, plan.First.SelectMany(u => u.Bigrams).ToHashSet()),
                 similarity.WeightedCoverage(second, plan.Second.SelectMany(u => u.Bigrams).ToHashSet()));

    /// <summary>A title and a deck printed without its mark read as two stacked titles when the deck shares nothing with
    /// the title: dealt as two articles, one of the two lines says nothing of the text it would head (coverage below
    /// <c>headlineSharesNothingBelow</c>) and restates the other side's (at least <c>headlineRestatesFrom</c>), which
    /// is then the only side either line says. Such a plan is one article, not two.</summary>
    private bool TitlesSayOneSide(Plan plan, IReadOnlySet<int> first, IReadOnlySet<int> second)
    {
        var firstText = plan.First.SelectMany(u => u.Bigrams).ToHashSet();
        var secondText = plan.Second.SelectMany(u => u.Bigrams).ToHashSet();
        bool SaysOnlyTheOther(IReadOnlySet<int> title, HashSet<int> own, HashSet<int> other) =>
            similarity.WeightedCoverage(title, own) < knowledge.HeadlineSharesNothingBelow
            && similarity.WeightedCoverage(title, other) >= knowledge.HeadlineRestatesFrom;
        return SaysOnlyTheOther(first, firstText, secondText) || SaysOnlyTheOther(second, secondText, firstText);
    }

    /// <summary>A section head inside an article that reads as a title of its own and shares (almost) nothing with the
    /// article's title, over text that opens twice (reporters' lines, datelines, paragraphs opening with their date):
    /// the page printed two articles in turn and the other's title among their paragraphs. The section head takes the
    /// paragraphs that are about it, dealt out as for stacked titles, when each side gets one of the openers and the
    /// section head's words are found in what it gets.</summary>
    public void SplitForeignSubheads(List<ArticleDraft> drafts)
    {
        foreach (var draft in drafts.ToList())
        {
            if (draft.Headline is not { IsIndex: false } head || !draft.Pieces.Any(p => p is HeadlineGroup)
                || draft.Segments.Sum(s => s.Blocks.Count) > MaxDonorBlocks) continue;
            var units = Units(draft.Segments, leadsApart: true);
            if (units.Count(OpensAnywhere) < 2) continue;
            var title = TitleBigrams(head);
            foreach (var sub in draft.Pieces.OfType<HeadlineGroup>().ToList())
            {
                if (sub.Blocks.Count != 1 || !IsForeignTitle(sub.Blocks[0], head.Blocks)) continue;
                var sides = PlaceSides(units, TitleText(head), sub.Text);
                // A reporter's line printed first under the title is the title's article's.
                if (units[0].IsBylineOnly) sides[units[0]] = false;
                var plan = Deal(units, title, sub.Bigrams, sides);
                if (plan.First.Count < 2 || plan.Second.Count < 2 || !plan.First.Any(OpensAnywhere) || !plan.Second.Any(OpensAnywhere)) continue;
                if (similarity.WeightedCoverage(sub.Bigrams, plan.Second.SelectMany(u => u.Bigrams).ToHashSet()) < knowledge.HeadlineRestatesFrom) continue;
                draft.Pieces.Remove(sub);
                var second = new ArticleDraft(sub.Position, sub);
                sub.Draft = second;
                Apply(draft, second, plan);
                drafts.Add(second);
                break;
            }
        }
    }

    /// <summary>A unit that opens an article: by a reporter's line or a dateline, or with the date it reports wherever it
    /// is printed (an interleaved article's lead is printed among the other's paragraphs, in one run with them).</summary>
    private static bool OpensAnywhere(Unit unit) => unit.Opens || unit.Atoms[0].Block is { IsBody: true, OpensWithDate: true };

    /// <summary>A headline left with (almost) no text beside an article whose paragraphs are about two things: the
    /// headline takes the paragraphs that are about it, dealt out as for stacked titles, when its words are found in
    /// them and the two sides come apart. The donor is the nearby article for which that works best. Returns the
    /// drafts that were fed.</summary>
    public List<ArticleDraft> FeedStarvedHeadlines(List<ArticleDraft> drafts)
    {
        var fed = new List<ArticleDraft>();
        foreach (var starved in drafts.Where(IsStarved).ToList())
        {
            var title = starved.Headline!.Bigrams;
            var best = ((ArticleDraft Donor, Plan Plan, double Score, List<ClassifiedBlock> Decks)?)null;
            var starvedText = BigramSet.OfLines(starved.Segments.Select(s => s.Text), int.MaxValue);
            foreach (var donor in drafts)
            {
                if (ReferenceEquals(donor, starved) || donor.IsIndex || Math.Abs(donor.Position - starved.Position) > DonorWindow
                    || donor.Segments.Sum(s => s.Blocks.Count) is < MinDonorUnits or > MaxDonorBlocks) continue;
                // What the starved headline gets is part of the two texts: unless they restate it, no plan can.
                if (similarity.WeightedCoverage(title, b => donor.Segments.Any(s => s.Bigrams.Contains(b)) || starvedText.Contains(b)) < knowledge.HeadlineRestatesFrom) continue;
                // The starved headline's own few paragraphs are dealt too: they may be the donor's.
                var units = Units(donor.Segments.Concat(starved.Segments).OrderBy(s => s.Position));
                if (units.Count < MinDonorUnits) continue;
                var decks = DecksOfOtherTitle(donor.Headline, starved.Headline);
                var own = donor.Headline is { } h ? TopicSimilarity.Bigrams(h.Blocks.Except(decks)) : BigramSet.Empty;
                var ownTitle = decks.Count == 0 ? title : TopicSimilarity.Bigrams(starved.Headline.Blocks.Concat(decks));
                var plan = Deal(units, own, ownTitle, PlaceSides(units, TextWithout(donor.Headline, decks), string.Join('\n', decks.Select(d => d.Text).Prepend(starved.Headline.Text))));
                if (plan.Second.Count < 2 || plan.First.Count < 2) continue;
                var given = plan.Second.SelectMany(u => u.Bigrams).ToHashSet();
                var restated = similarity.WeightedCoverage(title, given);
                if (restated < knowledge.HeadlineRestatesFrom) continue;
                // A starved line printed right under the donor's title is its deck when the plan would give away the
                // paragraphs that say that title's words (more of them than it keeps): it read the deck as the title of
                // the donor's own text.
                if (donor.Headline is { IsIndex: false } donorHead && starved.Headline.Position == donorHead.Position + 1
                    && TitleBigrams(donorHead) is var donorTitle
                    && similarity.WeightedCoverage(donorTitle, given) > similarity.WeightedCoverage(donorTitle, plan.First.SelectMany(u => u.Bigrams).ToHashSet())) continue;
                var score = restated * plan.Separation;
                if (best is null || score > best.Value.Score) best = (donor, plan, score, decks);
            }
            if (best is not { } chosen) continue;
            Apply(chosen.Donor, starved, chosen.Plan);
            fed.Add(starved);
            MoveDecks(chosen.Decks, chosen.Donor.Headline!, starved.Headline);
        }
        return fed;
    }

    /// <summary>A headline group holding two or more decks (——…) under one title holds another article's deck too
    /// (stacked headline groups print each title's deck in turn): the decks more like the other title than like this
    /// group's title go with the other title.</summary>
    private List<ClassifiedBlock> DecksOfOtherTitle(HeadlineGroup? group, HeadlineGroup other)
    {
        if (group is null) return [];
        var decks = group.Blocks.Where(b => knowledge.OpensDeck(b.Text)).ToList();
        if (decks.Count < 2 || decks.Count == group.Blocks.Count) return [];
        BigramSet own = TitleBigrams(group), theirs = TitleBigrams(other);
        return decks.Where(d =>
        {
            var deck = TopicSimilarity.Bigrams(d.Text, TopicSimilarity.MaxChars);
            return similarity.WeightedCoverage(deck, theirs) > similarity.WeightedCoverage(deck, own);
        }).ToList();
    }

    private static string TextWithout(HeadlineGroup? group, List<ClassifiedBlock> decks) =>
        group is null ? "" : decks.Count == 0 ? group.Text : string.Join(' ', group.Blocks.Except(decks).Concat(group.ListSubtitles).Select(b => b.Text));

    /// <summary>Decks found to be another title's leave this group and go under that title.</summary>
    private static void MoveDecks(List<ClassifiedBlock> decks, HeadlineGroup from, HeadlineGroup to)
    {
        if (decks.Count == 0) return;
        foreach (var deck in decks) from.Blocks.Remove(deck);
        to.Blocks.AddRange(decks);
        from.ResetBigrams();
        to.ResetBigrams();
    }

    /// <summary>Two neighbouring headlines whose leads each restate the other's title far better than their own (the
    /// page printed both titles before either text, each over the other's lead): each lead goes to the title it
    /// restates and the two texts' paragraphs are dealt out between the titles from there. How well a lead restates a
    /// title is the title's weighted coverage by the lead's words.</summary>
    public void TradeCrossedTitles(List<ArticleDraft> drafts)
    {
        var headed = drafts.Where(d => d is { IsEmpty: false, Headline: { IsIndex: false } }).OrderBy(d => d.Headline!.Position).ToList();
        // A headline is weighed in the pair before it and in the pair after it; trading moves text, not title lines.
        var titles = new Dictionary<HeadlineGroup, BigramSet>();
        BigramSet TitleOf(HeadlineGroup group) => titles.TryGetValue(group, out var set) ? set : titles[group] = TitleBigrams(group);
        for (var n = 0; n + 1 < headed.Count; n++)
        {
            var (first, second) = (headed[n], headed[n + 1]);
            if (second.Headline!.Position - first.Headline!.Position > DonorWindow) continue;
            var firstSegments = first.Segments.ToHashSet();
            var segments = first.Segments.Concat(second.Segments).OrderBy(s => s.Position).ToList();
            if (segments.Sum(s => s.Blocks.Count) > MaxDonorBlocks) continue;
            // Units are glued only as far as the two leads: most pairs are decided on the leads alone.
            var units = new List<Unit>();
            using var glued = UnitsInOrder(segments, bylinesApart: false).GetEnumerator();
            Unit? firstLead = null, secondLead = null;
            while ((firstLead is null || secondLead is null) && glued.MoveNext())
            {
                var unit = glued.Current;
                units.Add(unit);
                if (!unit.Atoms.Any(a => a.Block.IsBody)) continue;
                if (firstSegments.Contains(unit.Atoms[0].Segment)) firstLead ??= unit;
                else secondLead ??= unit;
            }
            if (firstLead is null || secondLead is null) continue;
            BigramSet firstTitle = TitleOf(first.Headline), secondTitle = TitleOf(second.Headline);
            var straight = similarity.WeightedCoverage(firstTitle, firstLead.Bigrams) + similarity.WeightedCoverage(secondTitle, secondLead.Bigrams);
            var crossed = similarity.WeightedCoverage(firstTitle, secondLead.Bigrams) + similarity.WeightedCoverage(secondTitle, firstLead.Bigrams);
            if (crossed < straight * knowledge.CrossedTitlesLikeness || crossed - straight < knowledge.CrossedTitlesMargin) continue;
            while (glued.MoveNext()) units.Add(glued.Current);
            // Districts are read from the title lines only: a deck printed under the wrong title names the other's.
            var sides = PlaceSides(units, TitleText(first.Headline), TitleText(second.Headline));
            sides[firstLead] = true;
            sides[secondLead] = false;
            var plan = Deal(units, firstTitle, secondTitle, sides);
            if (plan.First.Count == 0 || plan.Second.Count == 0) continue;
            Apply(first, second, plan);
            n++;
        }
    }

    /// <summary>A headline's title lines (its decks left out when it has a title line).</summary>
    private List<ClassifiedBlock> TitleLines(HeadlineGroup group)
    {
        var titles = group.Blocks.Where(b => !knowledge.OpensDeck(b.Text)).ToList();
        return titles.Count > 0 ? titles : group.Blocks;
    }

    private BigramSet TitleBigrams(HeadlineGroup group) => TopicSimilarity.Bigrams(TitleLines(group));

    private string TitleText(HeadlineGroup group) => string.Join('\n', TitleLines(group).Select(b => b.Text));

    /// <summary>Two headlines printed near each other (within the donor window, no headline between them), each with
    /// text of its own, where the page prints their paragraphs in turn: the paragraphs of both are dealt out between the two titles as for stacked titles, each
    /// reporter's line staying with the article it opens, when the deal sets the two texts further apart than they are.
    /// Returns the drafts that were dealt.</summary>
    public List<ArticleDraft> DealStackedSiblings(List<ArticleDraft> drafts)
    {
        var dealt = new List<ArticleDraft>();
        var byPosition = new Dictionary<int, ArticleDraft>();
        foreach (var d in drafts)
            if (d is { IsEmpty: false, Headline: { IsIndex: false } h }) byPosition.TryAdd(h.Position, d);
        var headed = byPosition.Values.OrderBy(d => d.Headline!.Position).ToList();
        IReadOnlySet<string> Named(ClassifiedBlock b) => places.Of(b);
        // The districts each article names, for the pair before it and the pair after it (until it is dealt).
        var districts = new Dictionary<ArticleDraft, HashSet<string>>();
        HashSet<string> DistrictsOf(ArticleDraft d) => districts.TryGetValue(d, out var names) ? names : districts[d] = d.Blocks.SelectMany(Named).ToHashSet();
        for (var n = 0; n + 1 < headed.Count; n++)
        {
            var (first, second) = (headed[n], headed[n + 1]);
            if (second.Headline!.Position - first.Headline!.Position > DonorWindow) continue;
            // A deal is only kept when two paragraphs name a district of the other article (MovesArePlaced): without
            // two such paragraphs the pair is not dealt at all (most pairs; dealing is the parser's dearest step).
            HashSet<string> firstNames = DistrictsOf(first), secondNames = DistrictsOf(second);
            // An article naming no district has no paragraph naming one of the other's.
            if (firstNames.Count == 0 || secondNames.Count == 0) continue;
            if (first.Blocks.Count(b => Named(b).Overlaps(secondNames)) + second.Blocks.Count(b => Named(b).Overlaps(firstNames)) < PlacedMovesFrom) continue;
            var firstSegments = first.Segments.ToHashSet();
            var segments = first.Segments.Concat(second.Segments).OrderBy(s => s.Position).ToList();
            if (segments.Sum(s => s.Blocks.Count) > MaxDonorBlocks) continue;
            var units = Units(segments, bylinesApart: true);
            if (units.Count < MinDonorUnits) continue;
            var owned = units.Select(u => !firstSegments.Contains(u.Atoms[0].Segment)).ToArray();
            var sides = PlaceSides(units, first.Headline.Text, second.Headline!.Text);
            for (var i = 0; i < units.Count; i++)
                if (units[i].IsBylineOnly) sides[units[i]] = owned[i];
            BigramSet firstTitle = TopicSimilarity.Bigrams(first.Headline.Blocks), secondTitle = TopicSimilarity.Bigrams(second.Headline.Blocks);
            var plan = Deal(units, firstTitle, secondTitle, sides);
            if (plan.First.Count < 2 || plan.Second.Count < 2) continue;
            if (plan.Separation <= Separation(units, owned, firstTitle, secondTitle) || !MovesArePlaced(units, owned, plan, first.Headline.Text, second.Headline.Text)) continue;
            Apply(first, second, plan);
            districts.Remove(first);
            districts.Remove(second);
            dealt.AddRange([first, second]);
        }
        return dealt;
    }

    /// <summary>Two articles with text of their own share vocabulary (two food plants, two car makers): a paragraph
    /// moves from one to the other only when the move is placed: every moved paragraph that names a district names one
    /// the other article names and its own does not, and at least two do (one paragraph naming a district is a
    /// report mentioning it; two printed among another article's text are that article interleaved).</summary>
    private bool MovesArePlaced(List<Unit> units, bool[] owned, Plan plan, string firstTitle, string secondTitle)
    {
        var onSecond = plan.Second.ToHashSet();
        var places = units.Select(PlacesOf).ToArray();
        HashSet<string> Kept(bool second, string title) => units.Select((u, i) => (u, i))
            .Where(x => owned[x.i] == second && onSecond.Contains(x.u) == second)
            .SelectMany(x => places[x.i]).Concat(knowledge.Places.Find(title)).ToHashSet();
        HashSet<string> keptFirst = Kept(false, firstTitle), keptSecond = Kept(true, secondTitle);
        var placed = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var to = onSecond.Contains(units[i]);
            if (to == owned[i] || places[i].Count == 0) continue;
            var (receiving, giving) = to ? (keptSecond, keptFirst) : (keptFirst, keptSecond);
            if (!places[i].Any(p => receiving.Contains(p) && !giving.Contains(p))) return false;
            placed++;
        }
        return placed >= PlacedMovesFrom;
    }

    private const int PlacedMovesFrom = 2;

    private double Separation(List<Unit> units, bool[] onSecond, BigramSet firstTitle, BigramSet secondTitle)
    {
        var deal = DealBigramsOf(units, firstTitle, secondTitle);
        Side first = new(deal, firstTitle), second = new(deal, secondTitle);
        for (var i = 0; i < units.Count; i++) (onSecond[i] ? second : first).Add(units[i]);
        return 1 - first.Cosine(second);
    }

    /// <summary>Donors are looked for within this many items (headline groups and runs of text) of the starved
    /// headline: interleaved articles are printed together (the practice pages need 6; at 16 the seed front page's
    /// unrelated articles are tried too, at a third of the parser's speed).</summary>
    private const int DonorWindow = 8;
    private const int MinDonorUnits = 4;

    /// <summary>Two interleaved articles hold a few dozen paragraphs; a longer donor (a speech, a document) is not tried,
    /// which keeps the dealing's cost bounded.</summary>
    private const int MaxDonorBlocks = 80;

    private bool IsStarved(ArticleDraft d) =>
        d.Headline is { IsIndex: false } h && !h.Blocks.All(b => knowledge.OpensDeck(b.Text))
        && HanText.ContentLength(h.Blocks[0].Text) >= knowledge.StarvedHeadlineMinLetters
        && HanText.ContentLengthAtMost(d.Segments.Select(s => s.Text), knowledge.StarvedHeadlineMaxLetters)
        && !d.Segments.Any(s => s.Start is SegmentStart.Notice or SegmentStart.Photo);

    /// <summary>A paragraph that names a district only one of the two titles names goes with that title: an article is
    /// about its place, and two interleaved articles share their vocabulary far more than their districts.</summary>
    private Dictionary<Unit, bool> PlaceSides(List<Unit> units, string firstTitle, string secondTitle)
    {
        var sides = new Dictionary<Unit, bool>();
        var first = knowledge.Places.Find(firstTitle);
        var second = knowledge.Places.Find(secondTitle);
        if (first.Count == 0 && second.Count == 0) return sides;
        var places = units.ToDictionary(u => u, PlacesOf);
        foreach (var unit in units)
        {
            bool inFirst = places[unit].Overlaps(first), inSecond = places[unit].Overlaps(second);
            if (inFirst != inSecond) sides[unit] = inSecond;
        }
        // When only one title names its place, the places its paragraphs name are its own; a paragraph naming only
        // other places is about the other article's.
        if (first.Count > 0 == second.Count > 0) return sides;
        var placedOnSecond = second.Count > 0;
        var own = sides.Where(s => s.Value == placedOnSecond).SelectMany(s => places[s.Key]).Concat(placedOnSecond ? second : first).ToHashSet();
        foreach (var unit in units)
            if (!sides.ContainsKey(unit) && places[unit].Count > 0 && !places[unit].Overlaps(own)) sides[unit] = !placedOnSecond;
        return sides;
    }

    /// <summary>The districts a unit's paragraphs name: each block's, looked up once a page (no district's name spans
    /// two paragraphs, so they are the districts of the paragraphs' joined text).</summary>
    private IReadOnlySet<string> PlacesOf(Unit unit)
    {
        if (unit.Atoms.Count == 1) return places.Of(unit.Atoms[0].Block);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var atom in unit.Atoms) found.UnionWith(places.Of(atom.Block));
        return found;
    }

    /// <summary>Two bylines printed one under the other with no text between them, under two stacked titles, are the
    /// two articles' bylines in the titles' order: the first goes with the title printed first.</summary>
    private static Dictionary<Unit, bool> StackedBylineSides(List<Unit> units, bool secondTitleFirst)
    {
        var sides = new Dictionary<Unit, bool>();
        for (var i = 0; i + 1 < units.Count; i++)
        {
            if (!units[i].IsBylineOnly || !units[i + 1].Opens) continue;
            sides[units[i]] = secondTitleFirst;
            sides[units[i + 1]] = !secondTitleFirst;
            break;
        }
        return sides;
    }

    /// <summary>A dateline names its article's reporter (本报讯（记者…）, 新华社…电（记者…）) and a document opens on its
    /// addressees: an article opening either way has no reporter's line of its own. Under two stacked titles, one such
    /// opening and one reporter's line are the two articles' openers: the opening goes with the title it restates more,
    /// the reporter's line with the other, whatever order the page printed them in.</summary>
    private Dictionary<Unit, bool> DatelineSides(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle)
    {
        var leads = units.Where(u => u.Atoms[0].Block.Kind == BlockKind.Lead).Take(2).ToList();
        var bylines = units.Where(u => u.IsBylineOnly).Take(2).ToList();
        if (leads.Count != 1 || bylines.Count != 1) return [];
        var lead = leads[0];
        var first = similarity.WeightedCoverage(firstTitle, lead.Bigrams);
        var second = similarity.WeightedCoverage(secondTitle, lead.Bigrams);
        if (Math.Max(first, second) < knowledge.HeadlineSharesNothingBelow || first == second) return [];
        return new Dictionary<Unit, bool> { [lead] = second > first, [bylines[0]] = second <= first };
    }

    /// <summary>The lines of a headline group that may be a second article's headline: each title that shares (almost)
    /// nothing with the rest of the group; in a group the text next to it restates line by line (two articles' titles,
    /// decks and labels stacked in turn), every choice of lines, kept in their order, that holds a title and shares
    /// (almost) nothing with the lines it leaves.</summary>
    private List<List<ClassifiedBlock>> SecondTitles(HeadlineGroup group)
    {
        var blocks = group.Blocks;
        if (!group.RestatedByText || blocks.Count > MaxStackedLines)
            return blocks.Where(b => IsForeignTitle(b, group)).Select(b => new List<ClassifiedBlock> { b }).ToList();
        var choices = new List<List<ClassifiedBlock>>();
        // The first line stays with the group: a choice and the lines it leaves are the same split.
        for (var mask = 1; mask < 1 << (blocks.Count - 1); mask++)
        {
            var chosen = blocks.Skip(1).Where((_, i) => (mask >> i & 1) == 1).ToList();
            var rest = blocks.Where(b => !chosen.Contains(b)).ToList();
            var title = chosen.FirstOrDefault(b => !knowledge.IsDeckLine(b.Text));
            if (title is null || HanText.ContentLength(title.Text) < TitleMinLetters) continue;
            var own = TopicSimilarity.Bigrams(chosen);
            var others = TopicSimilarity.Bigrams(rest);
            if (similarity.WeightedCoverage(own, others) < knowledge.KickerSharesFrom && similarity.WeightedCoverage(others, own) < knowledge.KickerSharesFrom)
                choices.Add(chosen);
        }
        return choices;
    }

    /// <summary>At most this many lines in a group of stacked headlines are split every way.</summary>
    private const int MaxStackedLines = 6;

    /// <summary>A block of a headline group that reads as a title of its own (not a deck, a period line or a column
    /// label) and shares (almost) nothing with the group's other blocks.</summary>
    private bool IsForeignTitle(ClassifiedBlock block, HeadlineGroup group) =>
        IsForeignTitle(block, group.Blocks.Where(b => !ReferenceEquals(b, block)));

    /// <summary>A block that reads as a title of its own and shares (almost) nothing with the given headline lines.</summary>
    private bool IsForeignTitle(ClassifiedBlock block, IEnumerable<ClassifiedBlock> headline)
    {
        var text = block.Text;
        if (knowledge.IsDeckLine(text) || HanText.ContentLength(text) < TitleMinLetters) return false;
        var own = TopicSimilarity.Bigrams(text, TopicSimilarity.MaxChars);
        var others = TopicSimilarity.Bigrams(headline);
        return similarity.WeightedCoverage(own, others) < knowledge.KickerSharesFrom
            && similarity.WeightedCoverage(others, own) < knowledge.KickerSharesFrom;
    }

    private const int TitleMinLetters = 8;

    /// <summary>One block of a segment.</summary>
    private readonly record struct Atom(Segment Segment, int Index)
    {
        public ClassifiedBlock Block => Segment.Blocks[Index];
        public bool Opens => OpensByCue || OpensByDateOnly;

        /// <summary>Opens with a reporter's line or a dateline, or as the first block of a segment that does, or is a
        /// photo's caption with its credit (a photo item of its own).</summary>
        private bool OpensByCue => Block.Kind is BlockKind.OpeningByline or BlockKind.Lead
                                   || Index == 0 && Segment.Start is SegmentStart.Byline or SegmentStart.Lead or SegmentStart.Photo;

        /// <summary>Opens only by the date it reports ("10月6日，…"), no dateline or reporter's line.</summary>
        public bool OpensByDateOnly => Index == 0 && Block.OpensWithDate && !OpensByCue;
    }

    /// <summary>One paragraph, with the paragraphs that finish its cut sentence and the byline over it.</summary>
    private sealed record Unit(List<Atom> Atoms)
    {
        // Worked out on first use: the crossed-titles test reads only the two leads' bigrams of most pairs it looks at.
        // The holder is made with the unit, so the record's equality and hash stay the same when it is filled.
        private readonly Words _words = new();

        /// <summary>The bigrams of the unit's paragraphs, joined.</summary>
        public BigramSet Bigrams => _words.Bigrams ??= BigramSet.OfLines(Atoms.Select(a => a.Block.Text), int.MaxValue);

        /// <summary>The bigrams with their squared term weights, worked out once for the dealing's many comparisons.</summary>
        public (int[] Bigrams, double[] Squares, double Norm) Weighted => _words.Weighted ??= Weigh(Bigrams);

        private sealed class Words
        {
            public BigramSet? Bigrams;
            public (int[], double[], double)? Weighted;
        }

        private static (int[], double[], double) Weigh(BigramSet bigrams)
        {
            // Loops over the set's array, not LINQ over its enumerator: every paragraph of every deal is weighed.
            var keys = bigrams.Items.ToArray();
            var weights = bigrams.Weights;
            var squares = new double[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                var w = weights[i];
                squares[i] = w * w;
            }
            return (keys, squares, squares.Sum());
        }

        public bool Opens => Atoms.Any(a => a.Opens);
        public bool IsBylineOnly => Atoms.All(a => a.Block.Kind is BlockKind.OpeningByline or BlockKind.ClosingByline);
    }

    private sealed record Plan(List<Unit> First, List<Unit> Second, double Separation);

    /// <summary>The draft's blocks in reading order, glued into units (nothing is changed yet).</summary>
    private List<Unit> Units(ArticleDraft draft) => Units(draft.Segments);

    private List<Unit> Units(IEnumerable<Segment> segments, bool bylinesApart = false, bool leadsApart = false) =>
        UnitsInOrder(segments, bylinesApart, leadsApart).ToList();

    /// <summary>The units in reading order, each given once the next block does not glue to it.</summary>
    /// <param name="leadsApart">A dateline is not glued under a reporter's line printed over it (two openers, two
    /// articles' when a page prints two in turn).</param>
    private IEnumerable<Unit> UnitsInOrder(IEnumerable<Segment> segments, bool bylinesApart, bool leadsApart = false)
    {
        List<Atom>? open = null;
        foreach (var segment in segments)
        {
            for (var k = 0; k < segment.Blocks.Count; k++)
            {
                var atom = new Atom(segment, k);
                // A byline with no text of its own opens the unit under it, unless another byline follows it.
                // A photo's caption is an item of its own, not a line over text.
                var underByline = !bylinesApart && open is not null && open.All(a => a.Block is { IsBody: false, Kind: not BlockKind.Caption })
                                  && atom.Block.Kind is not (BlockKind.OpeningByline or BlockKind.ClosingByline)
                                  && !(leadsApart && atom.Block.Kind == BlockKind.Lead);
                if (open is not null && (GluesToPrevious(open[^1].Block, atom.Block) || underByline))
                {
                    open.Add(atom);
                    continue;
                }
                if (open is not null) yield return new Unit(open);
                open = [atom];
            }
        }
        if (open is not null) yield return new Unit(open);
    }

    /// <summary>A cut sentence's end (the text goes on where the column break left it, or the paragraph before stopped on
    /// a clause mark), or a closing line.</summary>
    private bool GluesToPrevious(ClassifiedBlock previous, ClassifiedBlock block)
    {
        if (block.Kind == BlockKind.ClosingByline) return true;
        if (!block.IsBody || !previous.IsBody || previous.Block.EndsSentence) return false;
        return characters.JoinsWord(previous.Text, block.Text) || HanText.OpensWithClauseMark(block.Text)
            || previous.Text.Length > 0 && "，、；,;".Contains(previous.Text[^1])
            || previous.Text.Length > 0 && HanText.IsHan(previous.Text[^1]) && HanText.IsHan(block.Text[0])
               && (TermWeights.Default.IsWord(previous.Text[^1], block.Text[0]) || knowledge.OpensWithAttribution.IsMatch(block.Text));
    }

    /// <summary>Deals the units out between two titles until no unit changes side: each unit goes to the side whose
    /// text (title and units, the unit itself left out) it is most like (weighted cosine of bigram sets).</summary>
    private Plan Deal(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle, Dictionary<Unit, bool> fixedSides)
    {
        fixedSides = BetweenPlaced(units, fixedSides, firstTitle, secondTitle);
        var deal = DealBigramsOf(units, firstTitle, secondTitle);
        Side[] sides = [new(deal, firstTitle), new(deal, secondTitle)];
        // Each unit starts on the side of the title it is more like (the first when neither shares anything).
        var side = units.Select(u => fixedSides.TryGetValue(u, out var onSecond) ? onSecond : sides[1].Cosine(u) > sides[0].Cosine(u)).ToArray();
        // A paragraph that points back (这家企业…) is about what the paragraph before it spoke of.
        var pointsBack = units.Select((u, i) => i > 0 && !fixedSides.ContainsKey(u) && PointsBack(u)).ToArray();
        for (var i = 0; i < units.Count; i++)
        {
            if (pointsBack[i]) side[i] = side[i - 1];
            sides[side[i] ? 1 : 0].Add(units[i]);
        }
        for (var round = 0; round < Rounds; round++)
        {
            var changed = false;
            for (var i = 0; i < units.Count; i++)
            {
                if (fixedSides.ContainsKey(units[i])) continue;
                var from = side[i] ? 1 : 0;
                sides[from].Remove(units[i]);
                var next = pointsBack[i] ? side[i - 1] : sides[1].Cosine(units[i]) > sides[0].Cosine(units[i]);
                sides[next ? 1 : 0].Add(units[i]);
                if (next == side[i]) continue;
                side[i] = next;
                changed = true;
            }
            if (!changed) break;
        }
        var firstUnits = units.Where((_, i) => !side[i]).ToList();
        var secondUnits = units.Where((_, i) => side[i]).ToList();
        return new Plan(firstUnits, secondUnits, 1 - sides[0].Cosine(sides[1]));
    }

    /// <summary>A paragraph printed between two paragraphs fixed to one side (each names a district only that side's
    /// article names) is that side's: the page prints the article there, and a single paragraph's vocabulary is weak
    /// evidence against it (a quote about parts shares 零部件 and 运 with a freight story). Bylines do not count. A
    /// paragraph that says more of the other side's title than of that side's is not fixed: two interleaved articles
    /// are printed in runs of a paragraph or two, so the paragraph between two of one article's is often the other's.</summary>
    private Dictionary<Unit, bool> BetweenPlaced(List<Unit> units, Dictionary<Unit, bool> fixedSides, BigramSet firstTitle, BigramSet secondTitle)
    {
        var sides = new Dictionary<Unit, bool>(fixedSides);
        for (var i = 1; i + 1 < units.Count; i++)
        {
            if (fixedSides.ContainsKey(units[i]) || units[i - 1].IsBylineOnly || units[i + 1].IsBylineOnly) continue;
            if (!fixedSides.TryGetValue(units[i - 1], out var before) || !fixedSides.TryGetValue(units[i + 1], out var after) || before != after) continue;
            var (own, other) = before ? (secondTitle, firstTitle) : (firstTitle, secondTitle);
            if (similarity.WeightedCoverage(other, units[i].Bigrams) > similarity.WeightedCoverage(own, units[i].Bigrams)) continue;
            sides[units[i]] = before;
        }
        return sides;
    }

    private bool PointsBack(Unit unit) => unit.Atoms[0].Block is { IsBody: true } first && knowledge.OpensPointingBack(first.Text);

    /// <summary>Cuts the draft's segments into one segment a block and gives each article its units' blocks, in page order.</summary>
    private static void Apply(ArticleDraft first, ArticleDraft second, Plan plan)
    {
        var single = new Dictionary<(Segment, int), Segment>();
        var secondsOwn = second.Segments.ToList();
        second.Pieces.RemoveAll(p => p is Segment);
        foreach (var segment in first.Segments.Concat(secondsOwn).ToList())
        {
            var count = segment.Blocks.Count;
            for (var k = count - 1; k >= 1; k--) single[(segment, k)] = segment.SplitAt(k);
            single[(segment, 0)] = segment;
        }
        IEnumerable<Segment> SegmentsOf(List<Unit> units) => units.SelectMany(u => u.Atoms).Select(a => single[(a.Segment, a.Index)]);
        var pieces = SegmentsOf(plan.First).Cast<object>().Concat(first.Pieces.OfType<HeadlineGroup>())
            .OrderBy(p => p is Segment s ? s.Position : ((HeadlineGroup)p).Position).ToList();
        first.Pieces.Clear();
        foreach (var piece in pieces)
        {
            if (piece is Segment s) first.Add(s);
            else first.Pieces.Add(piece);
        }
        foreach (var s in SegmentsOf(plan.Second)) second.AddInPageOrder(s);
    }
}
