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
        var diagnostics = new List<MeshDiagnostic>();
        var reported = new List<ReportedDiagnostic>();
        // Decides the effective severity of what was found so far; an effective error stops every write.
        bool Decide()
        {
            reported.AddRange(DiagnosticPolicy.Apply(diagnostics, policy));
            diagnostics.Clear();
            return reported.Any(d => d.Severity == MeshSeverity.Error);
        }
        var displayOutput = Display(options.ProjectDirectory, options.OutputPath);
        var timing = PhaseTiming.FromEnvironment();

        if (definitions.Count == 0)
            diagnostics.Add(MeshDiagnostic.Create(MeshRules.NoDefinitions, SourceLocation.None, options.ProjectName));

        // 1. Run every definition.
        var built = new List<(DefinitionEntry Definition, List<KubernetesObject> Objects)>();
        var byName = new Dictionary<string, DefinitionEntry>(StringComparer.Ordinal);
        foreach (var def in definitions)
        {
            var defLocation = new SourceLocation(def.FilePath, def.Line);
            if (!Names.IsDefinitionName(def.Name))
            {
                diagnostics.Add(MeshDiagnostic.Create(MeshRules.InvalidDefinition, defLocation, def.TypeName,
                    $"has the name '{def.Name}', which is not a valid file name; use lower-case letters, digits, '-' and '.'"));
                continue;
            }
            if (byName.TryGetValue(def.Name, out var other))
            {
                diagnostics.Add(MeshDiagnostic.Create(MeshRules.DuplicateDefinitionName, defLocation, other.TypeName, def.TypeName, def.Name));
                continue;
            }
            byName.Add(def.Name, def);

            var objects = RunDefinition(def, options, diagnostics);
            if (objects is null) continue;
            if (objects.Count == 0)
            {
                diagnostics.Add(MeshDiagnostic.Create(MeshRules.EmptyDefinition, defLocation, def.TypeName));
                continue;
            }
            built.Add((def, objects));
        }
        timing?.Mark("definitions");
        // The YAML is rendered on a second core while the objects are checked; it is written only if the checks allow.
        var rendering = ManifestRendering.Start(built.Select(b => (b.Objects, Header(b.Definition, options))).ToList());

        // 2. Check the objects the way the API server would, then the MESH rule catalogue.
        var allObjects = built.SelectMany(b => b.Objects).ToList();
        diagnostics.AddRange(ModelValidator.Validate(allObjects));
        timing?.Mark("validation");
        if (!diagnostics.Any(d => d.Severity == MeshSeverity.Error))
            diagnostics.AddRange(MeshRuleEngine.Check(allObjects, options.Targets));
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
        foreach (var (def, objects) in built)
            files.Add(new ManifestFile(def.Name + ".yaml", rendering.Result(files.Count), def, objects.Count));
        var documents = files.Sum(f => f.DocumentCount);
        var counts = $"{documents} manifest{S(documents)} ({files.Count} file{S(files.Count)})";
        timing?.Mark("yaml");

        // 4. Write or verify.
        var folder = new OutputFolder(options.OutputPath, options.ProjectName);
        var plan = folder.Plan(files);
        timing?.Mark("compare");
        if (options.Verify)
        {
            foreach (var f in plan.Writes)
            {
                var path = Path.Combine(displayOutput, f.RelativePath).Replace('\\', '/');
                var exists = File.Exists(Path.Combine(options.OutputPath, f.RelativePath));
                diagnostics.Add(MeshDiagnostic.Create(MeshRules.ManifestDrift, new SourceLocation(f.Definition.FilePath, f.Definition.Line),
                    path, exists ? "differs from what the build produces" : "is missing"));
            }
            foreach (var stale in plan.Stale)
            {
                var path = Path.Combine(displayOutput, folder.Relative(stale)).Replace('\\', '/');
                diagnostics.Add(MeshDiagnostic.Create(MeshRules.ManifestDrift, new SourceLocation(stale, 1),
                    path, "is no longer produced by any definition"));
            }
            Decide();
            return new EmitResult(reported, plan.IsUpToDate ? $"Mesh.Sdk: {counts} in {displayOutput} are up to date" : null);
        }

        try
        {
            folder.Apply(plan);
            timing?.Mark("write");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(MeshDiagnostic.Create(MeshRules.OutputFailed, SourceLocation.None, displayOutput, e.Message));
            Decide();
            return new EmitResult(reported, null);
        }

        return new EmitResult(reported,
            $"Mesh.Sdk: {counts} -> {displayOutput} ({plan.Writes.Count} written, {plan.Unchanged.Count} unchanged, {plan.Stale.Count} removed)");
    }

    private static List<KubernetesObject>? RunDefinition(DefinitionEntry def, EmitOptions options, List<MeshDiagnostic> diagnostics)
    {
        var userAssembly = def.Factory.Method.DeclaringType?.Assembly;
        try
        {
            var definition = def.Factory();
            var objects = new List<KubernetesObject>();
            var context = new ManifestContext(def.Name, options.Targets);
            var index = 0;
            foreach (var obj in definition.Build(context) ?? [])
            {
                if (obj is null)
                {
                    diagnostics.Add(MeshDiagnostic.Create(MeshRules.MissingRequired, new SourceLocation(def.FilePath, def.Line),
                        def.TypeName, $"the object at position {index} of Build's result (it is null)"));
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
            diagnostics.Add(MeshDiagnostic.Create(MeshRules.DefinitionThrew, location, def.Name, inner.GetType().Name, inner.Message));
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

    private static string Header(DefinitionEntry def, EmitOptions options) =>
        GeneratedFileMarker.FirstLine(options.ProjectName)[2..] + "\n" +
        $"Definition: {def.TypeName} ({Display(options.ProjectDirectory, def.FilePath, directory: false)})";

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
