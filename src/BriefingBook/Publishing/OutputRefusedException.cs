namespace BriefingBook.Publishing;

/// <summary>
/// The output folder may not be written (it holds the book, is a link, or holds files BriefingBook did not
/// write), or another build holds the book's lock. An <see cref="IOException"/>, so the command line reports
/// it as a plain file-system error (exit 2) and nothing is touched.
/// </summary>
public sealed class OutputRefusedException(string message) : IOException(message);
