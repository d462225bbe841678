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
COPY --from=build /src/cinema-web/target/cinema-web.jar cinema-web.jar
USER cinema
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/cinema-web.jar"]
