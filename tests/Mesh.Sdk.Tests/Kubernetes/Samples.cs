using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Batch.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;

namespace Mesh.Sdk.Tests.Kubernetes;

/// <summary>Realistic objects of each kind, written the way users write them.</summary>
internal static class Samples
{
    public static Dictionary<string, string> AppLabels => new() { ["app"] = "checkout" };

    public static Deployment Deployment() => new()
    {
        Metadata = new() { Name = "checkout", Namespace = "shop", Labels = AppLabels },
        Spec = new()
        {
            Replicas = 3,
            Selector = new() { MatchLabels = AppLabels },
            Strategy = new()
            {
                Type = DeploymentStrategyType.RollingUpdate,
                RollingUpdate = new() { MaxSurge = "25%", MaxUnavailable = 0 },
            },
            Template = new()
            {
                Metadata = new()
                {
                    Labels = AppLabels,
                    Annotations = { ["proxy.istio.io/config"] = "holdApplicationUntilProxyStarts: true\n" },
                },
                Spec = new()
                {
                    ServiceAccountName = "checkout",
                    TerminationGracePeriodSeconds = 45,
                    SecurityContext = new()
                    {
                        RunAsNonRoot = true,
                        RunAsUser = 1000,
                        FsGroup = 2000,
                        SeccompProfile = new() { Type = SeccompProfileType.RuntimeDefault },
                    },
                    InitContainers =
                    [
                        new()
                        {
                            Name = "log-shipper",
                            Image = "fluent/fluent-bit:3.1",
                            RestartPolicy = ContainerRestartPolicy.Always,
                        },
                    ],
                    Containers =
                    [
                        new()
                        {
                            Name = "app",
                            Image = "registry.example.com/checkout:1.4.2",
                            ImagePullPolicy = PullPolicy.IfNotPresent,
                            Args = ["--port=8080"],
                            Ports = [new() { Name = "http", Port = 8080 }],
                            Env =
                            [
                                new() { Name = "LOG_LEVEL", Value = "info" },
                                new()
                                {
                                    Name = "POD_IP",
                                    ValueFrom = new() { FieldRef = new() { FieldPath = "status.podIP" } },
                                },
                                new()
                                {
                                    Name = "DB_PASSWORD",
                                    ValueFrom = new() { SecretKeyRef = new() { Name = "checkout-db", Key = "password" } },
                                },
                            ],
                            EnvFrom = [new() { ConfigMapRef = new() { Name = "checkout-config" } }],
                            Resources = new()
                            {
                                Requests = { [ResourceNames.Cpu] = Quantity.Millicores(250), [ResourceNames.Memory] = "256Mi" },
                                Limits = { [ResourceNames.Memory] = "512Mi" },
                            },
                            VolumeMounts =
                            [
                                new() { Name = "config", MountPath = "/etc/checkout", ReadOnly = true },
                                new() { Name = "tmp", MountPath = "/tmp" },
                            ],
                            ReadinessProbe = new()
                            {
                                HttpGet = new() { Path = "/ready", Port = "http" },
                                PeriodSeconds = 5,
                            },
                            LivenessProbe = new()
                            {
                                TcpSocket = new() { Port = 8080 },
                                InitialDelaySeconds = 10,
                                FailureThreshold = 3,
                            },
                            StartupProbe = new()
                            {
                                Grpc = new() { Port = 9090 },
                                FailureThreshold = 30,
                                PeriodSeconds = 2,
                            },
                            Lifecycle = new()
                            {
                                PreStop = new() { Sleep = new() { Seconds = 5 } },
                            },
                            SecurityContext = new()
                            {
                                AllowPrivilegeEscalation = false,
                                ReadOnlyRootFilesystem = true,
                                Capabilities = new() { Drop = ["ALL"] },
                            },
                        },
                    ],
                    Volumes =
                    [
                        new() { Name = "config", ConfigMap = new() { Name = "checkout-config", DefaultMode = 0x1A4 } },
                        new() { Name = "tmp", EmptyDir = new() },
                    ],
                    TopologySpreadConstraints =
                    [
                        new()
                        {
                            MaxSkew = 1,
                            TopologyKey = "topology.kubernetes.io/zone",
                            WhenUnsatisfiable = UnsatisfiableConstraintAction.ScheduleAnyway,
                            LabelSelector = new() { MatchLabels = AppLabels },
                        },
                    ],
                    Tolerations =
                    [
                        new() { Key = "dedicated", Operator = TolerationOperator.Equal, Value = "shop", Effect = TaintEffect.NoSchedule },
                    ],
                    OS = new() { Name = OSName.Linux },
                },
            },
        },
    };

    public static Service Service() => new()
    {
        Metadata = new() { Name = "checkout", Namespace = "shop" },
        Spec = new()
        {
            Type = ServiceType.ClusterIP,
            Selector = AppLabels,
            Ports =
            [
                new() { Name = "http", AppProtocol = "http", Port = 80, TargetPort = "http" },
                new() { Name = "grpc", Protocol = Protocol.TCP, Port = 9090, TargetPort = 9090 },
            ],
        },
    };

    public static HorizontalPodAutoscaler Hpa() => new()
    {
        Metadata = new() { Name = "checkout", Namespace = "shop" },
        Spec = new()
        {
            ScaleTargetRef = new() { ApiVersion = "apps/v1", Kind = "Deployment", Name = "checkout" },
            MinReplicas = 3,
            MaxReplicas = 10,
            Metrics =
            [
                new()
                {
                    Type = MetricSourceType.ContainerResource,
                    ContainerResource = new()
                    {
                        Name = ResourceNames.Cpu,
                        Container = "app",
                        Target = new() { Type = MetricTargetType.Utilization, AverageUtilization = 70 },
                    },
                },
                new()
                {
                    Type = MetricSourceType.Pods,
                    Pods = new()
                    {
                        Metric = new() { Name = "http_requests_per_second" },
                        Target = new() { Type = MetricTargetType.AverageValue, AverageValue = "100" },
                    },
                },
            ],
            Behavior = new()
            {
                ScaleDown = new()
                {
                    StabilizationWindowSeconds = 300,
                    SelectPolicy = ScalingPolicySelect.Min,
                    Policies = [new() { Type = HpaScalingPolicyType.Percent, Value = 10, PeriodSeconds = 60 }],
                },
            },
        },
    };

    public static PodDisruptionBudget Pdb() => new()
    {
        Metadata = new() { Name = "checkout", Namespace = "shop" },
        Spec = new()
        {
            Selector = new() { MatchLabels = AppLabels },
            MaxUnavailable = 1,
            UnhealthyPodEvictionPolicy = UnhealthyPodEvictionPolicyType.AlwaysAllow,
        },
    };

    public static CronJob CronJob() => new()
    {
        Metadata = new() { Name = "nightly-report", Namespace = "shop" },
        Spec = new()
        {
            Schedule = "0 2 * * *",
            TimeZone = "Europe/Paris",
            ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
            SuccessfulJobsHistoryLimit = 1,
            JobTemplate = new()
            {
                Spec = new()
                {
                    BackoffLimit = 2,
                    TtlSecondsAfterFinished = 3600,
                    Template = new()
                    {
                        Spec = new()
                        {
                            RestartPolicy = RestartPolicy.OnFailure,
                            Containers =
                            [
                                new() { Name = "report", Image = "registry.example.com/report:2.0", Command = ["/report", "--since=24h"] },
                            ],
                        },
                    },
                },
            },
        },
    };

    public static StatefulSet StatefulSet() => new()
    {
        Metadata = new() { Name = "db", Namespace = "shop" },
        Spec = new()
        {
            ServiceName = "db",
            Replicas = 3,
            Selector = new() { MatchLabels = { ["app"] = "db" } },
            PodManagementPolicy = PodManagementPolicyType.Parallel,
            UpdateStrategy = new()
            {
                Type = StatefulSetUpdateStrategyType.RollingUpdate,
                RollingUpdate = new() { Partition = 1 },
            },
            PersistentVolumeClaimRetentionPolicy = new()
            {
                WhenDeleted = PersistentVolumeClaimRetentionPolicyType.Retain,
                WhenScaled = PersistentVolumeClaimRetentionPolicyType.Delete,
            },
            Template = new()
            {
                Metadata = new() { Labels = { ["app"] = "db" } },
                Spec = new()
                {
                    Containers =
                    [
                        new()
                        {
                            Name = "db",
                            Image = "postgres:17",
                            VolumeMounts = [new() { Name = "data", MountPath = "/var/lib/postgresql/data" }],
                        },
                    ],
                },
            },
            VolumeClaimTemplates =
            [
                new()
                {
                    Metadata = new() { Name = "data" },
                    Spec = new()
                    {
                        AccessModes = [PersistentVolumeAccessMode.ReadWriteOnce],
                        StorageClassName = "fast",
                        Resources = new() { Requests = { [ResourceNames.Storage] = Quantity.Gibibytes(10) } },
                    },
                },
            ],
        },
    };

    public static DaemonSet DaemonSet() => new()
    {
        Metadata = new() { Name = "node-agent", Namespace = "kube-system" },
        Spec = new()
        {
            Selector = new() { MatchLabels = { ["app"] = "node-agent" } },
            UpdateStrategy = new()
            {
                Type = DaemonSetUpdateStrategyType.RollingUpdate,
                RollingUpdate = new() { MaxUnavailable = 0, MaxSurge = 1 },
            },
            Template = new()
            {
                Metadata = new() { Labels = { ["app"] = "node-agent" } },
                Spec = new()
                {
                    HostNetwork = true,
                    HostPID = true,
                    DnsPolicy = DnsPolicy.ClusterFirstWithHostNet,
                    PriorityClassName = "system-node-critical",
                    Tolerations = [new() { Operator = TolerationOperator.Exists }],
                    Containers =
                    [
                        new()
                        {
                            Name = "agent",
                            Image = "registry.example.com/agent:1.0",
                            SecurityContext = new() { Privileged = true },
                            VolumeMounts = [new() { Name = "proc", MountPath = "/host/proc", ReadOnly = true, MountPropagation = MountPropagationMode.HostToContainer }],
                        },
                    ],
                    Volumes = [new() { Name = "proc", HostPath = new() { Path = "/proc", Type = HostPathType.Directory } }],
                },
            },
        },
    };

    public static Job Job() => new()
    {
        Metadata = new() { Name = "migrate", Namespace = "shop" },
        Spec = new()
        {
            BackoffLimit = 0,
            ActiveDeadlineSeconds = 600,
            Completions = 1,
            Parallelism = 1,
            CompletionMode = CompletionMode.NonIndexed,
            Template = new()
            {
                Spec = new()
                {
                    RestartPolicy = RestartPolicy.Never,
                    Containers = [new() { Name = "migrate", Image = "registry.example.com/migrate:1.0" }],
                },
            },
        },
    };

    public static ConfigMap ConfigMap() => new()
    {
        Metadata = new() { Name = "checkout-config", Namespace = "shop" },
        Immutable = true,
        Data =
        {
            ["LOG_FORMAT"] = "json",
            ["FEATURE_X"] = "true",
            ["app.yaml"] = "server:\n  port: 8080\n",
        },
        BinaryData = { ["logo.png"] = "iVBORw0KGgo=" },
    };

    public static Secret Secret() => new()
    {
        Metadata = new() { Name = "checkout-db", Namespace = "shop" },
        Type = SecretTypes.BasicAuth,
        StringData = { ["username"] = "checkout", ["password"] = "s3cret" },
    };

    public static Namespace Namespace() => new()
    {
        Metadata = new() { Name = "shop", Labels = { ["istio.io/rev"] = "stable" } },
    };

    public static ServiceAccount ServiceAccount() => new()
    {
        Metadata = new() { Name = "checkout", Namespace = "shop" },
        AutomountServiceAccountToken = false,
        ImagePullSecrets = [new() { Name = "registry" }],
    };

    public static Pod Pod() => new()
    {
        Metadata = new() { Name = "debug", Namespace = "shop" },
        Spec = new()
        {
            RestartPolicy = RestartPolicy.Never,
            Containers = [new() { Name = "shell", Image = "busybox:1.36", Command = ["sleep", "3600"], Stdin = true, Tty = true }],
        },
    };
}
