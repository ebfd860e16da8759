using System.Runtime.ExceptionServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Yaml;

/// <summary>
/// The YAML of every definition, rendered on a second thread while the emit validates the objects and runs
/// the rules (both only read the objects; the writer reads them too). Rendering only produces bytes in
/// memory: the emit asks for them, in definition order, after the severity policy has allowed writing, and
/// writes nothing when it has not. The bytes are those of <see cref="ManifestWriter.WriteUtf8"/> whichever
/// thread renders them.
/// </summary>
/// <remarks>
/// A definition is rendered ahead only when every one of its objects is a kind of the SDK's own model (their
/// getters are plain properties); a definition with a kind of the user's (whose getters are user code) is
/// rendered on the calling thread when asked for, as before. On a single core everything is rendered when asked for.
/// </remarks>
internal sealed class ManifestRendering
{
    private readonly IReadOnlyList<(List<KubernetesObject> Objects, string Header)> _inputs;
    private readonly bool[] _sdkOnly;
    private readonly Utf8Buffer?[] _ahead;
    private readonly ExceptionDispatchInfo?[] _failed;
    private readonly Task? _worker;
    private volatile bool _abandoned;

    private ManifestRendering(IReadOnlyList<(List<KubernetesObject> Objects, string Header)> inputs, bool background)
    {
        _inputs = inputs;
        _sdkOnly = inputs.Select(i => IsSdkOnly(i.Objects)).ToArray();
        _ahead = new Utf8Buffer?[inputs.Count];
        _failed = new ExceptionDispatchInfo?[inputs.Count];
        if (background && _sdkOnly.Contains(true))
            _worker = Task.Factory.StartNew(RenderAhead, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts rendering <paramref name="inputs"/> (each definition's objects and file header) in the background.</summary>
    public static ManifestRendering Start(IReadOnlyList<(List<KubernetesObject> Objects, string Header)> inputs) =>
        new(inputs, background: Environment.ProcessorCount > 1);

    /// <summary>Renders everything on the calling thread, when asked for (tests compare the two).</summary>
    internal static ManifestRendering OnCaller(IReadOnlyList<(List<KubernetesObject> Objects, string Header)> inputs) =>
        new(inputs, background: false);

    /// <summary>
    /// The file content of definition <paramref name="index"/>: waits for the background rendering (an exception
    /// it met rendering this definition is thrown here, as rendering it on this thread would have thrown it), or
    /// renders it now.
    /// </summary>
    public Utf8Buffer Result(int index)
    {
        if (_worker is not null && _sdkOnly[index])
        {
            _worker.Wait();
            _failed[index]?.Throw();
            if (_ahead[index] is { } bytes) return bytes;
        }
        var (objects, header) = _inputs[index];
        return ManifestWriter.WriteUtf8(objects, header);
    }

    /// <summary>Nothing will be asked for (an error blocks writing): stops after the definition being rendered.</summary>
    public void Abandon() => _abandoned = true;

    private void RenderAhead()
    {
        for (var i = 0; i < _inputs.Count && !_abandoned; i++)
        {
            if (!_sdkOnly[i]) continue;
            var (objects, header) = _inputs[i];
            try
            {
                _ahead[i] = ManifestWriter.WriteUtf8(objects, header);
            }
            catch (Exception e)
            {
                // Thrown to the caller when it asks for this definition; the later ones render on its thread.
                _failed[i] = ExceptionDispatchInfo.Capture(e);
                return;
            }
        }
    }

    private static bool IsSdkOnly(List<KubernetesObject> objects)
    {
        foreach (var o in objects)
        {
            if (o.GetType().Assembly != typeof(KubernetesObject).Assembly) return false;
        }
        return true;
    }
}
