using System.CommandLine;
using BriefingBook.Cli;

return Commands.CreateRoot().Parse(args).Invoke();
