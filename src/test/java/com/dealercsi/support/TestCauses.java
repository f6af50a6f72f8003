package com.dealercsi.support;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The seeded root causes by code, for tests that close a red or amber case (every such case needs one). */
@Component
public class TestCauses {

    private final JdbcTemplate jdbc;

    TestCauses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID id(String code) {
        return UUID.fromString(
                jdbc.queryForObject("select cast(id as char) from recovery_cause where code = ?", String.class, code));
    }

    /** "Waiting time too long", the cause of most tests that only need some cause. */
    public List<UUID> waiting() {
        return List.of(id("SI.WAITING"));
    }
}
