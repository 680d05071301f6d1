namespace BriefingBook.Diagnostics;

/// <summary>How <c>check</c> and <c>build</c> print their diagnostics (<c>--format</c>).</summary>
public enum DiagnosticFormat
{
    /// <summary><c>file:line: error CODE: message</c>, one line each, as compilers print them.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, which annotate the line in a pull request.</summary>
    GitHub,

    /// <summary>A SARIF 2.1.0 log, for code-scanning tools.</summary>
    Sarif,

    /// <summary>The diagnostics as JSON data.</summary>
    Json,
}
