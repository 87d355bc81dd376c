using Depgraph.Learning;

namespace Depgraph.Learning.Tests;

public class CascadeRiskOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        var o = new CascadeRiskOptions();
        Assert.Same(o, o.Validate());
        Assert.Equal(1000, o.SampleSize);
        Assert.Equal(200, o.RunsPerSource);
        Assert.Equal(42, o.Seed);
        Assert.Equal(0.2, o.TestFraction);
        Assert.Equal(0.1, o.TopProxyShare);
    }

    public static TheoryData<CascadeRiskOptions, string> Invalid => new()
    {
        { new() { SampleSize = 9 }, "SampleSize" },
        { new() { SampleSize = 1_000_001 }, "SampleSize" },
        { new() { RunsPerSource = 0 }, "RunsPerSource" },
        { new() { RunsPerSource = 100_001 }, "RunsPerSource" },
        { new() { TestFraction = 0.04 }, "TestFraction" },
        { new() { TestFraction = 0.51 }, "TestFraction" },
        { new() { TestFraction = double.NaN }, "TestFraction" },
        { new() { TopProxyShare = -0.1 }, "TopProxyShare" },
        { new() { TopProxyShare = 0.6 }, "TopProxyShare" },
        { new() { NumberOfTrees = 0 }, "NumberOfTrees" },
        { new() { NumberOfLeaves = 1 }, "NumberOfLeaves" },
        { new() { LearningRate = 0 }, "LearningRate" },
        { new() { MaxDegreeOfParallelism = 0 }, "MaxDegreeOfParallelism" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Out_of_range_settings_are_rejected_by_name(CascadeRiskOptions options, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
        Assert.Equal(name, e.ParamName);
        Assert.Contains(name, e.Message);
    }
}
