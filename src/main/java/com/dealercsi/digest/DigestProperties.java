package com.dealercsi.digest;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the Monday digest goes out.
 *
 * @param sendAt the time of day on Monday, in the reader's home store's zone
 * @param catchUp how long after {@code sendAt} a digest not yet sent still goes out (an instance that was down at
 *     08:00 sends it when it is back); later, that week's digest is dropped rather than sent days late
 * @param tickCron how often the job looks for readers whose digest is due; {@code -} switches it off
 */
@ConfigurationProperties("csi.digest")
public record DigestProperties(
        @DefaultValue("08:00") LocalTime sendAt,
        @DefaultValue("PT24H") Duration catchUp,
        @DefaultValue("0 */10 * * * *") String tickCron) {}
