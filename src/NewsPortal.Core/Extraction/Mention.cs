namespace NewsPortal.Core.Extraction;

/// <summary>One occurrence of a named thing in <see cref="ArticleText.Text"/>: canonical name, place and printed form.</summary>
internal readonly record struct Mention(string Name, int Start, int End, string Printed, bool Business = false);
