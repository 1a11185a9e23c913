{{- define "uitzicht.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "uitzicht.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "uitzicht.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "uitzicht.selectorLabels" -}}
app.kubernetes.io/name: {{ include "uitzicht.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "uitzicht.labels" -}}
helm.sh/chart: {{ include "uitzicht.chart" . }}
{{ include "uitzicht.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: uitzicht
{{- end }}

{{- define "uitzicht.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "uitzicht.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "uitzicht.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{- define "uitzicht.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret | quote }}
      key: {{ .key | quote }}
{{- end }}

{{/* Environment shared by the app pods and the migration Job: database app login, key, Redis, logs. */}}
{{- define "uitzicht.commonEnv" -}}
- name: UITZICHT_DB_URL
  value: {{ .Values.database.url | quote }}
{{ include "uitzicht.secretEnv" (dict "name" "UITZICHT_DB_APP_USER" "secret" .Values.database.existingSecret "key" .Values.database.appUsernameKey) }}
{{ include "uitzicht.secretEnv" (dict "name" "UITZICHT_DB_APP_PASSWORD" "secret" .Values.database.existingSecret "key" .Values.database.appPasswordKey) }}
{{ include "uitzicht.secretEnv" (dict "name" "UITZICHT_SECRET_KEY" "secret" .Values.secretKey.existingSecret "key" .Values.secretKey.key) }}
{{- if .Values.secretKey.previousKey }}
{{ include "uitzicht.secretEnv" (dict "name" "UITZICHT_CRYPTO_PREVIOUS_SECRET_KEY" "secret" .Values.secretKey.existingSecret "key" .Values.secretKey.previousKey) }}
{{- end }}
- name: UITZICHT_DEMO_ENABLED
  value: "false"
# The schools' time zone (ADR 0062): log times and any JVM default match the application's Clock bean.
- name: TZ
  value: "Europe/Amsterdam"
{{- if .Values.config.logFormat }}
- name: LOGGING_STRUCTURED_FORMAT_CONSOLE
  value: {{ .Values.config.logFormat | quote }}
{{- end }}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.config.javaToolOptions | quote }}
{{- end }}
