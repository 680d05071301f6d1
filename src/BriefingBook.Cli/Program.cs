using System.CommandLine;
using BriefingBook.Cli;

// Signals are ours (see Interrupts), not System.CommandLine's, so a cancelled build exits 130 or 143.
return Commands.CreateRoot().Parse(args).Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
