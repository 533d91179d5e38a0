using System.Text;

namespace NewsPortal.Core.Tests.Reliability;

/// <summary>Deterministic ways to damage a page dump: what a broken e-paper export or disk can do.</summary>
public static class PageMutator
{
    private static readonly Encoding[] Encodings = CreateEncodings();

    public static readonly string[] Mutations =
        ["byte-flips", "truncate", "re-encode", "shuffle-lines", "control-chars", "giant-line", "binary", "empty", "repeat"];

    public static byte[] Mutate(byte[] page, int seed, out string mutation)
    {
        var random = new Random(seed);
        mutation = Mutations[random.Next(Mutations.Length)];
        return mutation switch
        {
            "byte-flips" => FlipBytes(page, random),
            "truncate" => page[..random.Next(page.Length + 1)],
            "re-encode" => Encodings[random.Next(Encodings.Length)].GetPreamble()
                .Concat(Encodings[random.Next(Encodings.Length)].GetBytes(Encoding.UTF8.GetString(page))).ToArray(),
            "shuffle-lines" => Encoding.UTF8.GetBytes(string.Join('\n',
                Encoding.UTF8.GetString(page).Split('\n').OrderBy(_ => random.Next()))),
            "control-chars" => InsertControlChars(page, random),
            "giant-line" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(page).Replace("\n", "", StringComparison.Ordinal)
                + new string('数', random.Next(10_000, 200_000))),
            "binary" => RandomBytes(random, random.Next(1, 64_000)),
            "empty" => [],
            _ => Enumerable.Repeat(page, random.Next(2, 8)).SelectMany(b => b).ToArray(),
        };
    }

    private static byte[] FlipBytes(byte[] page, Random random)
    {
        var copy = (byte[])page.Clone();
        var flips = random.Next(1, Math.Max(2, copy.Length / 50));
        for (var i = 0; i < flips && copy.Length > 0; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] InsertControlChars(byte[] page, Random random)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(page));
        for (var i = 0; i < 200 && text.Length > 0; i++) text.Insert(random.Next(text.Length), (char)random.Next(0, 32));
        text.Insert(random.Next(text.Length), "\uFEFF\u200B\u202E\uFFFD");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static Encoding[] CreateEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return [new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.GetEncoding("GB18030"), Encoding.Latin1];
    }
}
