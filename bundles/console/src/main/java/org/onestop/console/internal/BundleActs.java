package org.onestop.console.internal;

import java.sql.SQLException;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops a bundle for an operator, each act in the audit trail with who did it and the state before and
 * after ({@code version 1.0.0: active -> resolved}). The platform's own bundles are stopped only when the operator
 * confirms it ({@code force}); the framework and the console itself never. A stop lasts until the next start of
 * the gateway, which starts every bundle again.
 */
@Component(service = BundleActs.class, immediate = true)
public final class BundleActs {

    private static final Logger LOG = LoggerFactory.getLogger(BundleActs.class);
    /** How long a start waits for the bundle's components to come up before it answers. */
    private static final java.time.Duration START = java.time.Duration.ofSeconds(10);

    private final BundleBoard board;
    private final BundleSettling settling;
    private final AuditTrail trail;

    @Activate
    public BundleActs(@Reference BundleBoard board, @Reference BundleSettling settling,
            @Reference AuditTrail trail) {
        this.board = board;
        this.settling = settling;
        this.trail = trail;
    }

    BundleRow start(String symbolicName, Caller caller) throws SQLException {
        Bundle bundle = board.existing(symbolicName);
        BundleRow before = board.row(bundle);
        if (!before.startable()) {
            throw new Refusal(409, before.fragment() ? "console.error.fragment" : "console.error.notStopped",
                    symbolicName);
        }
        try {
            bundle.start();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Bundle {} did not start at the operator's request: {}", symbolicName, e.getMessage());
            throw new Refusal(409, "console.error.startFailed", symbolicName);
        }
        if (!settling.await(() -> settling.running(bundle), START)) {
            LOG.warn("Bundle {} started but does not run yet: {}", symbolicName, settling.waitingFor(bundle));
        }
        return audited(caller, "console.bundle.started", bundle, before);
    }

    BundleRow stop(String symbolicName, boolean force, Caller caller) throws SQLException {
        Bundle bundle = board.existing(symbolicName);
        BundleRow before = board.row(bundle);
        if (board.untouchable(bundle)) {
            throw new Refusal(409, "console.error.untouchable", symbolicName);
        }
        if (!before.stoppable()) {
            throw new Refusal(409, before.fragment() ? "console.error.fragment" : "console.error.notActive",
                    symbolicName);
        }
        if (before.platform() && !force) {
            throw new Refusal(409, "console.error.platform", symbolicName);
        }
        try {
            bundle.stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Bundle {} did not stop cleanly at the operator's request: {}", symbolicName, e.getMessage());
        }
        return audited(caller, "console.bundle.stopped", bundle, before);
    }

    private BundleRow audited(Caller caller, String action, Bundle bundle, BundleRow before) throws SQLException {
        BundleRow after = board.row(bundle);
        trail.record(AuditEntry.by(caller, action, "bundle:" + after.symbolicName(),
                "version " + after.version() + ": " + before.state() + " -> " + after.state()));
        return after;
    }
}
