using Mesh.Sdk;
using Mesh.Sdk.Crds.Backup.Acme.Io.V1;
using Mesh.Sdk.Model;

namespace CustomResources;

/// <summary>
/// Custom resources next to built-in kinds: BackupSchedule is generated at compile time from
/// crds/backupschedules.yaml, with the same conventions (required members, enums that write
/// their exact strings, typed durations and int-or-string). `dotnet build` writes deploy/backups.yaml.
/// </summary>
[Manifest("backups")]
public sealed class Backups : ManifestDefinition
{
    public override IEnumerable<KubernetesObject> Build(ManifestContext context)
    {
        yield return new BackupSchedule
        {
            Metadata = new() { Name = "orders-nightly", Namespace = "shop" },
            Spec = new()
            {
                Schedule = "0 2 * * *",
                Retention = 14,
                Timeout = Duration.FromMinutes(45),
                ConcurrencyPolicy = BackupScheduleConcurrencyPolicy.Forbid,
                Target = new() { Database = "orders", Port = 5432, Tables = ["orders", "order_lines"] },
                Storage = new()
                {
                    S3 = new() { Bucket = "acme-backups", Region = "eu-west-1", StorageClass = BackupScheduleStorageClass.GlacierIr },
                },
                Hooks =
                [
                    new() { Name = "flush", Command = ["psql", "-c", "CHECKPOINT"], When = BackupScheduleWhen.Pre },
                ],
                Labels = { ["team"] = "orders" },
                Options = { ["compression"] = "zstd", ["parallelism"] = 4 },
            },
        };
    }
}
