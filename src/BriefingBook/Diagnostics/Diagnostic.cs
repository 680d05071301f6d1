namespace BriefingBook.Diagnostics;

/// <summary>
/// One problem in the content, printed as <c>file:line: error|warning CODE: message</c>: always one line, with
/// anything invisible or line-breaking in the file name or message shown escaped (<see cref="VisibleText"/>).
/// The code (<see cref="DiagnosticCodes"/>) sits where compilers put theirs, so tools that read compiler
/// output find the file, the line and the severity where they expect them.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, DiagnosticCode Code)
{
    public override string ToString() =>
        $"{VisibleText.Escape(Location.ToString())}: {(Severity == Severity.Error ? "error" : "warning")} {Code.Id}: {VisibleText.Escape(Message)}";
}
