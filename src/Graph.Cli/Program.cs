using System.Text;
using Depgraph.Cli.Infrastructure;

if (Depgraph.Cli.Cli.RunsWithoutDynamicCode(args))
    AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);
Console.OutputEncoding = new UTF8Encoding(false);
using var stdout = StandardStreams.OpenOutput();
int code = Depgraph.Cli.Cli.Run(args, stdout, StandardStreams.Error(stdout), isTerminal: !Console.IsOutputRedirected, isErrorTerminal: !Console.IsErrorRedirected);
stdout.Flush();
return code;
