namespace BriefingBook.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
