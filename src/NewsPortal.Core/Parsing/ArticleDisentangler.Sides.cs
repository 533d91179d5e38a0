using System.Runtime.InteropServices;

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
        // The page's scratch while a page is open.
        private readonly int[] _data;
        private readonly int _at;
        private readonly int _mask;
        private readonly int _shift;
        // Each bigram's squared weight by number, as ints two a weight (the page's scratch while a page is open).
        private readonly int[] _squares;
        private readonly int _squaresAt;
        private readonly int _capacity;
        private readonly Dictionary<Unit, int[]> _units = new(ReferenceEqualityComparer.Instance);
        private readonly (List<Unit>, BigramSet, BigramSet) _of;

        public DealBigrams(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle)
        {
            _of = (units, firstTitle, secondTitle);
            var capacity = units.Sum(u => u.Bigrams.Count) + firstTitle.Count + secondTitle.Count;
            var bits = 4;
            while (1L << bits < capacity * 4L / 3 + 1) bits++;
            _data = PageScratch.Rent(2 << bits, clear: true, out _at, out _);
            _mask = (2 << bits) - 1;
            _capacity = capacity;
            _squares = PageScratch.Rent(2 * capacity, clear: false, out _squaresAt, out _);
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
                    if (_data[_at + SlotOf(bigram)] == 0) IdOf(bigram, Square(TermWeights.Default.Of(bigram)));
        }

        /// <summary>Whether these are the bigrams of the same units and titles (the same lists and sets, unchanged since).</summary>
        public bool IsFor(List<Unit> units, BigramSet firstTitle, BigramSet secondTitle) =>
            ReferenceEquals(_of.Item1, units) && ReferenceEquals(_of.Item2, firstTitle) && ReferenceEquals(_of.Item3, secondTitle)
            && _units.Count == units.Count;

        /// <summary>Each bigram's squared term weight, by number.</summary>
        public ReadOnlySpan<double> Squares => MemoryMarshal.Cast<int, double>(_squares.AsSpan(_squaresAt, 2 * Count));

        public int Count { get; private set; }

        public int Id(int bigram) =>
            _data[_at + SlotOf(bigram)] == bigram ? _data[_at + SlotOf(bigram) + 1] : throw new KeyNotFoundException($"bigram {bigram:x} is not of this deal");

        /// <summary>The numbers of the unit's bigrams, in the order of <see cref="Unit.Weighted"/>.</summary>
        public int[] IdsOf(Unit unit) => _units[unit];

        private int IdOf(int bigram, double square)
        {
            var slot = SlotOf(bigram);
            var ids = _data.AsSpan(_at, _mask + 1);
            if (ids[slot] == bigram) return ids[slot + 1];
            ids[slot] = bigram;
            ids[slot + 1] = Count;
            MemoryMarshal.Cast<int, double>(_squares.AsSpan(_squaresAt, 2 * _capacity))[Count++] = square;
            return ids[slot + 1];
        }

        /// <summary>The bigram's slot, or the free one it would take (Fibonacci hashing, then the next pair).</summary>
        private int SlotOf(int bigram)
        {
            var slot = (int)((uint)bigram * 2654435769u >> _shift) << 1;
            var ids = _data.AsSpan(_at, _mask + 1);
            while (ids[slot] != 0 && ids[slot] != bigram) slot = (slot + 2) & _mask;
            return slot;
        }

        private static double Square(double x) => x * x;
    }

    /// <summary>The bigrams of a title and the units dealt to it, counted so a unit can be taken out again.</summary>
    private sealed class Side
    {
        private readonly DealBigrams _deal;
        private double _norm;
        // Four arrays of one number a bigram of the deal, side by side in one (the page's scratch while a page is open):
        // how often the side holds each bigram, the bigrams held in the order a hash table enumerates its keys (a freed
        // place is taken again, the last freed first: the sums over another side's bigrams add up in that order, as they
        // did before the arrays), each held bigram's place there, and the freed places.
        private readonly int[] _data;
        private readonly int _countsAt;
        private readonly int _count;
        private int _used;
        private int _freedCount;

        public Side(DealBigrams deal, BigramSet title)
        {
            _deal = deal;
            _count = deal.Count;
            _data = PageScratch.Rent(4 * _count, clear: false, out _countsAt, out _);
            // The other three are read only where written.
            Counts.Clear();
            var counts = Counts;
            foreach (var bigram in title)
            {
                var id = deal.Id(bigram);
                counts[id] = 1;
                Hold(id);
                _norm += deal.Squares[id];
            }
        }

        private Span<int> Counts => _data.AsSpan(_countsAt, _count);

        private Span<int> Slots => _data.AsSpan(_countsAt + _count, _count);

        private Span<int> SlotOf => _data.AsSpan(_countsAt + 2 * _count, _count);

        private Span<int> Freed => _data.AsSpan(_countsAt + 3 * _count, _count);

        public void Add(Unit unit)
        {
            var ids = _deal.IdsOf(unit);
            var squares = unit.Weighted.Squares;
            var counts = Counts;
            for (var i = 0; i < ids.Length; i++)
            {
                if (counts[ids[i]]++ > 0) continue;
                Hold(ids[i]);
                _norm += squares[i];
            }
        }

        public void Remove(Unit unit)
        {
            var ids = _deal.IdsOf(unit);
            var squares = unit.Weighted.Squares;
            Span<int> counts = Counts, slots = Slots, slotOf = SlotOf, freed = Freed;
            for (var i = 0; i < ids.Length; i++)
            {
                if (--counts[ids[i]] > 0) continue;
                slots[slotOf[ids[i]]] = -1;
                freed[_freedCount++] = slotOf[ids[i]];
                _norm -= squares[i];
            }
        }

        public double Cosine(Unit unit)
        {
            var ids = _deal.IdsOf(unit);
            var (_, squares, norm) = unit.Weighted;
            var counts = Counts;
            double shared = 0;
            for (var i = 0; i < ids.Length; i++)
                if (counts[ids[i]] > 0) shared += squares[i];
            return norm <= 0 || _norm <= 0 ? 0 : shared / Math.Sqrt(norm * _norm);
        }

        /// <summary>The cosine of this side's bigrams and the other side's.</summary>
        public double Cosine(Side other)
        {
            double shared = 0, norm = 0;
            var counts = Counts;
            var slots = other.Slots;
            var squares = _deal.Squares;
            for (var slot = 0; slot < other._used; slot++)
            {
                var id = slots[slot];
                if (id < 0) continue;
                var w = squares[id];
                norm += w;
                if (counts[id] > 0) shared += w;
            }
            return norm <= 0 || _norm <= 0 ? 0 : shared / Math.Sqrt(norm * _norm);
        }

        private void Hold(int id)
        {
            var slot = _freedCount > 0 ? Freed[--_freedCount] : _used++;
            Slots[slot] = id;
            SlotOf[id] = slot;
        }
    }
}
