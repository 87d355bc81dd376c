using System.Text;

Console.OutputEncoding = new UTF8Encoding(false);
return Depgraph.Cli.Cli.Run(args, Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected, isErrorTerminal: !Console.IsErrorRedirected);
