using Mesh.Sdk.Hosting;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Emit;

/// <summary>A manifest file to be written: its path under the output folder, its content (UTF-8, no BOM) and the definition behind it.</summary>
internal sealed record ManifestFile(string RelativePath, Utf8Buffer Content, DefinitionEntry Definition, int DocumentCount);
