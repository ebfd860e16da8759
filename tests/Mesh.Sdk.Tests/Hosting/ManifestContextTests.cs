namespace Mesh.Sdk.Tests.Hosting;

/// <summary>ManifestContext.Environment and ByEnvironment, as a definition uses them.</summary>
public sealed class ManifestContextTests
{
    private static ManifestContext In(string? environment, params string[] environments) =>
        new("web", TargetVersions.Default, environment, environments.Length == 0 ? null : environments);

    [Test]
    public void ByEnvironment_picks_the_current_environment_s_value_or_the_default()
    {
        Assert.That(In("prod", "dev", "prod").ByEnvironment(1, ("prod", 3)), Is.EqualTo(3));
        Assert.That(In("dev", "dev", "prod").ByEnvironment(1, ("prod", 3)), Is.EqualTo(1));
        Assert.That(In("dev", "dev", "prod").ByEnvironment("small", ("dev", "tiny"), ("prod", "large")), Is.EqualTo("tiny"));
    }

    [Test]
    public void ByEnvironment_without_environments_gives_the_default()
    {
        var context = new ManifestContext("web", TargetVersions.Default);

        Assert.That(context.Environment, Is.Null);
        Assert.That(context.Environments, Is.Empty);
        Assert.That(context.ByEnvironment(1, ("prod", 3)), Is.EqualTo(1));
    }

    [Test]
    public void ByEnvironment_rejects_a_name_that_is_not_an_environment()
    {
        var e = Assert.Throws<ArgumentException>(() => In("prod", "dev", "prod").ByEnvironment(1, ("prd", 3)));
        Assert.That(e!.Message, Does.StartWith("'prd' is not an environment of this project (dev, prod); use one of them, or add it to MeshEnvironments."));
    }

    [Test]
    public void ByEnvironment_rejects_a_name_given_twice()
    {
        var e = Assert.Throws<ArgumentException>(() => In("prod", "dev", "prod").ByEnvironment(1, ("prod", 3), ("prod", 4)));
        Assert.That(e!.Message, Does.StartWith("'prod' is listed more than once"));
    }

    [Test]
    public void A_context_for_one_environment_lists_it()
    {
        Assert.That(In("prod").Environments, Is.EqualTo(new[] { "prod" }));
        Assert.Throws<ArgumentException>(() => In("qa", "dev", "prod"));
    }
}
