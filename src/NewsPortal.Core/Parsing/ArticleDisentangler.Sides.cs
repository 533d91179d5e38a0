namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleDisentangler
{
    private DealBigrams? _lastDeal;

    /// <summary>The numbered bigrams of a deal; a pair's separation before the deal reuses the deal's.</summary>
    private DealBigrams DealBigramsOf(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle) =>
        _lastDeal is { } last && last.IsFor(units, firstTitle, secondTitle) ? last : _lastDeal = new DealBigrams(units, firstTitle, secondTitle);

    /// <summary>The bigrams of one deal (its units' and its two titles'), numbered, with their squared term weights:
    /// the sides count them in arrays instead of hash tables, as dealing weighs every unit against both sides each round.</summary>
    private sealed class DealBigrams
    {
        // Each bigram beside its number, in one open-addressed table sized once for the deal (a packed bigram is
        // never 0, so 0 marks a free slot): a dictionary grew and rehashed its way up to a deal's thousands.
        private readonly int[] _ids;
        private readonly int _shift;
        private readonly List<double> _squares = [];
        private readonly Dictionary<Unit, int[]> _units = new(ReferenceEqualityComparer.Instance);
        private readonly (List<Unit>, BigramSet, BigramSet) _of;

        public DealBigrams(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle)
        {
            _of = (units, firstTitle, secondTitle);
            var capacity = units.Sum(u => u.Bigrams.Count) + firstTitle.Count + secondTitle.Count;
            var bits = 4;
            while (1L << bits < capacity * 4L / 3 + 1) bits++;
            _ids = new int[2 << bits];
            _shift = 32 - bits;
            foreach (var unit in units)
            {
                var (bigrams, squares, _) = unit.Weighted;
                var ids = new int[bigrams.Length];
                for (var i = 0; i < bigrams.Length; i++) ids[i] = IdOf(bigrams[i], squares[i]);
                _units[unit] = ids;
            }
            foreach (var title in new[] { firstTitle, secondTitle })
                foreach (var bigram in title)
                    if (_ids[SlotOf(bigram)] == 0) IdOf(bigram, Square(TermWeights.Default.Of(bigram)));
            Squares = [.. _squares];
        }

        /// <summary>Whether these are the bigrams of the same units and titles (the same lists and sets, unchanged since).</summary>
        public bool IsFor(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle) =>
            ReferenceEquals(_of.Item1, units) && ReferenceEquals(_of.Item2, firstTitle) && ReferenceEquals(_of.Item3, secondTitle)
            && _units.Count == units.Count;

        /// <summary>Each bigram's squared term weight, by number.</summary>
        public double[] Squares { get; }

        public int Count => Squares.Length;

        public int Id(int bigram) =>
            _ids[SlotOf(bigram)] == bigram ? _ids[SlotOf(bigram) + 1] : throw new KeyNotFoundException($"bigram {bigram:x} is not of this deal");

        /// <summary>The numbers of the unit's bigrams, in the order of <see cref="Unit.Weighted"/>.</summary>
        public int[] IdsOf(Unit unit) => _units[unit];

        private int IdOf(int bigram, double square)
        {
            var slot = SlotOf(bigram);
            if (_ids[slot] == bigram) return _ids[slot + 1];
            _ids[slot] = bigram;
            _ids[slot + 1] = _squares.Count;
            _squares.Add(square);
            return _ids[slot + 1];
        }

        /// <summary>The bigram's slot, or the free one it would take (Fibonacci hashing, then the next pair).</summary>
        private int SlotOf(int bigram)
        {
            var slot = (int)((uint)bigram * 2654435769u >> _shift) << 1;
            while (_ids[slot] != 0 && _ids[slot] != bigram) slot = (slot + 2) & (_ids.Length - 1);
            return slot;
        }

        private static double Square(double x) => x * x;
    }

    /// <summary>The bigrams of a title and the units dealt to it, counted so a unit can be taken out again.</summary>
    private sealed class Side
    {
        private readonly DealBigrams _deal;
        private readonly int[] _counts;
        private double _norm;
        // The bigrams held, in the order a hash table enumerates its keys (a freed place is taken again, the last
        // freed first): the sums over another side's bigrams add up in that order, as they did before the arrays.
        private readonly int[] _slots;
        private readonly int[] _slotOf;
        private readonly int[] _freed;
        private int _used;
        private int _freedCount;

        public Side(DealBigrams deal, BigramSet title)
        {
            _deal = deal;
            _counts = new int[deal.Count];
            _slots = new int[deal.Count];
            _slotOf = new int[deal.Count];
            _freed = new int[deal.Count];
            foreach (var bigram in title)
            {
                var id = deal.Id(bigram);
                _counts[id] = 1;
                Hold(id);
                _norm += deal.Squares[id];
            }
        }

        public void Add(Unit unit)
        {
            var ids = _deal.IdsOf(unit);
            var squares = unit.Weighted.Squares;
            for (var i = 0; i < ids.Length; i++)
            {
                if (_counts[ids[i]]++ > 0) continue;
                Hold(ids[i]);
                _norm += squares[i];
            }
        }

        public void Remove(Unit unit)
        {
            var ids = _deal.IdsOf(unit);
            var squares = unit.Weighted.Squares;
            for (var i = 0; i < ids.Length; i++)
            {
                if (--_counts[ids[i]] > 0) continue;
                _slots[_slotOf[ids[i]]] = -1;
                _freed[_freedCount++] = _slotOf[ids[i]];
                _norm -= squares[i];
            }
        }

        public double Cosine(Unit unit)
        {
            var ids = _deal.IdsOf(unit);
            var (_, squares, norm) = unit.Weighted;
            double shared = 0;
            for (var i = 0; i < ids.Length; i++)
                if (_counts[ids[i]] > 0) shared += squares[i];
            return norm <= 0 || _norm <= 0 ? 0 : shared / Math.Sqrt(norm * _norm);
        }

        /// <summary>The cosine of this side's bigrams and the other side's.</summary>
        public double Cosine(Side other)
        {
            double shared = 0, norm = 0;
            for (var slot = 0; slot < other._used; slot++)
            {
                var id = other._slots[slot];
                if (id < 0) continue;
                var w = _deal.Squares[id];
                norm += w;
                if (_counts[id] > 0) shared += w;
            }
            return norm <= 0 || _norm <= 0 ? 0 : shared / Math.Sqrt(norm * _norm);
        }

        private void Hold(int id)
        {
            var slot = _freedCount > 0 ? _freed[--_freedCount] : _used++;
            _slots[slot] = id;
            _slotOf[id] = slot;
        }
    }
}
