package org.wellbeing.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The board dashboard: plain HTML, CSS and JavaScript from {@code src/main/resources/public}, served at
 * {@code /} by Javalin's static files. The page reads everything it shows from the API.
 */
final class DashboardFiles {
    static final String DIRECTORY = "/public";

    private DashboardFiles() {}

    static void register(StaticFilesConfig staticFiles) {
        staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            // the page and its assets change with the jar: always revalidate, never serve a stale script
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }
}
