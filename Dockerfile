# NewsPortal web portal: build with the .NET SDK, run on the ASP.NET runtime image.
# docker compose up (see docker-compose.yml) runs it beside PostgreSQL.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/NewsPortal.Web/NewsPortal.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ seeds/
# Index, inbox and logs live under /app/.data (a volume in docker-compose.yml), owned by the image's non-root user.
RUN mkdir -p /app/.data && chown app:app /app/.data
# The ASP.NET image listens on ASPNETCORE_HTTP_PORTS=8080.
ENV ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "NewsPortal.Web.dll"]
