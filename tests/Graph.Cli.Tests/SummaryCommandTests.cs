using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests;

public class SummaryCommandTests
{
    [Fact]
    public void Summary_of_the_shipped_dataset_has_15_sectors_21_ceptoars_and_no_problems()
    {
        var r = CliRunner.Run("summary", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal(ShippedDataset.Sectors, j.GetProperty("nodesByKind").GetProperty("sector").GetInt32());
        Assert.Equal(ShippedDataset.Ceptoars, j.GetProperty("nodesByKind").GetProperty("ceptoar").GetInt32());
        Assert.Equal(ShippedDataset.Sectors, j.GetProperty("sectors").GetArrayLength());
        Assert.Equal(ShippedDataset.Ceptoars, j.GetProperty("sectors").EnumerateArray().Sum(s => s.GetProperty("ceptoars").GetArrayLength()));
        Assert.Equal(0, j.GetProperty("validation").GetProperty("errors").GetInt32());
        var local = j.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("ceptoars").EnumerateArray())
            .Single(c => c.GetProperty("name_ja").GetString() == "自治体CEPTOAR");
        var units = local.GetProperty("members").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("count").GetInt64());
        Assert.Equal(ShippedDataset.Prefectures, units["都道府県"]);
        Assert.Equal(ShippedDataset.Municipalities, units["市区町村"]);
    }

    [Fact]
    public void Summary_table_is_in_Japanese_and_lists_the_local_government_members()
    {
        var r = CliRunner.Run("summary", "--format", "table");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Contains("自治体CEPTOAR", r.Out);
        Assert.Contains($"{ShippedDataset.N(ShippedDataset.Municipalities)} 市区町村", r.Out);
        Assert.Contains($"{ShippedDataset.Prefectures} 都道府県", r.Out);
        Assert.Contains($"CEPTOAR: {ShippedDataset.Ceptoars}", r.Out);
    }

    [Theory]
    [InlineData("ja", "延べ組織数(上の各単位の和)")]
    [InlineData("en", "total organisations, mixed units (sum of the rows above)")]
    public void The_members_total_over_mixed_units_says_so_and_shows_its_parts(string lang, string label)
    {
        var json = CliRunner.Run("summary", "--format", "json").Json;
        var byUnit = json.GetProperty("membersByUnit").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("count").GetInt64());
        Assert.True(byUnit.Count > 1);
        long total = json.GetProperty("membersTotal").GetInt64();
        Assert.Equal(ShippedDataset.MemberTotal, total);
        Assert.True(json.GetProperty("membersTotalMixesUnits").GetBoolean());
        var parts = json.GetProperty("membersTotalParts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        Assert.Equal(byUnit, parts);
        Assert.Equal(total, parts.Values.Sum());

        var table = CliRunner.Run("summary", "--format", "table", "--lang", lang);
        Assert.True(table.ExitCode == 0, table.Err);
        var lines = table.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int at = lines.FindIndex(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
        Assert.True(at > 0, table.Out);
        Assert.EndsWith(ShippedDataset.N(total), lines[at].TrimEnd());
        // the parts are the rows just above the total, one per unit
        Assert.Equal(byUnit.Values.Sum(), lines.Skip(at - byUnit.Count).Take(byUnit.Count)
            .Sum(l => long.Parse(l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)));
        // no plain "total" row (合計 / total followed by the column gap)
        Assert.DoesNotContain(lines, l => l.Trim().StartsWith(Glossary.Total.For(Languages.Parse(lang)) + "  ", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_in_English()
    {
        var r = CliRunner.Run("summary", "--format", "table", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Contains("Sectors and their CEPTOARs", r.Out);
        // Issue 11 item 13: --lang en translates unit names too.
        Assert.Contains($"{ShippedDataset.Prefectures} prefectures (都道府県)", r.Out);
        Assert.Contains("municipalities (市区町村)", r.Out);
        Assert.DoesNotContain($"{ShippedDataset.N(ShippedDataset.Municipalities)} 市区町村", r.Out);
    }

    [Fact]
    public void Summary_of_a_missing_folder_is_bad_input_without_a_stack_trace()
    {
        var r = CliRunner.Run("summary", "--data", "/nonexistent/folder");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("/nonexistent/folder", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }
}

public class SummaryExternalRecipientsTests
{
    [Theory]
    [InlineData("水道CEPTOAR", "事業体", 1189)]
    [InlineData("T-CEPTOAR", "社・団体", 390)]
    [InlineData("証券CEPTOAR", "機関", 1)]
    public void External_recipients_include_those_relayed_by_members(string ceptoar, string unit, long count)
    {
        var j = CliRunner.Run("summary", "--format", "json").Json;
        var c = j.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("ceptoars").EnumerateArray())
            .Single(x => x.GetProperty("name_ja").GetString() == ceptoar);
        var units = c.GetProperty("external").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("count").GetInt64());
        Assert.Equal(count, units[unit]);
    }
}
