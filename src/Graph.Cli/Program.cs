using System.Text;
using Depgraph.Cli.Infrastructure;

Console.OutputEncoding = new UTF8Encoding(false);
using var stdout = StandardStreams.OpenOutput();
int code = Depgraph.Cli.Cli.Run(args, stdout, StandardStreams.Error(stdout), isTerminal: !Console.IsOutputRedirected, isErrorTerminal: !Console.IsErrorRedirected);
stdout.Flush();
return code;
