/**
 * The gateway's figures: one Micrometer registry in the Prometheus format ({@link GatewayMeters}) with the JVM's
 * figures, every request of the gateway's application by route template and status ({@link RequestMeter}), the
 * business figures (open and overdue cases, the outbox, the database pool), served at {@code /metrics}
 * ({@link MetricsResource}) and, for operators, their last hour at {@code /ops/health} ({@link HealthPages}): every
 * node's samples kept in the schema {@code METRICS} ({@link NodeFigures}), so that any node shows the whole hall.
 */
@Schema("METRICS")
package org.onestop.metrics.internal;

import org.onestop.api.schema.Schema;
