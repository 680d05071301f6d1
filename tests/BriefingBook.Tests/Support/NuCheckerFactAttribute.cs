namespace BriefingBook.Tests.Support;

/// <summary>A test that runs the Nu HTML checker; skipped without Java or <c>vnu.jar</c> outside CI only (<see cref="NuChecker"/>).</summary>
internal sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        if (NuChecker.SkipReason is { } reason) Skip = reason;
    }
}
