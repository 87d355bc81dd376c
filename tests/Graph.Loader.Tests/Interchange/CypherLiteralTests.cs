using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Reilly", @"'O\'Reilly'")]
    [InlineData("say \"hi\"", @"'say \""hi\""'")]
    [InlineData(@"C:\dir\", @"'C:\\dir\\'")]
    [InlineData("a\nb\r\nc\td", @"'a\nb\r\nc\td'")]
    [InlineData("\u0000\u0001\u001f\u007f\u0085\u2028\u2029", @"'\u0000\u0001\u001F\u007F\u0085\u2028\u2029'")]
    [InlineData("電力; // 🚀 /* */", "'電力; // 🚀 /* */'")]
    [InlineData("", "''")]
    public void String_EscapesWhatCypherNeeds(string value, string expected) => Assert.Equal(expected, CypherLiteral.String(value));

    [Theory]
    [InlineData(2.0, "2.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1E-05")]
    [InlineData(1e20, "1E+20")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(double.NaN, "toFloat('NaN')")]
    [InlineData(double.PositiveInfinity, "toFloat('Infinity')")]
    public void Float_IsAlwaysAFloatLiteral(double value, string expected) => Assert.Equal(expected, CypherLiteral.Float(value));

    [Fact]
    public void Lists() => Assert.Equal("['a', 'b\\'c']", CypherLiteral.StringList(["a", "b'c"]));
}
