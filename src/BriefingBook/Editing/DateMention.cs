using BriefingBook.Content.Dates;

namespace BriefingBook.Editing;

/// <summary>
/// A date phrase found in a sentence: the words as written (<see cref="Text"/>, at <see cref="Start"/> in the
/// sentence), the date they mean (null when a relative phrase cannot be resolved against what is known of the
/// article's date), whether it was relative ("on Friday", "last October"), and how it was read, in words.
/// </summary>
public sealed record DateMention(string Text, int Start, PartialDate? Date, bool Relative, string Reading);
