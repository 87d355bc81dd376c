Console.WriteLine("depgraph");
