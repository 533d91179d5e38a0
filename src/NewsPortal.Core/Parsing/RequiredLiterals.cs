using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsPortal.Core.Parsing;

/// <summary>Literal text every match of a pattern contains (one of a few strings), read off the pattern itself: a text
/// that contains none of them cannot match, and is answered without calling the regular expression (most lines ask
/// the knowledge's patterns and match none; the call costs more than a vectorised search). For a pattern anchored at the
/// text's start, the literal must begin within a window of the start. Patterns it does not understand (back-references,
/// inline options, conditionals…) get no literals: they are always run.</summary>
internal sealed class RequiredLiterals
{
    /// <summary>Literals of several letters: their first letters are searched for (vectorised), then the literals
    /// compared there (the framework's many-string search of Han letters costs more than that).</summary>
    private readonly string[]? _strings;
    private readonly SearchValues<char>? _firsts;
    private readonly SearchValues<char>? _chars;
    private readonly string? _one;

    /// <summary>Every match contains one of these (empty when the pattern has only its first letters).</summary>
    public IReadOnlyList<string> Literals { get; }

    /// <summary>For a pattern anchored at the start that matches at least one letter: the letters a match can open with
    /// (null when any can).</summary>
    public FirstLetters? First { get; }

    /// <summary>For a pattern anchored at the start: a literal ends within this many letters of the start (else no limit).</summary>
    public int? Window { get; }

    private RequiredLiterals(IReadOnlyList<string> literals, int? window, FirstLetters? first)
    {
        Literals = literals;
        Window = window;
        First = first;
        if (literals.Count == 0) return;
        if (literals.Count == 1) _one = literals[0];
        else if (literals.All(l => l.Length == 1)) _chars = SearchValues.Create(string.Concat(literals));
        else
        {
            _strings = literals.ToArray();
            _firsts = SearchValues.Create(string.Concat(literals.Select(l => l[0]).Distinct()));
        }
    }

    /// <summary>Whether the text may match: false only when it contains none of the literals where a match would.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (First is { } first && (text.Length == 0 || !first.Contains(text[0]))) return false;
        if (Literals.Count == 0) return true;
        if (Window is { } window && text.Length > window) text = text[..window];
        if (_one is not null) return _one.Length == 1 ? text.Contains(_one[0]) : text.IndexOf(_one, StringComparison.Ordinal) >= 0;
        if (_chars is not null) return text.ContainsAny(_chars);
        for (var at = text.IndexOfAny(_firsts!); at >= 0; at = NextFirst(text, at))
        {
            var rest = text[at..];
            foreach (var literal in _strings!)
                if (rest.StartsWith(literal, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private int NextFirst(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny(_firsts!);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>The literals of a pattern, or null when it has none (or is not understood).</summary>
    public static RequiredLiterals? Of(string pattern, RegexOptions options)
    {
        const RegexOptions understood = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;
        if ((options & ~understood) != 0) return null;
        Node? node;
        try
        {
            var reader = new Reader(pattern);
            node = reader.Alternation();
            if (!reader.AtEnd) node = null;
        }
        catch (NotSupportedException)
        {
            node = null;
        }
        if (node is null) return null;
        var first = node.AnchoredStart && node.Min > 0 ? node.First : null;
        if (node.Required is not { } required) return first is null ? null : new RequiredLiterals([], null, first);
        int? window = node.AnchoredStart && node.RequiredMaxStart is { } start ? start + required.Max(l => l.Length) : null;
        return new RequiredLiterals(required, window, first);
    }

    /// <summary>What a piece of pattern matches: its length bounds, the one text it matches if fixed, the literals
    /// every match of it contains (with the furthest offset one can begin at), and whether it matches at the text's start only.</summary>
    private sealed record Node(int Min, int? Max, string? Exact, IReadOnlyList<string>? Required, int? RequiredMaxStart, bool AnchoredStart)
    {
        /// <summary>The letters a match of it can open with, if it matches any (null: any letter).</summary>
        public FirstLetters? First { get; init; }

        public static Node Fixed(string text) => new(text.Length, text.Length, text, text.Length > 0 ? [text] : null, text.Length > 0 ? 0 : null, false)
        {
            First = text.Length > 0 ? new FirstLetters([text[0]], false) : null,
        };
        public static Node AnyOf(int length) => new(length, length, null, null, null, false);
        public static Node Empty => new(0, 0, "", null, null, false);
    }

    /// <summary>Letters a match can open with: a few listed, and the decimal digits (<c>\d</c>, any script's) if said.</summary>
    internal sealed class FirstLetters(IEnumerable<char> letters, bool digits)
    {
        private readonly HashSet<char> _letters = [.. letters];
        private SearchValues<char>? _search;

        public bool Digits => digits;

        public IReadOnlySet<char> Letters => _letters;

        // (A set's own lookup, a bitmap or a few comparisons, not the hash set's: asked of every line.)
        public bool Contains(char c) => (_search ??= SearchValues.Create(string.Concat(_letters))).Contains(c) || digits && char.IsDigit(c);

        public static FirstLetters? Union(FirstLetters? a, FirstLetters? b) =>
            a is null || b is null ? null : new FirstLetters(a._letters.Concat(b._letters), a.Digits || b.Digits);
    }

    /// <summary>A class of more letters than this opens with any letter as far as the first letters go.</summary>
    private const int MaxFirstLetters = 512;

    /// <summary>Sets of more than this many letters are no help as literals.</summary>
    private const int MaxClassLetters = 8;

    /// <summary>A recursive reader of the pattern syntax the knowledge file uses; anything else throws NotSupportedException.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        public Node Alternation()
        {
            var branches = new List<Node> { Sequence() };
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                branches.Add(Sequence());
            }
            if (branches.Count == 1) return branches[0];
            var exacts = branches.Select(b => b.Exact).ToList();
            var required = branches.All(b => b.Required is not null) ? branches.SelectMany(b => b.Required!).Distinct().ToList() : null;
            int? maxStart = required is null || branches.Any(b => b.RequiredMaxStart is null) ? null : branches.Max(b => b.RequiredMaxStart!.Value);
            // An alternation of fixed texts (新华社|中新社|…) requires one of them at its own start.
            if (exacts.All(e => e is { Length: > 0 }))
            {
                required = exacts.Distinct().ToList()!;
                maxStart = 0;
            }
            // A branch that matches no letter leaves the first letter to what follows the alternation (its Min is 0).
            var consuming = branches.Where(b => b.Max != 0).ToList();
            var first = consuming.Count == 0 ? null : consuming.Skip(1).Aggregate(consuming[0].First, (f, b) => FirstLetters.Union(f, b.First));
            return new Node(branches.Min(b => b.Min), branches.Any(b => b.Max is null) ? null : branches.Max(b => b.Max),
                null, required, required is null ? null : maxStart, branches.All(b => b.AnchoredStart)) { First = first };
        }

        private Node Sequence()
        {
            var items = new List<Node>();
            while (!AtEnd && pattern[_at] is not ('|' or ')'))
                items.Add(Quantified(Atom()));
            return Concatenation(items);
        }

        private static Node Concatenation(List<Node> items)
        {
            if (items.Count == 0) return Node.Empty;
            // Adjacent fixed pieces read as one literal (报 + 讯 → 报讯), each piece's own literals too.
            var candidates = new List<(IReadOnlyList<string> Literals, int? MaxStart)>();
            int? offset = 0;
            var run = "";
            int? runStart = 0;
            void EndRun()
            {
                if (run.Length > 0) candidates.Add(([run], runStart));
                run = "";
            }
            foreach (var item in items)
            {
                if (item.Exact is { } exact)
                {
                    if (run.Length == 0) runStart = offset;
                    run += exact;
                }
                else
                {
                    EndRun();
                    if (item.Required is not null)
                        candidates.Add((item.Required, offset is null || item.RequiredMaxStart is null ? null : offset + item.RequiredMaxStart));
                }
                offset = offset is null || item.Max is null ? null : offset + item.Max;
            }
            EndRun();
            // Marks (，、“) stand in most texts, letters in fewer: a set with a letter in each literal is preferred.
            var best = candidates.Count == 0 ? default : candidates
                .OrderByDescending(c => c.Literals.All(l => l.Any(char.IsLetterOrDigit)))
                .ThenByDescending(c => c.Literals.Min(l => l.Length))
                .ThenBy(c => c.Literals.Count)
                .ThenBy(c => c.MaxStart ?? int.MaxValue)
                .First();
            var min = items.Sum(i => i.Min);
            int? max = items.Any(i => i.Max is null) ? null : items.Sum(i => i.Max!.Value);
            string? fixedText = items.All(i => i.Exact is not null) ? string.Concat(items.Select(i => i.Exact)) : null;
            // Only zero-width pieces before a ^ keep it at the text's start.
            var anchored = false;
            foreach (var item in items)
            {
                if (item.AnchoredStart) { anchored = true; break; }
                if (item.Max != 0) break;
            }
            // The first letter comes from the first piece that matches any, or from the pieces after one that may match none.
            FirstLetters? first = null;
            var started = false;
            foreach (var item in items)
            {
                if (item.Max == 0) continue;
                first = started ? FirstLetters.Union(first, item.First) : item.First;
                started = true;
                if (item.Min > 0 || first is null) break;
            }
            return new Node(min, max, fixedText, best.Literals, best.Literals is null ? null : best.MaxStart, anchored) { First = first };
        }

        private Node Quantified(Node atom)
        {
            if (AtEnd) return atom;
            int min, max;
            bool bounded;
            switch (pattern[_at])
            {
                case '*': _at++; (min, max, bounded) = (0, 0, false); break;
                case '+': _at++; (min, max, bounded) = (1, 0, false); break;
                case '?': _at++; (min, max, bounded) = (0, 1, true); break;
                case '{':
                    {
                        var close = pattern.IndexOf('}', _at);
                        if (close < 0) throw new NotSupportedException();
                        var body = pattern[(_at + 1)..close].Split(',');
                        if (body.Length is < 1 or > 2 || !int.TryParse(body[0], out min)) throw new NotSupportedException();
                        if (body.Length == 1) (max, bounded) = (min, true);
                        else if (body[1].Length == 0) (max, bounded) = (0, false);
                        else if (int.TryParse(body[1], out max)) bounded = true;
                        else throw new NotSupportedException();
                        _at = close + 1;
                        break;
                    }
                default: return atom;
            }
            if (!AtEnd && pattern[_at] == '?') _at++; // lazy: the same matches' bounds
            if (atom.AnchoredStart && min == 0) throw new NotSupportedException();
            int? maxLength = !bounded || atom.Max is null ? null : atom.Max * max;
            var exact = bounded && min == max && atom.Exact is { } e ? string.Concat(Enumerable.Repeat(e, min)) : null;
            if (exact is not null) return Node.Fixed(exact) with { AnchoredStart = atom.AnchoredStart };
            return min == 0
                ? new Node(0, maxLength, null, null, null, false) { First = atom.First }
                : new Node(atom.Min * min, maxLength, null, atom.Required, atom.RequiredMaxStart, atom.AnchoredStart) { First = atom.First };
        }

        private Node Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '.':
                    return Node.AnyOf(1);
                case '^':
                    return Node.Empty with { Exact = null, AnchoredStart = true };
                case '$':
                    return Node.Empty with { Exact = null };
                case '\\':
                    return Escape();
                case '*' or '+' or '?' or '{' or '}' or ')' or '|' or ']':
                    throw new NotSupportedException();
                default:
                    return Node.Fixed(c.ToString());
            }
        }

        private Node Group()
        {
            var lookaround = false;
            if (_at < pattern.Length && pattern[_at] == '?')
            {
                var rest = pattern.AsSpan(_at);
                if (rest.StartsWith("?:") || rest.StartsWith("?>")) _at += 2;
                else if (rest.StartsWith("?=") || rest.StartsWith("?!")) { _at += 2; lookaround = true; }
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) { _at += 3; lookaround = true; }
                else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
                {
                    var close = pattern.IndexOf(rest[1] == '<' ? '>' : '\'', _at + 2);
                    if (close < 0) throw new NotSupportedException();
                    var name = pattern[(_at + 2)..close];
                    // Balancing groups (?<a-b>) match what another group matched.
                    if (name.Length == 0 || !name.All(char.IsAsciiLetterOrDigit)) throw new NotSupportedException();
                    _at = close + 1;
                }
                else throw new NotSupportedException();
            }
            var inner = Alternation();
            if (AtEnd || pattern[_at] != ')') throw new NotSupportedException();
            _at++;
            // A look-around matches no letter of the match: it requires nothing of it.
            return lookaround ? Node.Empty with { Exact = null } : inner;
        }

        private Node Escape()
        {
            if (AtEnd) throw new NotSupportedException();
            var c = pattern[_at++];
            switch (c)
            {
                case 'd':
                    return Node.AnyOf(1) with { First = new FirstLetters([], true) };
                case 'D' or 's' or 'S' or 'w' or 'W':
                    return Node.AnyOf(1);
                case 'p' or 'P':
                    SkipCategory();
                    return Node.AnyOf(1);
                case 'b' or 'B' or 'A' or 'G' or 'z' or 'Z':
                    return Node.Empty with { Exact = null, AnchoredStart = c == 'A' };
                default:
                    return Node.Fixed(EscapedLetter(c).ToString());
            }
        }

        /// <summary>The letter an escape outside a category stands for (\n, \u3000, \.); others are not understood.</summary>
        private char EscapedLetter(char c)
        {
            switch (c)
            {
                case 'n': return '\n';
                case 't': return '\t';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001b';
                case 'a': return '\a';
                case 'u':
                    {
                        if (_at + 4 > pattern.Length) throw new NotSupportedException();
                        var code = Convert.ToInt32(pattern.Substring(_at, 4), 16);
                        _at += 4;
                        return (char)code;
                    }
                case 'x':
                    {
                        if (_at + 2 > pattern.Length) throw new NotSupportedException();
                        var code = Convert.ToInt32(pattern.Substring(_at, 2), 16);
                        _at += 2;
                        return (char)code;
                    }
                default:
                    // Escaped marks stand for themselves; letters and digits are classes, back-references or unknown.
                    if (char.IsAsciiLetterOrDigit(c) || c == '_') throw new NotSupportedException();
                    return c;
            }
        }

        private void SkipCategory()
        {
            if (AtEnd || pattern[_at] != '{') throw new NotSupportedException();
            var close = pattern.IndexOf('}', _at);
            if (close < 0) throw new NotSupportedException();
            _at = close + 1;
        }

        /// <summary>A character class: a literal set when it lists a few letters, else any one letter.</summary>
        private Node Class()
        {
            var letters = new HashSet<char>();
            var open = false;
            var digits = false;
            var negated = !AtEnd && pattern[_at] == '^';
            if (negated) _at++;
            var first = true;
            while (true)
            {
                if (AtEnd) throw new NotSupportedException();
                var c = pattern[_at++];
                if (c == ']' && !first) break;
                first = false;
                if (c == '[') throw new NotSupportedException(); // subtraction or a nested class
                char letter;
                if (c == '\\')
                {
                    if (AtEnd) throw new NotSupportedException();
                    var e = pattern[_at++];
                    if (e == 'd') { digits = true; continue; }
                    if (e is 'D' or 's' or 'S' or 'w' or 'W') { open = true; continue; }
                    if (e is 'p' or 'P') { SkipCategory(); open = true; continue; }
                    letter = e == 'b' ? '\b' : EscapedLetter(e);
                }
                else letter = c;
                // A range a-b (a '-' before ']' or first is a letter).
                if (_at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']')
                {
                    _at++;
                    var hi = pattern[_at++];
                    if (hi == '[') throw new NotSupportedException();
                    if (hi == '\\')
                    {
                        if (AtEnd) throw new NotSupportedException();
                        hi = EscapedLetter(pattern[_at++]);
                    }
                    if (hi < letter) throw new NotSupportedException();
                    if (hi - letter >= MaxFirstLetters) open = true;
                    else for (var l = letter; l <= hi; l++) letters.Add(l);
                    continue;
                }
                letters.Add(letter);
            }
            if (negated || open || letters.Count > MaxFirstLetters) return Node.AnyOf(1);
            var opening = new FirstLetters(letters, digits);
            if (digits || letters.Count == 0 || letters.Count > MaxClassLetters) return Node.AnyOf(1) with { First = opening };
            if (letters.Count == 1) return Node.Fixed(letters.First().ToString());
            return new Node(1, 1, null, letters.Order().Select(l => l.ToString()).ToList(), 0, false) { First = opening };
        }
    }
}
