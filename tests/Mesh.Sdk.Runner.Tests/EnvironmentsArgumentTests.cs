namespace Mesh.Sdk.Runner.Tests;

/// <summary>
/// MeshEnvironments on its way to the emit host: the runner hands <c>--environments</c> to it
/// unchanged (MeshEmit's check of the list at the project file is covered end to end, EnvironmentsTests).
/// </summary>
public sealed class EnvironmentsArgumentTests
{
    [Test]
    public void The_runner_passes_the_environments_to_the_emit_host()
    {
        var options = RunnerOptions.Extract(["--output", "deploy", "--environments", "dev;prod", "--compiler-args", "csc.rsp"], out var emitArgs);

        Assert.That(emitArgs, Is.EqualTo(new[] { "--output", "deploy", "--environments", "dev;prod" }));
        Assert.That(options.CompilerArgsFile, Does.EndWith("csc.rsp"));
    }
}
