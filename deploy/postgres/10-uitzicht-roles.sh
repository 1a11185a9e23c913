#!/usr/bin/env bash
# First start of the PostgreSQL container: the database, its owner (runs the Liquibase migrations)
# and the app login. The app role is no superuser, not the owner and NOBYPASSRLS, so row-level
# security applies to it; the migrations grant it what it needs.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v db="$UITZICHT_DB_NAME" \
  -v owner="$UITZICHT_DB_OWNER_USER" -v owner_password="$UITZICHT_DB_OWNER_PASSWORD" \
  -v app="$UITZICHT_DB_APP_USER" -v app_password="$UITZICHT_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
CREATE DATABASE :"db" OWNER :"owner";
\connect :"db"
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
SQL
echo "uitzicht: database ${UITZICHT_DB_NAME}, owner ${UITZICHT_DB_OWNER_USER}, app login ${UITZICHT_DB_APP_USER} created"
