using System.CommandLine;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Infrastructure;

/// <summary>The Japanese help of every option and argument, keyed by its English description (written where the option is made).</summary>
internal static partial class HelpTexts
{
    /// <summary>English description → Japanese; a key ending in "…" matches every description that starts with it.</summary>
    public static readonly IReadOnlyDictionary<string, string> OptionsJapanese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A GraphML file"] = "GraphML ファイル",
        ["A dataset folder, a folder with nodes.csv and edges.csv, or a .graphml file"] = "データセットのフォルダ、nodes.csv と edges.csv のあるフォルダ、または .graphml ファイル",
        ["A fragment of an id, Japanese or English name (case- and width-insensitive)"] = "id、日本語名または英語名の一部（大文字小文字・全角半角を区別しない）",
        ["Also compare a Monte Carlo cascade over the dependency layer from these nodes (common random numbers)"] = "これらのノードからの依存関係の層でのモンテカルロ・カスケードも比べる（共通乱数）",
        ["Also say when every selected node is reached: ids, names, kind:K or sector:S (e.g. sector:金融)"] = "選んだノードすべてに届く時刻も示す：id、名称、kind:K または sector:S（例 sector:金融）",
        ["Also write the differences as diverging bars: PATH.png and PATH.svg (PATH-2… for further scenarios); cascade failure probabilities with --cascade-from, else members cut off per failing organisation"] = "差を左右に伸びる棒グラフとしても書く：PATH.png と PATH.svg（二つ目以降のシナリオは PATH-2…）。--cascade-from ではカスケードの機能障害確率、それ以外は組織の障害ごとに途絶える構成員",
        ["Answer deadline shown in the instructions"] = "記入要領に示す回答期限",
        ["Answered workbooks (.xlsx), CSVs, or folders of them"] = "回答済みのブック（.xlsx）、CSV、またはそれらのフォルダ",
        ["Apply a what-if scenario file (YAML, see docs/scenarios.md) before the analysis"] = "分析の前に仮定のシナリオ・ファイル（YAML、docs/scenarios.md）を適用する",
        ["Compare the base with a what-if scenario file (YAML, docs/scenarios.md) in a section of its own after section 6; repeat for several"] = "仮定のシナリオ・ファイル（YAML、docs/scenarios.md）を基準と比べ、第6節の後に独立した節として加える。複数指定できる",
        ["Arrival hours with their 5–95 % interval over the assumed delay ranges (Latin hypercube), also for --to"] = "仮定した遅延の範囲での到達時間の 5〜95 % 区間（ラテン超方格）、--to にも",
        ["CSV encoding: auto (default: UTF-8 with or without BOM, else Shift_JIS), utf-8 or shift_jis"] = "CSV の文字コード：auto（既定：BOM の有無を問わず UTF-8、それ以外は Shift_JIS）、utf-8 または shift_jis",
        ["Cascade runs (default 1000)"] = "カスケードの試行回数（既定 1000）",
        ["Cascade seed (default 42)"] = "カスケードの乱数シード（既定 42）",
        ["Chart font: a font file (.ttf/.otf/.ttc) or an installed family (default: IPAexGothic, shipped with depgraph); if not found, the default with a warning"] = "図のフォント：フォント・ファイル（.ttf/.otf/.ttc）またはインストール済みのファミリー（既定：depgraph 同梱の IPAexGothic）。見つからなければ警告して既定を使う",
        ["Contact shown in the instructions"] = "記入要領に示す問い合わせ先",
        ["Dataset folder (default: the shipped data/ceptoar-fy2024)"] = "データセットのフォルダ（既定：同梱の data/ceptoar-fy2024）",
        ["Drivers listed per output (table default 5, json/csv default all)"] = "出力ごとに示す要因の数（table は既定 5、json/csv は既定ですべて）",
        ["Edge types to follow, comma-separated (shares_with, shares_with:provide, shares_with:report, member_of, depends_on, supplies, ~type reversed, all)"] = "たどる辺の種類、カンマ区切り（shares_with、shares_with:provide、shares_with:report、member_of、depends_on、supplies、~種類 で逆向き、all）",
        ["Encoding of CSV and YAML input: utf-8 (default; invalid bytes are an error), cp932 (Shift_JIS / Windows Japanese), euc-jp"] = "CSV と YAML の入力の文字コード：utf-8（既定。不正なバイトはエラー）、cp932（Shift_JIS / Windows の日本語）、euc-jp",
        ["End node id"] = "終点のノード id",
        ["Failed node id(s), comma-separated"] = "機能障害を起こすノードの id、カンマ区切り",
        ["Folder for the questionnaires (created if missing)"] = "調査票のフォルダ（なければ作る）",
        ["Generic edges.csv (source,target,type,weight,probability); needs --nodes"] = "汎用の edges.csv（source,target,type,weight,probability）。--nodes と組で使う",
        ["Generic nodes.csv (id,kind,label); needs --edges"] = "汎用の nodes.csv（id,kind,label）。--edges と組で使う",
        ["Keep nodes at most K hops away"] = "K ホップ以内のノードだけを残す",
        ["Keep nodes whose earliest arrival is at most H hours"] = "最早到達が H 時間以内のノードだけを残す",
        ["Live-edge cascade runs per evaluation (default 1024, common to all evaluations)"] = "評価ごとの live-edge カスケードの試行回数（既定 1024、すべての評価で共通）",
        ["Monte Carlo runs of the independent cascade (default 1000)"] = "独立カスケードのモンテカルロ試行回数（既定 1000）",
        ["Monte Carlo runs per sampled source (default 200)"] = "標本の起点ごとのモンテカルロ試行回数（既定 200）",
        ["Monte Carlo runs per simulated outage (default 10000; probabilities are printed with the digits their 95% interval supports)"] = "模擬する障害ごとのモンテカルロ試行回数（既定 10000。確率は 95% 区間が裏付ける桁数で示す）",
        ["Names in table output: ja (default) or en"] = "表の出力の言語：ja（既定）または en",
        ["Nodes listed, highest predicted risk first (default 20; 0 = all)"] = "示すノードの数、予測リスクの高い順（既定 20、0 ですべて）",
        ["Number of edges"] = "辺の数",
        ["Number of nodes"] = "ノードの数",
        ["Number of paths (default 10)"] = "経路の数（既定 10）",
        ["Only nodes of this kind (ceptoar, member, exercise, resource, …), or channel for the channels"] = "この種別のノードだけ（ceptoar、member、exercise、resource など）。channel なら情報共有の手段（メール、会員専用ページなど）",
        ["Only these dependant sectors (ids, comma-separated)"] = "これらの依存する側の分野だけ（id、カンマ区切り）",
        ["Output file (json, graphml, dot) or folder (neo4j)"] = "出力ファイル（json、graphml、dot）またはフォルダ（neo4j）",
        ["Output folder for nodes.csv and edges.csv"] = "nodes.csv と edges.csv を書くフォルダ",
        ["Output node id(s), comma-separated, or kind:K (default: every sector, else every node)"] = "出力ノードの id（カンマ区切り）または kind:K（既定：すべての分野、なければすべてのノード）",
        ["Per node: failure probability at the written values, its 5–95 % interval over the assumed probability ranges (Latin hypercube) and the Monte Carlo error"] = "ノードごとに：記載値での機能障害確率、仮定した確率の範囲での 5〜95 % 区間（ラテン超方格）、モンテカルロ誤差",
        ["Raise or lower reader limits, e.g. max-nodes=50M,yaml-depth=200 (…"] = "読み込みの上限を上げ下げする。例 max-nodes=50M,yaml-depth=200（名前は docs/hardening.md）",
        ["Random seed (default 42); same seed, same output on any number of threads"] = "乱数シード（既定 42）。同じシードならスレッド数によらず同じ出力",
        ["Random seed (default 42); same seed, same output"] = "乱数シード（既定 42）。同じシードなら同じ出力",
        ["Random seed of the Monte Carlo cascades (default 42); same seed and data, byte-identical report"] = "モンテカルロ・カスケードの乱数シード（既定 42）。同じシードとデータならバイト単位で同じ報告書",
        ["Replace questionnaire files of the same name (they may hold answers)"] = "同名の調査票ファイルを置き換える（回答が入っているかもしれない）",
        ["Rows per list in table output (default 20); JSON always lists all"] = "表の出力での一覧ごとの行数（既定 20）。JSON は常にすべて",
        ["Rows per list in table output (default 20); JSON lists all"] = "表の出力での一覧ごとの行数（既定 20）。JSON はすべて",
        ["Run in batches until every reported probability's 95 % half-width is below H (e.g. 0.005); prints the runs used"] = "示すすべての確率の 95 % 半幅が H（例 0.005）を下回るまで分けて試行し、使った試行回数を示す",
        ["Scenario file(s) (YAML, docs/scenarios.md); repeat for several"] = "シナリオ・ファイル（YAML、docs/scenarios.md）。複数なら繰り返す",
        ["Seed (default 1); same seed, byte-identical files"] = "乱数シード（既定 1）。同じシードならバイト単位で同じファイル",
        ["Source node id(s), comma-separated"] = "起点のノード id、カンマ区切り",
        ["Source of the flow for dominators and impact (default: NISC on the dataset, the single government node of a generic graph)"] = "支配木と影響の起点（既定：データセットでは NISC、汎用グラフではただ一つの政府ノード）",
        ["Source of the information flow (default: NISC on the dataset, the single government node of a generic graph); id, name or selector"] = "情報の流れの起点（既定：データセットでは NISC、汎用グラフではただ一つの政府ノード）。id、名称またはセレクタ",
        ["Source of the information flow (default: nisc on the dataset, the single government node of a generic graph)"] = "情報の流れの起点（既定：データセットでは nisc、汎用グラフではただ一つの政府ノード）",
        ["Sources simulated to train and test the model (default 1000; all nodes if fewer)"] = "モデルの学習と検証のために模擬する起点の数（既定 1000。ノードがそれより少なければすべて）",
        ["Start node id"] = "始点のノード id",
        ["Targets for route redundancy (vertex-disjoint paths from --from): ids, or kind:ceptoar for every node of a kind"] = "経路の冗長性（--from からの点素な経路）を見る対象：id、または種別のすべてのノードなら kind:ceptoar",
        ["The new dataset folder (must not exist or be empty)"] = "新しいデータセットのフォルダ（存在しないか空であること）",
        ["Use the deterministic linear-threshold model: a node fails when the weighted share of its failed suppliers reaches T"] = "決定的な線形閾値モデルを使う：機能障害を起こした供給元の重み付き割合が T に達するとノードも機能障害を起こす",
        ["With --format xlsx: the workbook to write (one sheet per table)"] = "--format xlsx のとき：書き出すブック（表ごとに一枚のシート）",
        ["With --precision: stop at N runs even if the precision is not met (default 1,000,000)"] = "--precision のとき：精度に届かなくても N 回で止める（既定 1,000,000）",
        ["With --uncertainty: random seed (default 42)"] = "--uncertainty のとき：乱数シード（既定 42）",
        ["Write wall seconds per phase as one JSON line on stderr: …"] = "段階ごとの経過秒数を標準エラーに JSON 一行で書く：{\"timings\": {\"load\": 秒, \"analysis\": 秒, \"write\": 秒}}",
        ["independent (default) or threshold (default threshold 0.5)"] = "independent（既定）または threshold（既定の閾値 0.5）",
        ["ja (default) or en"] = "ja（既定）または en",
        ["json (file), graphml (file), dot (file) or neo4j (folder: neo4j-admin CSVs, import.sh, load.cypher)"] = "json（ファイル）、graphml（ファイル）、dot（ファイル）または neo4j（フォルダ：neo4j-admin の CSV、import.sh、load.cypher）",
        ["sobol (default: first-order and total indices) or morris (elementary effects, for screening)"] = "sobol（既定：一次と全効果の指標）または morris（要素効果、選別用）",
        ["table | json (default: table on a terminal, json otherwise)"] = "table | json（既定：端末なら table、それ以外は json）",
        ["table | json | csv (default: table on a terminal, json otherwise)"] = "table | json | csv（既定：端末なら table、それ以外は json）",
        ["table | json"] = "table | json",
        ["xlsx (default: one workbook per sector) or csv (UTF-8 with BOM: a sector and an operator CSV per sector)"] = "xlsx（既定：分野ごとに一つのブック）または csv（BOM 付き UTF-8：分野ごとに分野用と事業者用の CSV）",
        ["Report folder (default ./report); replaced as a whole, so it must be new, empty or a previous report"] = "報告書のフォルダ（既定 ./report）。丸ごと置き換えるので、新しいか空か以前の報告書であること",
        [$"Sobol base sample N (default {SobolOptions.DefaultSamples}; N·(k+2) evaluations) or Morris trajectories (default 50)"] = $"Sobol の基本標本数 N（既定 {SobolOptions.DefaultSamples}。評価は N·(k+2) 回）または Morris の軌跡の数（既定 50）",
        [$"With --uncertainty: parameter sets (default {UncertaintyIntervals.DefaultSamples})"] = $"--uncertainty のとき：パラメータの組の数（既定 {UncertaintyIntervals.DefaultSamples}）",
        ["With --format csv: start the output with a UTF-8 byte-order mark, so Excel reads Japanese names correctly"] = "--format csv のとき：出力の先頭に UTF-8 の BOM を付け、Excel が日本語名を正しく読めるようにする",
        ["Show help and usage information"] = "ヘルプと使い方を表示する",
        ["Show version information"] = "バージョン情報を表示する",
    };

    /// <summary>The Japanese of an option's or argument's English description; null when the table has none.</summary>
    public static string? OptionJapanese(string english)
    {
        if (OptionsJapanese.TryGetValue(english, out string? ja)) return ja;
        foreach (var (key, value) in OptionsJapanese)
        {
            if (key.EndsWith('…') && english.StartsWith(key[..^1], StringComparison.Ordinal)) return value;
        }

        return null;
    }

    /// <summary>Sets the descriptions of a command's own options and arguments in <paramref name="language"/>.</summary>
    private static void ApplyToSymbols(Command command, Language language)
    {
        if (language != Language.Japanese) return;
        foreach (Symbol s in command.Options.Cast<Symbol>().Concat(command.Arguments))
        {
            if (s.Description is { } en && OptionJapanese(en) is { } ja) s.Description = ja;
        }
    }
}
