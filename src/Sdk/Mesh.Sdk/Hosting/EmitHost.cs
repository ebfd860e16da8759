using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Emit;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Validation;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Hosting;

/// <summary>
/// The emit step, run out of the MSBuild process by Mesh.Sdk.Runner inside the user's built
/// assembly: build every definition, validate the objects, render YAML, then write or verify
/// the output folder. Nothing is written unless every definition succeeded without errors.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EmitHost
{
    /// <summary>Entry point called by the generated registry. Returns the process exit code.</summary>
    public static int Run(IReadOnlyList<DefinitionEntry> definitions, string[] args)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        EmitOptions options;
        try
        {
            options = EmitOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine("Mesh.Sdk: " + e.Message);
            return 2;
        }

        var result = Emit(definitions, options, DiagnosticPolicy.Installed);
        foreach (var d in result.Reported) Console.WriteLine(HostProtocol.Format(d.Diagnostic, d.Column));
        if (result.Summary is not null) Console.WriteLine(HostProtocol.FormatSummary(result.Summary));
        return result.Reported.Any(d => d.Severity == MeshSeverity.Error) ? 1 : 0;
    }

    /// <summary>What the emit step reports: each diagnostic with its effective severity and column (suppressed ones left out), and the summary.</summary>
    internal sealed record EmitResult(IReadOnlyList<ReportedDiagnostic> Reported, string? Summary)
    {
        /// <summary>The reported diagnostics, with their effective severities.</summary>
        public IReadOnlyList<MeshDiagnostic> Diagnostics => Reported.Select(r => r.Diagnostic).ToList();
    }

    internal static EmitResult Emit(IReadOnlyList<DefinitionEntry> definitions, EmitOptions options, Func<string[], string[]>? policy = null)
    {
        var found = new Findings();
        var reported = new List<ReportedDiagnostic>();
        // Decides the effective severity of what was found so far; an effective error stops every write.
        bool Decide()
        {
            reported.AddRange(DiagnosticPolicy.Apply(found.TakeMerged(), policy));
            return reported.Any(d => d.Severity == MeshSeverity.Error);
        }
        var displayOutput = Display(options.ProjectDirectory, options.OutputPath);
        var timing = PhaseTiming.FromEnvironment();

        // MSBuild checks MeshEnvironments before it starts this process; this is for any other caller.
        foreach (var (problem, fix) in EnvironmentNames.Problems(options.Environments))
            found.Add(MeshDiagnostic.Create(MeshRules.InvalidEnvironments, SourceLocation.None, problem, fix));
        if (found.Count > 0)
        {
            Decide();
            return new EmitResult(reported, null);
        }

        if (definitions.Count == 0)
            found.Add(MeshDiagnostic.Create(MeshRules.NoDefinitions, SourceLocation.None, options.ProjectName));

        // 1. Check the definitions' names (the same in every environment), then run each definition,
        //    once per environment when the project configures environments.
        var runnable = new List<DefinitionEntry>();
        var byName = new Dictionary<string, DefinitionEntry>(StringComparer.Ordinal);
        foreach (var def in definitions)
        {
            var defLocation = new SourceLocation(def.FilePath, def.Line);
            if (!Names.IsDefinitionName(def.Name))
            {
                found.Add(MeshDiagnostic.Create(MeshRules.InvalidDefinition, defLocation, def.TypeName,
                    $"has the name '{def.Name}', which is not a valid file name; use lower-case letters, digits, '-' and '.'"));
                continue;
            }
            if (byName.TryGetValue(def.Name, out var other))
            {
                found.Add(MeshDiagnostic.Create(MeshRules.DuplicateDefinitionName, defLocation, other.TypeName, def.TypeName, def.Name));
                continue;
            }
            byName.Add(def.Name, def);
            runnable.Add(def);
        }

        var runs = new List<EnvironmentRun>();
        foreach (var environment in options.Environments.Count == 0 ? [null] : options.Environments.Select(e => (string?)e))
        {
            var run = new EnvironmentRun(environment);
            foreach (var def in runnable)
            {
                var objects = RunDefinition(def, options, environment, found);
                if (objects is null) continue;
                if (objects.Count == 0)
                {
                    found.Add(MeshDiagnostic.Create(MeshRules.EmptyDefinition, new SourceLocation(def.FilePath, def.Line), def.TypeName), environment);
                    continue;
                }
                run.Built.Add((def, objects));
            }
            runs.Add(run);
        }
        timing?.Mark("definitions");
        // The YAML is rendered on a second core while the objects are checked; it is written only if the checks allow.
        var rendering = ManifestRendering.Start(runs
            .SelectMany(run => run.Built.Select(b => (b.Objects, Header(b.Definition, run.Environment, options))))
            .ToList());

        // 2. Check each environment's objects the way the API server would, then with the MESH rule catalogue.
        foreach (var run in runs)
            found.AddRange(ModelValidator.Validate(run.AllObjects), run.Environment);
        timing?.Mark("validation");
        foreach (var run in runs)
        {
            if (!found.HasErrors(run.Environment))
                found.AddRange(MeshRuleEngine.Check(run.AllObjects, options.Targets), run.Environment);
        }
        timing?.Mark("rules");
        var blocked = Decide();
        timing?.Mark("policy");
        if (blocked)
        {
            rendering.Abandon();
            return new EmitResult(reported, null);
        }

        // 3. Render.
        var files = new List<ManifestFile>();
        foreach (var run in runs)
        {
            foreach (var (def, objects) in run.Built)
            {
                var path = run.Environment is null ? def.Name + ".yaml" : run.Environment + "/" + def.Name + ".yaml";
                files.Add(new ManifestFile(path, rendering.Result(files.Count), def, objects.Count));
            }
        }
        var documents = files.Sum(f => f.DocumentCount);
        var counts = $"{documents} manifest{S(documents)} ({files.Count} file{S(files.Count)})";
        var environments = options.Environments.Count == 0 ? "" : $" (environment{S(options.Environments.Count)} {string.Join(", ", options.Environments)})";
        timing?.Mark("yaml");

        // 4. Write or verify, every environment at once.
        var folder = new OutputFolder(options.OutputPath, options.ProjectName);
        var plan = folder.Plan(files);
        timing?.Mark("compare");
        if (options.Verify)
        {
            foreach (var f in plan.Writes)
            {
                var path = Path.Combine(displayOutput, f.RelativePath).Replace('\\', '/');
                var exists = File.Exists(Path.Combine(options.OutputPath, f.RelativePath));
                found.Add(MeshDiagnostic.Create(MeshRules.ManifestDrift, new SourceLocation(f.Definition.FilePath, f.Definition.Line),
                    path, exists ? "differs from what the build produces" : "is missing"));
            }
            foreach (var stale in plan.Stale)
            {
                var path = Path.Combine(displayOutput, folder.Relative(stale)).Replace('\\', '/');
                found.Add(MeshDiagnostic.Create(MeshRules.ManifestDrift, new SourceLocation(stale, 1),
                    path, "is no longer produced by any definition"));
            }
            Decide();
            return new EmitResult(reported, plan.IsUpToDate ? $"Mesh.Sdk: {counts} in {displayOutput} are up to date{environments}" : null);
        }

        try
        {
            folder.Apply(plan);
            timing?.Mark("write");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Add(MeshDiagnostic.Create(MeshRules.OutputFailed, SourceLocation.None, displayOutput, e.Message));
            Decide();
            return new EmitResult(reported, null);
        }

        return new EmitResult(reported,
            $"Mesh.Sdk: {counts} -> {displayOutput} ({plan.Writes.Count} written, {plan.Unchanged.Count} unchanged, {plan.Stale.Count} removed){environments}");
    }

    /// <summary>One environment's run (<see cref="Environment"/> null when the project configures none): the objects of each definition.</summary>
    private sealed class EnvironmentRun(string? environment)
    {
        public string? Environment { get; } = environment;

        public List<(DefinitionEntry Definition, List<KubernetesObject> Objects)> Built { get; } = [];

        /// <summary>Every object of the run, in definition order (read after the definitions ran).</summary>
        public List<KubernetesObject> AllObjects => _all ??= Built.SelectMany(b => b.Objects).ToList();

        private List<KubernetesObject>? _all;
    }

    /// <summary>
    /// The findings not yet decided, each with the environment it was found in (null: not specific
    /// to one). The same finding (id, severity, file, line and message) in several environments is
    /// reported once, its message prefixed with all of them: <c>[dev, prod] ...</c>; a finding of one
    /// environment gets <c>[prod] ...</c>. The compiler's SARIF comparison (id, file and line) is
    /// unaffected by the prefix.
    /// </summary>
    private sealed class Findings
    {
        private readonly List<(MeshDiagnostic Diagnostic, string? Environment)> _items = [];

        public int Count => _items.Count;

        public void Add(MeshDiagnostic d, string? environment = null) => _items.Add((d, environment));

        public void AddRange(IEnumerable<MeshDiagnostic> diagnostics, string? environment)
        {
            foreach (var d in diagnostics) _items.Add((d, environment));
        }

        /// <summary>Whether an error was found in <paramref name="environment"/> or in no particular one.</summary>
        public bool HasErrors(string? environment) =>
            _items.Any(i => i.Diagnostic.Severity == MeshSeverity.Error && (i.Environment is null || i.Environment == environment));

        /// <summary>The findings so far, the same one of several environments merged, in the order first found; then forgets them.</summary>
        public List<MeshDiagnostic> TakeMerged()
        {
            var merged = new List<(MeshDiagnostic Diagnostic, List<string> Environments)>();
            var index = new Dictionary<MeshDiagnostic, int>();
            foreach (var (d, environment) in _items)
            {
                // Only findings of environments are merged: without them every finding stays as it was found.
                if (environment is null)
                {
                    merged.Add((d, []));
                    continue;
                }
                if (!index.TryGetValue(d, out var at))
                {
                    at = merged.Count;
                    index.Add(d, at);
                    merged.Add((d, []));
                }
                if (!merged[at].Environments.Contains(environment)) merged[at].Environments.Add(environment);
            }
            _items.Clear();
            return merged.Select(m => m.Environments.Count == 0
                ? m.Diagnostic
                : m.Diagnostic with { Message = $"[{string.Join(", ", m.Environments)}] {m.Diagnostic.Message}" }).ToList();
        }
    }

    private static List<KubernetesObject>? RunDefinition(DefinitionEntry def, EmitOptions options, string? environment, Findings diagnostics)
    {
        var userAssembly = def.Factory.Method.DeclaringType?.Assembly;
        try
        {
            var definition = def.Factory();
            var objects = new List<KubernetesObject>();
            var context = new ManifestContext(def.Name, options.Targets, environment, options.Environments);
            var index = 0;
            foreach (var obj in definition.Build(context) ?? [])
            {
                if (obj is null)
                {
                    diagnostics.Add(MeshDiagnostic.Create(MeshRules.MissingRequired, new SourceLocation(def.FilePath, def.Line),
                        def.TypeName, $"the object at position {index} of Build's result (it is null)"), environment);
                    return null;
                }
                objects.Add(obj);
                index++;
            }
            return objects;
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
            var location = UserFrame(inner, userAssembly) ?? new SourceLocation(def.FilePath, def.Line);
            diagnostics.Add(MeshDiagnostic.Create(MeshRules.DefinitionThrew, location, def.Name, inner.GetType().Name, inner.Message), environment);
            return null;
        }
    }

    /// <summary>The innermost frame with source information that belongs to the user's assembly.</summary>
    private static SourceLocation? UserFrame(Exception e, Assembly? userAssembly)
    {
        var trace = new StackTrace(e, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType?.Assembly != userAssembly) continue;
            var file = frame.GetFileName();
            if (!string.IsNullOrEmpty(file) && frame.GetFileLineNumber() > 0)
                return new SourceLocation(file, frame.GetFileLineNumber());
        }
        return null;
    }

    private static string Header(DefinitionEntry def, string? environment, EmitOptions options) =>
        GeneratedFileMarker.FirstLine(options.ProjectName)[2..] + "\n" +
        $"Definition: {def.TypeName} ({Display(options.ProjectDirectory, def.FilePath, directory: false)})" +
        (environment is null ? "" : "\nEnvironment: " + environment);

    private static string Display(string projectDir, string path, bool directory = true)
    {
        if (string.IsNullOrEmpty(path)) return "unknown file";
        var full = Path.GetFullPath(path);
        var rel = Path.GetRelativePath(projectDir, full);
        var shown = rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel)
            ? (directory ? full : Path.GetFileName(full))
            : rel;
        shown = shown.Replace('\\', '/');
        return directory && !shown.EndsWith('/') ? shown + "/" : shown;
    }

    private static string S(int n) => n == 1 ? "" : "s";
}
