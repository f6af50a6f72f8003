package com.dealercsi.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.StartupProblem;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class DemoMailCatcherTest {

    @Test
    void a_taken_smtp_port_is_named_with_the_setting_that_moves_it() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var catcher = new DemoMailCatcher(new DemoProperties("key", taken.getLocalPort(), "demo"));
            assertThatThrownBy(catcher::start)
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .satisfies(
                            problem -> org.assertj.core.api.Assertions.assertThat(((StartupProblem) problem).action())
                                    .contains("--csi.demo.smtp-port="));
        }
    }
}
