namespace Depgraph.Cli.Tests;

/// <summary>
/// A small generic graph with hand-computed answers:
/// hub→a (1h), hub→b (2h), a→m1 (1h), b→m1 (5h), b→m2 (1h), m2→m3 (1h); iso is isolated.
/// </summary>
public static class SmallGraph
{
    public static readonly string Dir = CliRunner.WriteCsv(
        "id,kind,label\nhub,government,Hub\na,ceptoar,A\nb,ceptoar,B\nm1,member,M1\nm2,member,M2\nm3,member,M3\niso,member,Isolated\n",
        "source,target,type,weight,probability\nhub,a,shares_with,1,1\nhub,b,shares_with,2,1\na,m1,shares_with,1,1\nb,m1,shares_with,5,1\nb,m2,shares_with,1,1\nm2,m3,shares_with,1,1\n");

    public static string[] Input => ["--nodes", Path.Combine(Dir, "nodes.csv"), "--edges", Path.Combine(Dir, "edges.csv")];

    public static CliRunner.Result Run(params string[] args) => CliRunner.Run([.. args, .. Input]);
}
