namespace Mesh.Sdk.Runner.Tests;

/// <summary>
/// The emit's JIT profile: MeshEmit passes the project's intermediate folder as <c>--jit-profile</c>,
/// and the runner keeps it for itself (the emit host never sees it). End to end (the file in obj/,
/// removed by clean, MeshJitProfile=false): ConsumerTests and BuildOptionsTests.
/// </summary>
public sealed class JitProfileTests
{
    [Test]
    public void The_runner_takes_the_jit_profile_folder_and_does_not_pass_it_on()
    {
        var options = RunnerOptions.Extract(["--output", "deploy", "--jit-profile", "obj/Debug/net10.0", "--project-dir", "."], out var emitArgs);

        Assert.That(emitArgs, Is.EqualTo(new[] { "--output", "deploy", "--project-dir", "." }));
        Assert.That(options.JitProfileDirectory, Is.EqualTo(Path.GetFullPath("obj/Debug/net10.0")));
    }

    [Test]
    public void Without_the_switch_there_is_no_profile()
    {
        var options = RunnerOptions.Extract(["--output", "deploy"], out _);

        Assert.That(options.JitProfileDirectory, Is.Null);
    }
}
