package com.dealercsi.shared;

/**
 * A reason the app cannot start that an operator can fix: what is wrong, and what to do about it, each in one
 * sentence. Printed without a stack trace by {@link StartupProblemAnalyzer}.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    public StartupProblem(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
