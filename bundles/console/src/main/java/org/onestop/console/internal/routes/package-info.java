/**
 * The operator console's list of routes: every method and path the gateway's REST runtime serves now, with what it
 * consumes and produces and the parameters it reads ({@link org.onestop.console.internal.routes.RouteTable}), as
 * JSON at {@code /api/ops/routes} ({@link org.onestop.console.internal.routes.RoutesApi}).
 */
package org.onestop.console.internal.routes;
