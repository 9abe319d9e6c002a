/**
 * Probes for a container platform (docs/operations.md "Probes and metrics"): the health
 * indicators that make the readiness group ({@code /actuator/health/readiness}) UP only
 * when this node can serve users — the start-up work done, the product's processes and
 * forms deployed, the job executor running where it should — and the management server's
 * address. Who may read Actuator is decided in {@code security.ActuatorAccessFilter}.
 */
package com.partnerlifecycle.operations;
