namespace BriefingBook.Diagnostics;

/// <summary>
/// One problem in the content, printed as <c>file:line: error|warning: message</c>: always one line, with
/// anything invisible or line-breaking in the file name or message shown escaped (<see cref="VisibleText"/>).
/// </summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public override string ToString() =>
        $"{VisibleText.Escape(Location.ToString())}: {(Severity == Severity.Error ? "error" : "warning")}: {VisibleText.Escape(Message)}";
}
