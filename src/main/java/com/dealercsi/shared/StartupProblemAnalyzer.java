package com.dealercsi.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * Start-up failures in one sentence each, naming the setting that fixes them, instead of a stack trace. Boot's
 * own message for a taken HTTP port does not say which of our settings moves it.
 */
class StartupProblemAnalyzer implements FailureAnalyzer, Ordered {

    private final Problems problems = new Problems();
    private final PortsInUse ports = new PortsInUse();

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        var analysis = problems.analyze(failure);
        return analysis != null ? analysis : ports.analyze(failure);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class Problems extends AbstractFailureAnalyzer<StartupProblem> {

        @Override
        protected FailureAnalysis analyze(Throwable root, StartupProblem cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
    }

    private static final class PortsInUse extends AbstractFailureAnalyzer<PortInUseException> {

        @Override
        protected FailureAnalysis analyze(Throwable root, PortInUseException cause) {
            return new FailureAnalysis(
                    "The web server cannot listen on port " + cause.getPort() + ": another program already uses it.",
                    "Stop the program that uses port " + cause.getPort()
                            + ", or start Dealer CSI on another port with --server.port=<port> (or the PORT environment variable).",
                    cause);
        }
    }
}
