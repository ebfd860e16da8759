namespace Mesh.Sdk.Runner.Tests;

/// <summary>The runner prefers the SDK's precompiled compiler only when this runtime can run it and it is new enough for the policy.</summary>
public sealed class RoslynPolicyLoaderTests
{
    private string _sdk = null!;

    private static string Bin => AppContext.BaseDirectory;

    private static string Policy => Path.Combine(Bin, "Mesh.Sdk.Runner.Roslyn.dll");

    [SetUp]
    public void CreateFolder()
    {
        _sdk = Path.Combine(Path.GetTempPath(), "mesh-sdk-roslyn-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(_sdk, "bincore"));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_sdk, recursive: true);

    /// <summary>A fake SDK Roslyn folder holding this test's own (policy-version) compiler, targeting <paramref name="tfm"/>.</summary>
    private void FakeSdkCompiler(string tfm)
    {
        foreach (var dll in new[] { "Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll" })
            File.Copy(Path.Combine(Bin, dll), Path.Combine(_sdk, "bincore", dll));
        File.WriteAllText(Path.Combine(_sdk, "bincore", "csc.runtimeconfig.json"), $$"""{ "runtimeOptions": { "tfm": "{{tfm}}" } }""");
    }

    [Test]
    public void A_compiler_for_this_runtime_at_the_policys_version_is_used()
    {
        FakeSdkCompiler("net8.0");

        Assert.That(RoslynPolicyLoader.UsableSdkCompiler(_sdk, Policy), Is.EqualTo(Path.Combine(_sdk, "bincore")));
    }

    [Test]
    public void A_compiler_for_a_newer_runtime_is_not_used()
    {
        FakeSdkCompiler("net99.0");

        Assert.That(RoslynPolicyLoader.UsableSdkCompiler(_sdk, Policy), Is.Null);
    }

    [Test]
    public void A_folder_without_a_compiler_is_not_used() =>
        Assert.That(RoslynPolicyLoader.UsableSdkCompiler(_sdk, Policy), Is.Null);

    [Test]
    public void No_folder_means_the_shipped_compiler() =>
        Assert.That(RoslynPolicyLoader.UsableSdkCompiler(null, Policy), Is.Null);
}
