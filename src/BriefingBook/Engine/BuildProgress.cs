namespace BriefingBook.Engine;

/// <summary>
/// Where a build is: the stage (load, validate, analyse, templates, render, publish) and, for stages that work
/// through items, how many of how many are done. <see cref="Total"/> is 0 when a stage has no count.
/// </summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
