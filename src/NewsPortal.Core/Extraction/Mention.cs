namespace NewsPortal.Core.Extraction;

/// <summary>
/// One occurrence of a named thing in <see cref="ExtractionText.Text"/>: canonical name, place and printed form;
/// a venue (a project, a park, a fund) is something a figure can be about but not an organisation.
/// </summary>
internal readonly record struct Mention(string Name, int Start, int End, string Printed, bool Business = false, bool Venue = false);
