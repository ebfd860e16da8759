namespace Mesh.Sdk.Runner.Tests;

/// <summary>Without the compiler, the column is found in the line's text: the first <c>new</c> keyword in code.</summary>
public sealed class SourceColumnsTests
{
    [TestCase("        Metadata = new() { Name = \"web\" },", 20)]
    [TestCase("yield return new ConfigMap { Name = \"new\" };", 14)]
    [TestCase("    var s = \"new\"; var renew = 1; var x = new X();", 43)]
    [TestCase("    var s = @\"a \"\"new\"\" b\"; new X();", 29)]
    [TestCase("    // new X();", 5)]
    [TestCase("    [Manifest(\"web\")]", 5)]
    [TestCase("", 1)]
    public void The_column_is_the_first_new_keyword_in_code_else_the_first_character(string line, int column) =>
        Assert.That(SourceColumns.InLine(line), Is.EqualTo(column));

    [Test]
    public void An_unreadable_file_gives_column_1() =>
        Assert.That(SourceColumns.Find(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "Missing.cs"), 3), Is.EqualTo(1));
}
