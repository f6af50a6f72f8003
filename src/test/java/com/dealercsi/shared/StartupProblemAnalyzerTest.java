package com.dealercsi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationContextException;

class StartupProblemAnalyzerTest {

    private final StartupProblemAnalyzer analyzer = new StartupProblemAnalyzer();

    @Test
    void a_problem_deep_in_the_start_up_is_told_in_its_own_words() {
        var analysis = analyzer.analyze(new ApplicationContextException(
                "Failed to start bean", new StartupProblem("The data folder is busy.", "Use another one.")));
        assertThat(analysis.getDescription()).isEqualTo("The data folder is busy.");
        assertThat(analysis.getAction()).isEqualTo("Use another one.");
    }

    @Test
    void a_taken_http_port_names_the_setting_that_moves_it() {
        var analysis = analyzer.analyze(new IllegalStateException(new PortInUseException(8080)));
        assertThat(analysis.getDescription()).contains("port 8080");
        assertThat(analysis.getAction()).contains("--server.port=", "PORT");
    }

    @Test
    void other_failures_are_left_to_spring_boot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else")))
                .isNull();
    }
}
