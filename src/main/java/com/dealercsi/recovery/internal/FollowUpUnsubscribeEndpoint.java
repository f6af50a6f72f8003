package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.FollowUps;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The RFC 8058 one-click unsubscribe of the follow-up mail, as invitations have it: a POST without cookies or CSRF
 * token opts the owner out of all survey mail at once. A GET goes to the confirmation page, which does the same.
 */
@RestController
class FollowUpUnsubscribeEndpoint {

    static final String ONE_CLICK_PREFIX = "/mail/follow-up-unsubscribe/";
    static final String PAGE_PREFIX = "/follow-up-unsubscribe/";

    private final FollowUps followUps;

    FollowUpUnsubscribeEndpoint(FollowUps followUps) {
        this.followUps = followUps;
    }

    @PostMapping(ONE_CLICK_PREFIX + "{token}")
    ResponseEntity<String> oneClick(@PathVariable String token) {
        var known = followUps.unsubscribe(token).isPresent();
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(known ? "unsubscribed" : "unknown link");
    }

    @GetMapping(ONE_CLICK_PREFIX + "{token}")
    ResponseEntity<Void> page(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(PAGE_PREFIX + token)).build();
    }

    @Configuration(proxyBeanMethods = false)
    static class FollowUpUnsubscribeSecurity {

        @Bean
        @Order(0)
        SecurityFilterChain followUpOneClickUnsubscribe(HttpSecurity http) throws Exception {
            return http.securityMatcher(ONE_CLICK_PREFIX + "**")
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }
}
