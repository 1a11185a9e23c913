package nl.uitzicht.ops;

import static nl.uitzicht.ops.RenderedChart.at;
import static nl.uitzicht.ops.RenderedChart.container;
import static nl.uitzicht.ops.RenderedChart.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Helm chart in {@code helm/uitzicht}, linted and rendered with Helm itself (helm-java bundles
 * it as a native library) for the value sets a region or hosting partner would use: the defaults,
 * their own PostgreSQL and Redis, autoscaling, and no Ingress.
 */
@SuppressWarnings("unchecked")
class HelmChartTest {

    static final Path CHART = Path.of("../helm/uitzicht");
    static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|_KEY$|TOKEN|_USER$");

    /** {@code helm template} of the chart (see {@link ChartWithHooksShown}) with a values file and --set pairs. */
    static RenderedChart render(String valuesFile, String... sets) {
        TemplateCommand template = new Helm(ChartWithHooksShown.copyOf(CHART))
                .template()
                .withName("uitzicht")
                .withNamespace("uitzicht")
                .withKubeVersion("1.31.0");
        if (valuesFile != null) {
            template = template.withValuesFile(CHART.resolve("ci").resolve(valuesFile));
        }
        for (int i = 0; i < sets.length; i += 2) {
            template = template.set(sets[i], sets[i + 1]);
        }
        return ChartWithHooksShown.parse(template.call());
    }

    @Test
    void theChartPassesStrictLint() {
        LintResult result = new Helm(CHART).lint().strict().call();
        assertThat(result.isFailed())
                .as("lint messages: %s", result.getMessages())
                .isFalse();
    }

    /** Rendering checks the values against values.schema.json: every shipped value set must pass. */
    @ParameterizedTest
    @ValueSource(strings = {"external-values.yaml", "autoscaling-values.yaml", "no-ingress-values.yaml"})
    void everyExampleValueSetRenders(String valuesFile) {
        assertThat(render(valuesFile).kinds()).contains("Deployment", "Service", "Job");
    }

    @Test
    void defaultsRenderTheWholeApplication() {
        RenderedChart chart = render(null);
        assertThat(chart.kinds())
                .containsExactly(
                        "Deployment",
                        "Ingress",
                        "Job",
                        "NetworkPolicy",
                        "Pod",
                        "PodDisruptionBudget",
                        "Service",
                        "ServiceAccount");

        Map<String, Object> deployment = chart.one("Deployment");
        assertThat((Integer) at(deployment, "spec.replicas")).isEqualTo(2);
        assertThat((Integer) at(deployment, "spec.strategy.rollingUpdate.maxUnavailable"))
                .isZero();
        assertThat((String) at(deployment, "spec.template.spec.serviceAccountName"))
                .isEqualTo("uitzicht");
    }

    @Test
    void thePodsAreProbedOnTheActuatorHealthGroups() {
        Map<String, Object> app = container(render(null).one("Deployment"));
        assertThat((String) at(app, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) at(app, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) at(app, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        assertThat((String) at(app, "readinessProbe.httpGet.port")).isEqualTo("management");
        int startupBudget =
                (Integer) at(app, "startupProbe.periodSeconds") * (Integer) at(app, "startupProbe.failureThreshold");
        assertThat(startupBudget).as("seconds a pod may take to start").isGreaterThanOrEqualTo(120);
        // Readiness answers DOWN within 1 s when the database stalls (DatabaseHealth, 800 ms): the probe
        // waits a little longer than that, so a stalled database shows as DOWN rather than a probe timeout,
        // and a pod leaves the Service within about ten seconds.
        assertThat((Integer) at(app, "readinessProbe.timeoutSeconds")).isEqualTo(2);
        assertThat((Integer) at(app, "readinessProbe.periodSeconds")
                        * (Integer) at(app, "readinessProbe.failureThreshold"))
                .as("seconds until an unready pod gets no more requests")
                .isLessThanOrEqualTo(10);
        // Liveness does not ask the database; its timeout covers a busy JVM, not a slow database.
        assertThat((Integer) at(app, "livenessProbe.timeoutSeconds")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) at(app, "livenessProbe.periodSeconds")
                        * (Integer) at(app, "livenessProbe.failureThreshold"))
                .as("seconds of no answer before a restart")
                .isGreaterThanOrEqualTo(30);
        assertThat(env(render(null).one("Deployment"))
                        .get("MANAGEMENT_SERVER_PORT")
                        .get("value"))
                .isEqualTo("8081");
    }

    @Test
    void theAppAndTheMigrationRunInTheSchoolsTimeZone() {
        RenderedChart chart = render(null);
        assertThat(env(chart.one("Deployment")).get("TZ").get("value")).isEqualTo("Europe/Amsterdam");
        assertThat(env(chart.one("Job")).get("TZ").get("value")).isEqualTo("Europe/Amsterdam");
    }

    @Test
    void thePodsRunNonRootOnAReadOnlyRootWithWritableTmpAndShutDownGracefully() {
        Map<String, Object> deployment = render(null).one("Deployment");
        Map<String, Object> pod = at(deployment, "spec.template.spec");
        Map<String, Object> app = container(deployment);
        assertThat((Boolean) at(pod, "securityContext.runAsNonRoot")).isTrue();
        assertThat((Boolean) at(app, "securityContext.readOnlyRootFilesystem")).isTrue();
        assertThat((Boolean) at(app, "securityContext.allowPrivilegeEscalation"))
                .isFalse();
        assertThat((List<String>) at(app, "securityContext.capabilities.drop")).containsExactly("ALL");
        assertThat((String) at(app, "volumeMounts.0.mountPath")).isEqualTo("/tmp");
        assertThat((Map<?, ?>) at(pod, "volumes.0.emptyDir")).isNotNull();
        assertThat((List<String>) at(app, "lifecycle.preStop.exec.command")).containsExactly("sleep", "10");
        assertThat((Integer) at(pod, "terminationGracePeriodSeconds")).isGreaterThan(10 + 20);
        assertThat((Boolean) at(pod, "automountServiceAccountToken")).isFalse();
        assertThat((Map<String, Object>) at(app, "resources.requests")).containsKeys("cpu", "memory");
        assertThat((Map<String, Object>) at(app, "resources.limits")).containsKey("memory");
    }

    @Test
    void theIngressKeepsABrowserOnItsPodAndHoldsPushConnectionsOpen() {
        Map<String, Object> ingress = render(null).one("Ingress");
        Map<String, String> annotations = at(ingress, "metadata.annotations");
        assertThat(annotations)
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-name", "UITZICHT_ROUTE");
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")))
                .isGreaterThanOrEqualTo(3600);
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-send-timeout")))
                .isGreaterThanOrEqualTo(3600);
        assertThat((String) at(ingress, "spec.rules.0.http.paths.0.backend.service.port.name"))
                .as("only the web port, never the actuator")
                .isEqualTo("http");
        assertThat((String) at(ingress, "spec.tls.0.secretName")).isEqualTo("uitzicht-tls");
    }

    @Test
    void migrationsRunOncePerReleaseInAHookJobAsTheOwnerWhileTheAppRunsAsTheAppRole() {
        RenderedChart chart = render(null);
        Map<String, Object> job = chart.one("Job");
        Map<String, String> annotations = at(job, "metadata.annotations");
        assertThat(annotations.get("helm.sh/hook")).isEqualTo("pre-install,pre-upgrade");
        assertThat(annotations.get("helm.sh/hook-delete-policy")).contains("before-hook-creation");
        assertThat((String) at(job, "spec.template.spec.restartPolicy")).isEqualTo("Never");

        Map<String, Map<String, Object>> jobEnv = env(job);
        assertThat(jobEnv.get("SPRING_PROFILES_ACTIVE").get("value")).isEqualTo("prod,migrate");
        assertThat(jobEnv.get("UITZICHT_DB_MIGRATE").get("value")).isEqualTo("true");
        assertThat(secretRef(jobEnv, "UITZICHT_DB_OWNER_USER"))
                .containsEntry("name", "uitzicht-db")
                .containsEntry("key", "owner-username");
        assertThat(secretRef(jobEnv, "UITZICHT_DB_OWNER_PASSWORD")).containsEntry("key", "owner-password");
        assertThat(container(job).get("image"))
                .isEqualTo(container(chart.one("Deployment")).get("image"));

        Map<String, Map<String, Object>> appEnv = env(chart.one("Deployment"));
        assertThat(appEnv.get("UITZICHT_DB_MIGRATE").get("value")).isEqualTo("false");
        assertThat(appEnv).doesNotContainKeys("UITZICHT_DB_OWNER_USER", "UITZICHT_DB_OWNER_PASSWORD");
        assertThat(secretRef(appEnv, "UITZICHT_DB_APP_PASSWORD")).containsEntry("key", "app-password");
        assertThat(secretRef(appEnv, "UITZICHT_SECRET_KEY")).containsEntry("name", "uitzicht-secret-key");
        assertThat(appEnv.get("UITZICHT_DEMO_ENABLED").get("value")).isEqualTo("false");
    }

    @Test
    void duringAKeyRotationThePreviousKeyComesFromTheSameSecret() {
        RenderedChart chart = render(null, "secretKey.previousKey", "previous-secret-key");
        for (String kind : List.of("Deployment", "Job")) {
            assertThat(secretRef(env(chart.one(kind)), "UITZICHT_CRYPTO_PREVIOUS_SECRET_KEY"))
                    .containsEntry("name", "uitzicht-secret-key")
                    .containsEntry("key", "previous-secret-key");
        }
        assertThat(env(render(null).one("Deployment"))).doesNotContainKey("UITZICHT_CRYPTO_PREVIOUS_SECRET_KEY");
    }

    @Test
    void migrationsCanBeLeftToTheOperator() {
        assertThat(render(null, "migration.enabled", "false").find("Job")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "external-values.yaml", "autoscaling-values.yaml", "no-ingress-values.yaml"})
    void noSecretIsRenderedInPlainText(String valuesFile) {
        RenderedChart chart = render(valuesFile.isEmpty() ? null : valuesFile);
        assertThat(chart.all("Secret")).as("the chart creates no Secret").isEmpty();
        assertThat(chart.all("ConfigMap")).isEmpty();
        for (String kind : List.of("Deployment", "Job")) {
            env(chart.one(kind)).forEach((name, entry) -> {
                if (SECRET_NAME.matcher(name).find()) {
                    assertThat(entry)
                            .as("%s %s", kind, name)
                            .doesNotContainKey("value")
                            .containsKey("valueFrom");
                }
                // a plain value (e.g. a Redis URL) may never carry credentials
                if (entry.get("value") instanceof String value) {
                    assertThat(value)
                            .as("%s %s", kind, name)
                            .doesNotContain("@")
                            .doesNotContainIgnoringCase("password");
                }
            });
        }
    }

    @Test
    void aHostingPartnersOwnDatabaseAndRedisComeFromTheirSecrets() {
        RenderedChart chart = render("external-values.yaml");
        Map<String, Map<String, Object>> appEnv = env(chart.one("Deployment"));
        assertThat(appEnv.get("UITZICHT_DB_URL").get("value"))
                .isEqualTo("jdbc:postgresql://pg-prod.db.svc.cluster.local:5432/uitzicht?sslmode=verify-full");
        assertThat(secretRef(appEnv, "UITZICHT_DB_APP_USER"))
                .containsEntry("name", "partner-pg-logins")
                .containsEntry("key", "app-user");
        assertThat(secretRef(appEnv, "UITZICHT_REDIS_URL"))
                .containsEntry("name", "partner-redis")
                .containsEntry("key", "url");
        assertThat(appEnv.get("UITZICHT_REDIS_ENABLED").get("value")).isEqualTo("true");
        assertThat(secretRef(appEnv, "UITZICHT_SECRET_KEY"))
                .containsEntry("name", "partner-uitzicht-key")
                .containsEntry("key", "aes-key");
        assertThat(secretRef(env(chart.one("Job")), "UITZICHT_DB_OWNER_PASSWORD"))
                .containsEntry("name", "partner-pg-logins")
                .containsEntry("key", "owner-pass");
        assertThat(container(chart.one("Deployment")).get("image"))
                .isEqualTo("registry.partner.example/uitzicht/uitzicht:2026.11.1");

        Map<String, Object> policy = chart.one("NetworkPolicy");
        assertThat(chart.text()).contains("cidr: 10.20.0.0/16").contains("cidr: 10.30.0.0/16");
        assertThat((Integer) at(policy, "spec.egress.2.ports.0.port")).isEqualTo(6380);
    }

    /** Redis AUTH with a password from a Secret of its own, over TLS (rediss://); neither in plain values. */
    @Test
    void mailIsOffUnlessAHostIsSetAndItsLoginComesFromASecret() {
        Map<String, Map<String, Object>> none = env(render(null).one("Deployment"));
        assertThat(none).doesNotContainKeys("SPRING_MAIL_HOST", "SPRING_MAIL_PASSWORD", "UITZICHT_MAIL_FROM");
        assertThat(none.get("UITZICHT_REMINDER_DIGEST_CRON").get("value")).isEqualTo("0 30 6 * * *");

        RenderedChart chart = render(
                null,
                "mail.host",
                "smtp.swv.example",
                "mail.existingSecret",
                "uitzicht-mail",
                "mail.publicUrl",
                "https://uitzicht.swv.example",
                "networkPolicy.enabled",
                "true");
        Map<String, Map<String, Object>> appEnv = env(chart.one("Deployment"));
        assertThat(appEnv.get("SPRING_MAIL_HOST").get("value")).isEqualTo("smtp.swv.example");
        assertThat(appEnv.get("SPRING_MAIL_PORT").get("value")).isEqualTo("587");
        assertThat(appEnv.get("UITZICHT_PUBLIC_URL").get("value")).isEqualTo("https://uitzicht.swv.example");
        assertThat(secretRef(appEnv, "SPRING_MAIL_PASSWORD"))
                .containsEntry("name", "uitzicht-mail")
                .containsEntry("key", "password");
        assertThat(chart.one("NetworkPolicy").toString()).contains("port=587");
        assertThatThrownBy(() -> render(null, "mail.digestCron", "every morning"))
                .hasMessageContaining("digestCron");
    }

    @Test
    void redisPasswordComesFromItsSecretAndTlsFromTheUrl() {
        RenderedChart chart =
                render(null, "redis.url", "rediss://redis.cache.svc:6380", "redis.passwordSecret", "uitzicht-redis");
        Map<String, Map<String, Object>> appEnv = env(chart.one("Deployment"));
        assertThat(appEnv.get("UITZICHT_REDIS_URL").get("value")).isEqualTo("rediss://redis.cache.svc:6380");
        assertThat(secretRef(appEnv, "UITZICHT_REDIS_PASSWORD"))
                .containsEntry("name", "uitzicht-redis")
                .containsEntry("key", "redis-password");
        assertThat(env(render(null).one("Deployment")))
                .as("no AUTH unless asked for")
                .doesNotContainKey("UITZICHT_REDIS_PASSWORD");
        assertThatThrownBy(() -> render(null, "redis.url", "rediss://:geheim@redis.cache.svc:6380"))
                .hasMessageContaining("redis");
    }

    @Test
    void withAutoscalingTheHpaOwnsTheReplicasAndScalesDownSlowly() {
        RenderedChart chart = render("autoscaling-values.yaml");
        Map<String, Object> hpa = chart.one("HorizontalPodAutoscaler");
        assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat((Integer) at(hpa, "spec.minReplicas")).isEqualTo(3);
        assertThat((Integer) at(hpa, "spec.maxReplicas")).isEqualTo(10);
        assertThat((Integer) at(hpa, "spec.metrics.0.resource.target.averageUtilization"))
                .isEqualTo(60);
        assertThat((Integer) at(hpa, "spec.behavior.scaleDown.stabilizationWindowSeconds"))
                .isGreaterThanOrEqualTo(600);
        assertThat((Integer) at(hpa, "spec.behavior.scaleDown.policies.0.value"))
                .isEqualTo(1);
        assertThat((Integer) at(hpa, "spec.behavior.scaleDown.policies.0.periodSeconds"))
                .isGreaterThanOrEqualTo(300);
        assertThat((Map<String, Object>) at(chart.one("Deployment"), "spec")).doesNotContainKey("replicas");
        assertThat(chart.find("PodDisruptionBudget")).isPresent();
    }

    @Test
    void withoutIngressOneReplicaGetsNoIngressNoDisruptionBudgetAndAnInProcessCache() {
        RenderedChart chart = render("no-ingress-values.yaml");
        assertThat(chart.find("Ingress")).isEmpty();
        assertThat(chart.find("PodDisruptionBudget"))
                .as("would block every node drain with one replica")
                .isEmpty();
        assertThat(chart.find("HorizontalPodAutoscaler")).isEmpty();
        Map<String, Map<String, Object>> appEnv = env(chart.one("Deployment"));
        assertThat(appEnv.get("UITZICHT_REDIS_ENABLED").get("value")).isEqualTo("false");
        assertThat(appEnv).doesNotContainKey("UITZICHT_REDIS_URL");
        assertThat((Integer) at(chart.one("Deployment"), "spec.replicas")).isEqualTo(1);
    }

    @Test
    void theNetworkPolicyAdmitsTheIngressControllerAndPrometheusOnly() {
        Map<String, Object> policy = render(null).one("NetworkPolicy");
        List<Map<String, Object>> rules = at(policy, "spec.ingress");
        assertThat(rules).hasSize(3);
        Map<String, String> controller = at(policy, "spec.ingress.0.from.0.namespaceSelector.matchLabels");
        assertThat(controller).containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
        assertThat((String) at(policy, "spec.ingress.0.ports.0.port")).isEqualTo("http");
        Map<String, String> monitoring = at(policy, "spec.ingress.2.from.0.namespaceSelector.matchLabels");
        assertThat(monitoring).containsEntry("kubernetes.io/metadata.name", "monitoring");
        assertThat((List<?>) at(policy, "spec.ingress.2.ports")).hasSize(1);
        assertThat((String) at(policy, "spec.ingress.2.ports.0.port")).isEqualTo("management");
    }

    @Test
    void helmTestChecksReadinessThroughTheService() {
        Map<String, Object> pod = render(null).one("Pod");
        Map<String, String> annotations = at(pod, "metadata.annotations");
        assertThat(annotations.get("helm.sh/hook")).isEqualTo("test");
        assertThat(String.join(" ", (List<String>) container(pod).get("command")))
                .contains("http://uitzicht:8081/actuator/health/readiness")
                .contains("\"status\":\"UP\"");
    }

    @Test
    void theSchemaRejectsPlainTextCredentialsInValues() {
        assertThatThrownBy(() -> render(null, "database.password", "geheim")).hasMessageContaining("password");
        assertThatThrownBy(() -> render(null, "redis.url", "redis://:geheim@redis:6379"))
                .hasMessageContaining("redis");
        assertThatThrownBy(() -> render(
                        null,
                        "config.extraEnv[0].name",
                        "UITZICHT_DB_APP_PASSWORD",
                        "config.extraEnv[0].value",
                        "geheim"))
                .hasMessageContaining("extraEnv");
        assertThatThrownBy(() -> render(null, "securityContext.allowPrivilegeEscalation", "true"))
                .hasMessageContaining("allowPrivilegeEscalation");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> secretRef(Map<String, Map<String, Object>> env, String name) {
        Map<String, Object> entry = env.get(name);
        assertThat(entry).as(name).isNotNull().doesNotContainKey("value");
        return (Map<String, String>) at(entry, "valueFrom.secretKeyRef");
    }
}
