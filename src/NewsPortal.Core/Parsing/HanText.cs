using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsPortal.Core.Parsing;

/// <summary>Small facts about Chinese newspaper text: widths, sentence ends, comparable keys.</summary>
internal static class HanText
{

    /// <summary>Display width: Han and full-width characters count one, ASCII and Latin half.</summary>
    public static double Width(string s)
    {
        // Counted in half columns: every letter is at least one, and those from U+2000 on are two unless they are
        // white space (which only U+2000–3000 hold). Eight letters are compared at a time: every line is measured.
        var text = s.AsSpan();
        var halves = (long)text.Length;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var wide = Vector128.Create((ushort)0x2000);
            var spaces = Vector128.Create((ushort)0x1000);
            var letters = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector128<ushort>.Count <= letters.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(letters.Slice(i, Vector128<ushort>.Count));
                halves += BitOperations.PopCount(Vector128.GreaterThanOrEqual(v, wide).ExtractMostSignificantBits());
                // U+2000–3000 (quotes, dashes, the ideographic space): white space among them is one half. Its white
                // space (char.IsWhiteSpace) is U+2000–200A, 2028, 2029, 202F, 205F and 3000, compared here eight at a
                // time (Chinese quotes and dashes fall in that range on most lines).
                if (Vector128.LessThanOrEqual(v - wide, spaces) != Vector128<ushort>.Zero)
                {
                    var white = Vector128.LessThanOrEqual(v - wide, Vector128.Create((ushort)0x0A))
                                | Vector128.Equals(v, Vector128.Create((ushort)0x2028)) | Vector128.Equals(v, Vector128.Create((ushort)0x2029))
                                | Vector128.Equals(v, Vector128.Create((ushort)0x202F)) | Vector128.Equals(v, Vector128.Create((ushort)0x205F))
                                | Vector128.Equals(v, Vector128.Create((ushort)0x3000));
                    halves -= BitOperations.PopCount(white.ExtractMostSignificantBits());
                }
            }
        }
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u2000' && (c > '\u3000' || !char.IsWhiteSpace(c))) halves++;
        }
        return halves / 2.0;
    }

    /// <summary>Whether the text starts with any of the words (loops, not LINQ: knowledge lists are asked about every line).</summary>
    public static bool StartsWithAny(string text, IReadOnlyList<string> words)
    {
        // Words are compared only when their first letter is the text's.
        var first = text.Length > 0 ? text[0] : '\0';
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0) return true;
            if (word[0] == first && text.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static bool EndsWithAny(string text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
            if (text.EndsWith(words[i], StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool ContainsAny(string text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
            if (text.Contains(words[i], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode tables for letters above U+3000 (Han
    /// text and Chinese marks), none of which is white space.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    // Inlined: asked of every letter of a page several times over (bigrams, keys, letter counts).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';

    /// <summary>True when the text opens with a clause mark (，、；：): the rest of a sentence a break cut, never the start
    /// of a paragraph.</summary>
    public static bool OpensWithClauseMark(string s) => s.Length > 0 && "，、；：,;:".Contains(s[0]);

    /// <summary>True when the text ends a sentence (full stop, question or exclamation mark, possibly inside closing quotes).</summary>
    public static bool EndsSentence(string s)
    {
        // A span and pattern tests, not a trimmed copy and string searches: asked of nearly every line and block.
        var end = s.Length;
        while (end > 0 && IsWhiteSpace(s[end - 1])) end--;
        var t = s.AsSpan(0, end);
        var i = t.Length - 1;
        while (i >= 0 && IsCloser(t[i])) i--;
        if (i < 0) return false;
        var c = t[i];
        if (IsSentenceEnd(c)) return true;
        // A note in brackets after a finished sentence ("…60亿元。（记者 郑宇 摄）") leaves it finished.
        if (t[^1] is '）' or ')' && t.LastIndexOfAny('（', '(') is > 0 and var open && open < t.Length - 1
            && IsSentenceEnd(t[open - 1])) return true;
        // A half-width full stop ends a sentence unless it sits inside a number.
        return c == '.' && (i == 0 || !char.IsDigit(t[i - 1]));
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEndMarks = System.Buffers.SearchValues.Create("。；;.");

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '》' or '）' or ')' or '】' or '"' or '\'';

    /// <summary>True when an opening quote (“) is left open: "“以前…保底收" is a sentence cut by a column break.</summary>
    public static bool OpensUnclosedQuote(string s) => LeftOpen(s, '“', '“', '”', '”');

    /// <summary>Opens a bracket it does not close ("…（以下简称…"): a clause a column break cut, never a headline, whose
    /// brackets close on its line ("…实施方案（2026—2028年）").</summary>
    public static bool OpensUnclosedBracket(string s) => LeftOpen(s, '（', '(', '）', ')');

    /// <summary>A mark opened (either form) and not closed by the end of the text.</summary>
    private static bool LeftOpen(string s, char open, char openNarrow, char close, char closeNarrow)
    {
        var depth = 0;
        // A vectorised search from one mark to the next: most text holds few.
        ReadOnlySpan<char> marks = [open, openNarrow, close, closeNarrow];
        var rest = s.AsSpan();
        for (var at = rest.IndexOfAny(marks); at >= 0; at = rest.IndexOfAny(marks))
        {
            var c = rest[at];
            if (c == open || c == openNarrow) depth++;
            else if (depth > 0) depth--;
            rest = rest[(at + 1)..];
        }
        return depth > 0;
    }


    public static bool ContainsSentenceEnd(string s)
    {
        // A vectorised search from one candidate mark to the next: most lines hold none, or a 。 early.
        var from = 0;
        while (true)
        {
            var at = s.AsSpan(from).IndexOfAny(SentenceEndMarks);
            if (at < 0) return false;
            at += from;
            if (s[at] != '.' || at > 0 && IsHan(s[at - 1])) return true;
            from = at + 1;
        }
    }

    public static int CountCommas(string s) => s.AsSpan().Count('，') + s.AsSpan().Count(',');

    public static bool EndsWithClausePunctuation(string s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && "，,、；;：:".Contains(t[^1]);
    }

    /// <summary>"，企业在…", "。”…": text that opens with a mark only a sentence already under way can have.</summary>
    public static bool OpensWithClosingPunctuation(string s) => s.Length > 0 && "，,、；;：:。.！!？?”」）)".Contains(s[0]);

    /// <summary>Whitespace removed and width-folded, for comparing and for bigram statistics.</summary>
    public static string Key(string s)
    {
        // The Unicode normaliser costs more than the rest of a page's key (the edition date keys the whole page), and
        // Chinese text needs it for a rare letter (…) only: letters NFKC leaves alone or merely narrows are folded
        // here, and each run of other letters goes to the normaliser with the letter before it (a combining mark
        // joins that letter; nothing joins a letter folded here, so the pieces' forms add up to the whole one's).
        // The key is written into a rented array, not a string builder: every letter of the page goes through here.
        var key = ArrayPool<char>.Shared.Rent(s.Length + 16);
        var length = 0;
        var i = 0;
        var letters = MemoryMarshal.Cast<char, ushort>(s.AsSpan());
        while (i < s.Length)
        {
            // The letters that open the next eight and fold without the tables (most of a page) are compared, folded
            // and copied eight at once, and the key moves on by the run. The key has room for the rest of the text at
            // every step (the normaliser's branch keeps it so), so eight always fit.
            if (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= s.Length)
            {
                var run = PlainRun(Vector128.Create(letters.Slice(i, Vector128<ushort>.Count)), out var v);
                if (run > 0)
                {
                    v.CopyTo(MemoryMarshal.Cast<char, ushort>(key.AsSpan(length)));
                    length += run;
                    i += run;
                    continue;
                }
            }
            // Han letters first, without the call: they are most of a page.
            var folded = IsHan(s[i]) ? s[i] : Folded(s[i]);
            if (folded != NeedsNormaliser)
            {
                if (folded != Dropped) key[length++] = folded;
                i++;
                continue;
            }
            var start = i;
            if (i > 0)
            {
                start--;
                if (Folded(s[start]) != Dropped) length--;
            }
            var end = i + 1;
            while (end < s.Length && Folded(s[end]) == NeedsNormaliser) end++;
            var normalised = s[start..end].Normalize(NormalizationForm.FormKC);
            // The normal form may be longer than its letters (㈱ → (株)); the rest of the text is at most as long as it is.
            if (length + normalised.Length + (s.Length - end) > key.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(length + normalised.Length + (s.Length - end) + 16);
                key.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(key);
                key = larger;
            }
            foreach (var c in normalised)
            {
                if (char.IsWhiteSpace(c)) continue;
                key[length++] = c;
            }
            i = end;
        }
        var result = new string(key, 0, length);
        ArrayPool<char>.Shared.Return(key);
        return result;
    }

    /// <summary>How many of the eight letters, from the first, <see cref="Folded"/> folds to themselves or to ASCII
    /// without the Unicode tables and with one subtraction: Han of the main block, visible ASCII, 、。‘’“” and full-width
    /// ASCII; <paramref name="folded"/> holds the eight letters so folded (those past the run are not to be read).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PlainRun(Vector128<ushort> letters, out Vector128<ushort> folded)
    {
        static Vector128<ushort> Within(Vector128<ushort> v, ushort first, ushort last) =>
            Vector128.LessThanOrEqual(v - Vector128.Create(first), Vector128.Create((ushort)(last - first)));
        var fullWidth = Within(letters, 0xFF01, 0xFF5E);
        var plain = Within(letters, 0x4E00, 0x9FFF) | Within(letters, 0x21, 0x7E) | Within(letters, 0x3001, 0x3002)
                    | Within(letters, 0x2018, 0x2019) | Within(letters, 0x201C, 0x201D) | fullWidth;
        folded = letters - (fullWidth & Vector128.Create((ushort)0xFEE0));
        return BitOperations.TrailingZeroCount(~plain.ExtractMostSignificantBits());
    }

    private const char NeedsNormaliser = '\uffff';
    private const char Dropped = '\0';

    /// <summary>A letter's NFKC form when that is itself (Han, ASCII, common Chinese punctuation) or its ASCII form
    /// (full-width ASCII, U+FF01–FF5E); <see cref="Dropped"/> for white space; else <see cref="NeedsNormaliser"/>.</summary>
    private static char Folded(char c)
    {
        if (c < '\u0080') return c > ' ' ? c == '\u007f' ? NeedsNormaliser : c : c is ' ' or '\t' or '\n' or '\r' ? Dropped : NeedsNormaliser;
        if (IsHan(c)) return c;
        if (c is >= '\uff01' and <= '\uff5e') return (char)(c - 0xFEE0);
        return c switch
        {
            '\u3000' => Dropped,
            '、' or '。' or '〈' or '〉' or '《' or '》' or '「' or '」' or '『' or '』' or '【' or '】' or '〔' or '〕' or '〖' or '〗'
                or '“' or '”' or '‘' or '’' or '—' or '·' or '×' or '●' or '○' or '■' or '□' or '▲' or '△' or '◆' or '◇' or '★' or '☆' => c,
            _ => NeedsNormaliser,
        };
    }

    /// <summary>Only letters and digits (Han included), for topic statistics.</summary>
    public static string Content(string s, int max = int.MaxValue)
    {
        var sb = new StringBuilder(Math.Min(s.Length, max));
        foreach (var c in s)
        {
            if (sb.Length >= max) break;
            var cat = char.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.OtherLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.DecimalDigitNumber) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>How many pairs of Han letters stand side by side in the text, eight letters compared at a time.</summary>
    public static int HanPairs(string text)
    {
        var letters = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        int pairs = 0, i = 0;
        var previousHan = false;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= letters.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(letters.Slice(i, Vector128<ushort>.Count));
                var han = (Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x4E00), Vector128.Create((ushort)(0x9FFF - 0x4E00)))
                           | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x3400), Vector128.Create((ushort)(0x4DBF - 0x3400))))
                    .ExtractMostSignificantBits();
                // Bit k is letter i + k: a pair is a Han letter after a Han letter, within the eight or across their edge.
                pairs += BitOperations.PopCount(han & han >> 1) + (previousHan && (han & 1) != 0 ? 1 : 0);
                previousHan = (han & 1u << (Vector128<ushort>.Count - 1)) != 0;
            }
        }
        for (; i < text.Length; i++)
        {
            var han = IsHan(text[i]);
            if (han && previousHan) pairs++;
            previousHan = han;
        }
        return pairs;
    }

    /// <summary>How many letters and digits <see cref="Content"/> would keep, without building it.</summary>
    public static int ContentLength(string s)
    {
        var count = 0;
        foreach (var c in s)
        {
            if (IsHan(c) || char.IsAsciiLetterOrDigit(c)) count++;
            else if (char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.UppercaseLetter
                     or UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber) count++;
        }
        return count;
    }

    /// <summary>Whether the texts hold at most <paramref name="max"/> letters and digits in all (<see cref="ContentLength"/>),
    /// counted only until there are more: a long article is not counted to its end to learn it is not a short one.</summary>
    public static bool ContentLengthAtMost(IEnumerable<string> texts, int max)
    {
        var count = 0;
        foreach (var s in texts)
        {
            foreach (var c in s)
            {
                if (IsHan(c) || char.IsAsciiLetterOrDigit(c)) count++;
                else if (char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.UppercaseLetter
                         or UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber) count++;
                if (count > max) return false;
            }
        }
        return true;
    }

    /// <summary>True when the text holds a letter or digit (what <see cref="Content"/> would keep), without building it.</summary>
    public static bool HasContent(string s)
    {
        foreach (var c in s)
        {
            if (IsHan(c) || char.IsAsciiLetterOrDigit(c)) return true;
            if (char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.UppercaseLetter
                or UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber) return true;
        }
        return false;
    }

    /// <summary>"加 快 推 动" → "加快推动": headline characters spaced out for display.</summary>
    public static string CollapseLetterSpacing(string line) =>
        IsLetterSpaced(line) ? string.Concat(line.Split(' ', '\u3000', StringSplitOptions.RemoveEmptyEntries)) : line;

    /// <summary>Three or more single characters set apart by spaces ("加 快 推 动").</summary>
    public static bool IsLetterSpaced(string line)
    {
        // The pieces between spaces counted as read, not split into strings (asked of every headline line). As it was
        // written, the split took the ideographic space for its count of pieces (12288), not for a separator: only
        // spaces separate, and a line of more pieces than that is split as before.
        if (line.Length >= 2 * '\u3000' - 1)
        {
            var parts = line.Split(' ', '\u3000', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 3 && parts.All(p => p.Length == 1);
        }
        var pieces = 0;
        var length = 0;
        foreach (var c in line)
        {
            if (c != ' ')
            {
                length++;
                continue;
            }
            if (length == 0) continue;
            if (length != 1) return false;
            pieces++;
            length = 0;
        }
        if (length > 1) return false;
        if (length == 1) pieces++;
        return pieces >= 3;
    }

    public static HashSet<string> Bigrams(string content)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < content.Length; i++) set.Add(content.Substring(i, 2));
        return set;
    }

    /// <summary>Whether the text prints its digits full-width (０-９) rather than ASCII, by the majority; null without digits.</summary>
    public static bool? FullWidthDigits(string text)
    {
        int full = 0, ascii = 0;
        foreach (var c in text)
        {
            if (c is >= '０' and <= '９') full++;
            else if (char.IsAsciiDigit(c)) ascii++;
        }
        return full == ascii ? null : full > ascii;
    }
}
