namespace NewsPortal.Core.Parsing;

/// <summary>Which pairs of Han letters some texts may hold: one bit of 8,192 a pair, by its hash. Every pair the texts
/// hold has its bit set (another pair may share it), so it bounds a likeness from above without the texts' bigram table
/// or any term weight: reading texts this way costs a fraction of counting them, and a text that cannot come near a
/// paragraph is then never counted (<see cref="CountedBigrams.CosineAtMost"/>).</summary>
internal sealed class BigramPresence
{
    private const int Bits = 13;
    private readonly ulong[] _words = new ulong[(1 << Bits) / 64];

    /// <summary>The texts' letters paired as <see cref="BigramSet.OfLines"/> pairs them (anything but a letter or digit
    /// is skipped, and the letters on either side of it pair, across the texts' ends too), the pairs of two Han letters
    /// kept: every weighed bigram of <see cref="BigramSet.OfLines"/>, and of <see cref="CountedBigrams.Of"/> for each text.</summary>
    public static BigramPresence Of(IEnumerable<string> texts)
    {
        var presence = new BigramPresence();
        var previous = '\0';
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (!HanText.IsHan(c))
                {
                    if (TopicSimilarity.IsBigramLetter(c)) previous = c;
                    continue;
                }
                if (HanText.IsHan(previous))
                {
                    var h = Hash(previous << 16 | c);
                    presence._words[h >> 6] |= 1UL << (h & 63);
                }
                previous = c;
            }
        }
        return presence;
    }

    /// <summary>False when the texts do not hold the packed pair; true when they may.</summary>
    public bool MayHold(int bigram)
    {
        var h = Hash(bigram);
        return (_words[h >> 6] & 1UL << (h & 63)) != 0;
    }

    private static int Hash(int bigram) => (int)((uint)bigram * 2654435769u >> (32 - Bits));
}
