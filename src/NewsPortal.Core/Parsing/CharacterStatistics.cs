using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsPortal.Core.Parsing;

/// <summary>Character statistics of the whole page, learned from its own text: how often two characters stand
/// side by side. A pair the page uses elsewhere, split by a column break, is a word cut in two.</summary>
internal sealed class CharacterStatistics(string pageText)
{
    /// <summary>Beyond this many questions a table of all pairs is cheaper than searching the page each time.</summary>
    private const int SearchesBeforeCounting = 16;

    private HanPairCounts? _pairs;
    private int _searches;

    public bool JoinsWord(string before, string after, int minimum = 2)
    {
        if (before.Length == 0 || after.Length == 0 || !HanText.IsHan(before[^1]) || !HanText.IsHan(after[0])) return false;
        if (++_searches > SearchesBeforeCounting) return (_pairs ??= new HanPairCounts(pageText)).Of(before[^1] << 16 | after[0]) >= minimum;
        var pair = string.Concat(before[^1], after[0]);
        var found = 0;
        for (var at = pageText.IndexOf(pair, StringComparison.Ordinal); at >= 0 && found < minimum; at = pageText.IndexOf(pair, at + 1, StringComparison.Ordinal))
            found++;
        return found >= minimum;
    }

    /// <summary>How often each pair of Han letters stands side by side in a text: one open-addressed table of packed
    /// pairs and their counts, sized once for the text (a dictionary grew and rehashed its way up to a page's
    /// thousands of pairs, 2–3 % of the parse).</summary>
    private sealed class HanPairCounts
    {
        // Pairs and counts side by side; a packed pair of Han letters is never 0, so 0 marks a free slot.
        private readonly int[] _slots;
        private readonly int _shift;

        public HanPairCounts(string text)
        {
            // Sized for every pair the text holds (the distinct ones are fewer): at most three quarters full.
            var bits = 4;
            while (1L << bits < HanText.HanPairs(text) * 4L / 3 + 1) bits++;
            // Read by reference: a slot is masked to the table and even, so its count's place is in it too.
            _slots = new int[2 << bits];
            var shift = _shift = 32 - bits;
            var mask = _slots.Length - 1;
            ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (!HanText.IsHan(text[i]) || !HanText.IsHan(text[i + 1])) continue;
                var pair = text[i] << 16 | text[i + 1];
                var slot = (int)((uint)pair * 2654435769u >> shift) << 1;
                var held = Unsafe.Add(ref slots, slot);
                while (held != 0 && held != pair)
                {
                    slot = (slot + 2) & mask;
                    held = Unsafe.Add(ref slots, slot);
                }
                Unsafe.Add(ref slots, slot) = pair;
                Unsafe.Add(ref slots, slot + 1)++;
            }
        }

        public int Of(int pair)
        {
            for (var slot = (int)((uint)pair * 2654435769u >> _shift) << 1; _slots[slot] != 0; slot = (slot + 2) & (_slots.Length - 1))
                if (_slots[slot] == pair) return _slots[slot + 1];
            return 0;
        }
    }
}
