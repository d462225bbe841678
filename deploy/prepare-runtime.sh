#!/bin/sh
# Lays out the portal's executable jar the way it starts fastest (docs/operations.md, "Start-up"):
#   1. extracted, so that classes load from plain jars instead of jars nested in the jar;
#   2. with a class-data-sharing archive (AppCDS) written by a training run, so that each start maps the
#      classes it needs instead of reading, parsing and verifying them again.
# The training run starts the application context without a database and stops once it is refreshed,
# so it works where the image is built. The archive only fits the Java runtime that wrote it.
# Usage: deploy/prepare-runtime.sh <cinema-web.jar> <directory>; then run
#   java -XX:SharedArchiveFile=<directory>/cinema.jsa -jar <directory>/cinema-web.jar
set -eu
JAR=$1
DIR=$2
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR"
java -XX:ArchiveClassesAtExit="$DIR/cinema.jsa" -Dspring.context.exit=onRefresh \
  -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:9/no-database \
  -Dspring.datasource.hikari.initialization-fail-timeout=-1 \
  -Dspring.datasource.hikari.connection-timeout=250 \
  -Dspring.flyway.enabled=false \
  -Dspring.jpa.hibernate.ddl-auto=none \
  -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
  -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
  -Dlogging.level.root=ERROR \
  -jar "$DIR/cinema-web.jar" > "$DIR/cds-training.log" 2>&1 || { cat "$DIR/cds-training.log"; exit 1; }
test -s "$DIR/cinema.jsa"
