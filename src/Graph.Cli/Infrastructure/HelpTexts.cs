using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Infrastructure;

/// <summary>One command's help: its description in Japanese and English, and one or two command lines that work as shown.</summary>
/// <param name="Japanese">The description in Japanese.</param>
/// <param name="English">The description in English.</param>
/// <param name="Examples">Command lines starting with <c>depgraph</c>, run by the tests against the shipped dataset.</param>
internal sealed record HelpText(string Japanese, string English, IReadOnlyList<string> Examples);

/// <summary>
/// The help of every command in Japanese and English, in one table keyed by the command's path (<c>report</c>,
/// <c>survey export</c>): <see cref="Apply"/> sets the descriptions in the help's language and adds an examples section
/// after System.CommandLine's help. The language is <c>--lang</c> when given, else the environment's culture.
/// </summary>
internal static partial class HelpTexts
{
    /// <summary>The root command's description.</summary>
    public static readonly HelpText Root = new(
        "depgraph — 日本の重要インフラの情報共有体制をグラフとして分析する：情報の到達、単一障害点、障害の波及。",
        "depgraph — Japan's critical-infrastructure information-sharing system as a graph: reach, single points of failure, propagation.",
        ["depgraph summary", "depgraph report --lang en --out report"]);

    /// <summary>Each command's help, by path.</summary>
    public static readonly IReadOnlyDictionary<string, HelpText> Commands = new Dictionary<string, HelpText>(StringComparer.Ordinal)
    {
        ["summary"] = new(
            "種別ごとの件数、単位別の構成員数、分野とその CEPTOAR、根拠と仮定の区分、検証の結果。",
            "Counts by kind, members by unit, sectors and their CEPTOARs, evidence vs assumption, validation status.",
            ["depgraph summary", "depgraph summary --format json --lang en"]),
        ["validate"] = new(
            "データセット、CSV の組または GraphML を検査し、問題をファイル・行・コード付きですべて示す。エラーがあれば終了コード 1。",
            "Check a dataset, CSV pair or GraphML file; list every problem with file, line and code; exit 1 if any error.",
            ["depgraph validate data/ceptoar-fy2024"]),
        ["reach"] = new(
            "情報源からの注意喚起が誰に届くか：ホップ数、最早到達時間、構成員数で重み付けした到達率、届かない組織。",
            "Who receives an alert from the source(s): hop count, earliest arrival in hours, member-weighted coverage, and who is not reached.",
            ["depgraph reach --from nisc --within 24 --format table", "depgraph reach --from members.electricity --edge-types shares_with:report --format json"]),
        ["spof"] = new(
            "単一障害点：関節点と橋、情報源からの支配木、ノード・リンクごとに失われる到達、強関節点と強橋、経路の冗長性。",
            "Single points of failure: articulation points and bridges, dominator tree from the source, reach lost per node and per link, strong articulation points and strong bridges, route redundancy.",
            ["depgraph spof --format table --top 6", "depgraph spof --to kind:ceptoar --format json"]),
        ["paths"] = new(
            "A から B への波及経路を短い順に k 本（費用は時間の和）。データセットでは分野間の依存関係、それ以外では情報の層を使う。",
            "The k shortest simple propagation paths from A to B (cost = sum of hours), in non-decreasing hours. On the dataset the layer is the dependency layer between sectors and the information layer otherwise.",
            ["depgraph paths --from sector.electricity --to sector.finance --k 5 --format table"]),
        ["cascade"] = new(
            "依存関係の層での障害の波及：モンテカルロ法の独立カスケード（平均、百分位、ノードごとの機能障害確率）または決定的な線形閾値モデル。",
            "Failure propagation over the dependency layer: Monte Carlo independent cascade (mean, percentiles, per-node failure probability) or the deterministic linear-threshold model.",
            ["depgraph cascade --from sector.electricity --runs 2000 --format table", "depgraph cascade --from sector.electricity --threshold 0.5 --format json"]),
        ["risk"] = new(
            "カスケード・リスクの選別：ノードの標本からのモンテカルロ・シミュレーションで学習した勾配ブースティング（ML.NET FastTree）で、すべてのノードからの期待波及規模を予測し、検証用データでの R²、MAE、スピアマン順位相関を示す。上位の候補は 'depgraph cascade' で確かめる。",
            "Cascade-risk screening: predicts the expected cascade size from every node with a gradient-boosted model (ML.NET FastTree) trained on Monte Carlo simulations from a seeded sample of nodes, and reports its held-out R², MAE and Spearman rank correlation. Confirm top candidates with 'depgraph cascade'.",
            ["depgraph risk --sample 100 --runs 50 --top 10 --format table"]),
        ["sensitivity"] = new(
            "カスケードの答えはどれほど確かか：出力ノードごとに、記載値での機能障害確率、仮定の範囲での 5〜95 % 区間、モンテカルロ誤差、それを左右する仮定（Sobol または Morris と、一つずつ動かしたときの振れ幅）。",
            "How sure is a cascade answer? Per output node: failure probability at the written values, its 5–95 % interval over the assumed ranges, the Monte Carlo error, and the assumptions that drive it (Sobol or Morris, with the one-at-a-time swing).",
            ["depgraph sensitivity --from sector.electricity --to sector.finance --method morris --samples 10 --runs 128 --format table"]),
        ["export"] = new(
            "グラフ全体をすべての属性と出典とともに書き出す。",
            "Export the whole graph with all attributes and provenance.",
            ["depgraph export graphml --out graph.graphml", "depgraph export neo4j --out neo4j-import"]),
        ["generate"] = new(
            "実データと同じ形の合成グラフ（中心 → 省庁・分野 → CEPTOAR・ISAC → Zipf 分布の規模の構成員グループと、裾の重い supplies 辺）を決定的に作り、nodes.csv と edges.csv に書く。",
            "Write a deterministic synthetic graph shaped like the real one (hub → ministries/sectors → CEPTOAR/ISAC hubs → Zipf-sized member groups, plus heavy-tailed supplies edges) as nodes.csv/edges.csv.",
            ["depgraph generate --nodes 1000 --edges 3000 --seed 1 --out synthetic"]),
        ["report"] = new(
            "委員会向けの報告書：概要、到達、単一障害点、障害の波及（仮定の依存関係に基づく）、手法、出典、実行条件を report.md、単独で開ける report.html、charts/（PNG 300 dpi と SVG）に書く。",
            "The committee-ready report: overview, reach, single points of failure, propagation (on the assumed dependency matrix), methods, provenance and run parameters, as report.md, a self-contained report.html and charts/ (PNG 300 dpi and SVG).",
            ["depgraph report --out report", "depgraph report --lang en --runs 200 --out report-en"]),
        ["survey"] = new(
            "相互依存性調査：調査票を書き出し、回答を読み込む。",
            "The interdependency survey (相互依存性調査): questionnaires out, answers in.",
            ["depgraph survey export --out questionnaires-finance --sector sector.finance"]),
        ["survey export"] = new(
            "分野ごとに一つ、現在の依存関係の表を記入済みの調査票を書き出す。",
            "Write one questionnaire per sector, pre-filled with the current dependency matrix.",
            ["depgraph survey export --out questionnaires", "depgraph survey export --out questionnaires-csv --format csv --lang en"]),
        ["survey import"] = new(
            "回答済みの調査票を読み込み、依存関係の表がその回答に基づく新しいデータセットを書く。",
            "Read answered questionnaires and write a new dataset whose dependency matrix rests on them.",
            ["depgraph survey import questionnaires --out ceptoar-fy2024-survey"]),
        ["compare"] = new(
            "基準と仮定のシナリオを並べて比べる：NISC の注意喚起を失う・得る組織とその速さ、各 CEPTOAR への点素な経路、関節点、各ノードの障害で途絶える組織、（--cascade-from では）共通乱数によるカスケードの機能障害確率。",
            "Base and what-if scenarios side by side: who loses or gains NISC's alerts and how fast, disjoint routes to each CEPTOAR, articulation points, what each node's failure cuts off, and (with --cascade-from) cascade failure probabilities with common random numbers.",
            ["depgraph compare --scenario docs/scenarios/meti-unavailable.yaml --format table", "depgraph compare --scenario docs/scenarios/water-second-route.yaml --format json"]),
        ["find"] = new(
            "id、日本語名、英語名からノードの id を探す：一致したものの種別、名称、分野。どのコマンドもこの id、正確な名称、kind:K、sector:S を受け付ける。",
            "Find node ids by id, Japanese or English name: kind, names and sector of each match. Every command accepts these ids, exact names, kind:K and sector:S.",
            ["depgraph find 電力", "depgraph find water --kind ceptoar"]),
    };

    /// <summary>The path of a command under the root: <c>report</c>, <c>survey export</c>.</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && s.Parents.Any(); s = s.Parents.FirstOrDefault())
        {
            names.Add(c.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The help of a command (the root's for the root); throws when a command has no entry, so none is forgotten.</summary>
    public static HelpText Of(Command command)
    {
        if (!command.Parents.Any()) return Root;
        string path = PathOf(command);
        return Commands.TryGetValue(path, out var text) ? text
            : throw new InvalidOperationException($"command '{path}' has no help text in HelpTexts.Commands");
    }

    /// <summary>Sets every command's description in <paramref name="language"/> and adds the examples to its help.</summary>
    public static void Apply(RootCommand root, Language language)
    {
        foreach (Command c in Walk(root))
        {
            c.Description = language.Pick(Of(c).Japanese, Of(c).English);
            ApplyToSymbols(c, language);
        }

        foreach (Option o in root.Options)
        {
            if (o is HelpOption help && help.Action is HelpAction inner) help.Action = new ExamplesHelpAction(inner);
        }
    }

    /// <summary>The command and all its subcommands, depth first.</summary>
    public static IEnumerable<Command> Walk(Command command)
    {
        yield return command;
        foreach (Command sub in command.Subcommands)
        {
            foreach (Command c in Walk(sub)) yield return c;
        }
    }

    /// <summary>True when the parse asks for help (its action is the help).</summary>
    public static bool IsHelp(ParseResult parse) => parse.Action is ExamplesHelpAction or HelpAction;

    /// <summary>The heading of the examples section.</summary>
    public static string ExamplesHeading(Language language) => HelpLayout.Heading("Examples:", language);

    /// <summary>
    /// The language of the help: the value of the last <c>--lang</c> in <paramref name="args"/> when it is <c>ja</c> or
    /// <c>en</c>, else the environment's culture.
    /// </summary>
    public static Language LanguageOf(IReadOnlyList<string> args)
    {
        string? value = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count) value = args[i + 1];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal)) value = args[i][7..];
        }

        return value is not null && Languages.TryParse(value, out var language) ? language : Languages.FromEnvironment();
    }

    /// <summary>
    /// System.CommandLine's help, then the command's examples, in English; <see cref="HelpLayout"/> writes it in the
    /// help's language (<see cref="Cli"/> captures the help for that).
    /// </summary>
    private sealed class ExamplesHelpAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = inner.Invoke(parseResult);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ExamplesHeading(Language.English));
            foreach (string example in Of(parseResult.CommandResult.Command).Examples) output.WriteLine("  " + example);
            output.WriteLine();
            return code;
        }
    }
}
