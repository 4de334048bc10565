/**
 * The HTTP service: Javalin 7 routes under {@code /api}, error mapping and auth, the dashboard's static files at
 * {@code /}, and nothing else.
 *
 * <p>{@link org.wellbeing.web.WebServer} wires one route class per endpoint family ({@code HealthRoutes},
 * {@code CatalogueRoutes}, {@code BoardRoutes}, {@code EvaluationRoutes}, {@code RuleRoutes}, {@code AuditRoutes},
 * {@code OpenApiRoutes}) over {@link org.wellbeing.service.Services}, and {@code DashboardFiles} serves the board
 * dashboard (plain HTML, CSS and JavaScript in {@code src/main/resources/public}); handlers read the request, call a
 * service and write its record as JSON. {@code ErrorMapping} turns every exception into the one error body
 * {@link org.wellbeing.web.ApiError}; {@code AdminAuth} guards rule reload with a bearer token;
 * {@code Bodies} picks the reader by Content-Type and enforces the body limit. The endpoints, bodies and
 * statuses are described in {@code src/main/resources/web/openapi.json}, served at {@code /api/openapi.json}.
 */
package org.wellbeing.web;
