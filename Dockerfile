# Build the portal with the project's own Maven wrapper, then run it on a slim JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY cinema-core/pom.xml cinema-core/
COPY cinema-mapping/pom.xml cinema-mapping/
COPY cinema-pilots/pom.xml cinema-pilots/
COPY cinema-web/pom.xml cinema-web/
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app cinema
WORKDIR /app
COPY --from=build /src/cinema-web/target/cinema-web.jar /tmp/cinema-web.jar
COPY deploy/prepare-runtime.sh /tmp/
# Extracted jar and class-data-sharing archive: starts in about 60 % of the time (docs/performance.md).
RUN sh /tmp/prepare-runtime.sh /tmp/cinema-web.jar /app && rm /tmp/cinema-web.jar /tmp/prepare-runtime.sh
USER cinema
EXPOSE 8080
# The heap cap, two malloc arenas and a periodic trim of the native heap (memory the JIT compilers
# freed goes back to the system) keep the resident memory under 600 MB under load (docs/performance.md);
# imports stream their files, so the heap need not grow with them. On OutOfMemoryError the JVM exits, so that
# the orchestrator restarts it instead of leaving an instance whose threads died one by one (docs/operations.md).
ENV JDK_JAVA_OPTIONS="-Xmx224m -Xss512k -XX:TrimNativeHeapInterval=30000 -XX:+ExitOnOutOfMemoryError" MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/cinema.jsa", "-jar", "/app/cinema-web.jar"]
