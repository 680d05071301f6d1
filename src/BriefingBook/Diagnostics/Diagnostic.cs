namespace BriefingBook.Diagnostics;

/// <summary>One problem in the content, printed as <c>file:line: error|warning: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
