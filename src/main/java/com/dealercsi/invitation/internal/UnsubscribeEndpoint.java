package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.Invitations;
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
 * The one-click unsubscribe of RFC 8058 that mail clients call from the {@code List-Unsubscribe} header: a POST
 * without cookies or CSRF token, which opts out at once. A GET (a client without one-click) is sent to the
 * confirmation page, which does the same for people.
 */
@RestController
class UnsubscribeEndpoint {

    static final String PATH = "/mail/unsubscribe/";

    private final Invitations invitations;

    UnsubscribeEndpoint(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<String> oneClick(@PathVariable String token) {
        var known = invitations.optOut(token).isPresent();
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(known ? "unsubscribed" : "unknown link");
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<Void> page(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/unsubscribe/" + token)).build();
    }

    /** Mail clients post without a session or CSRF token; the link's 256-bit token is the only credential. */
    @Configuration(proxyBeanMethods = false)
    static class UnsubscribeSecurity {

        @Bean
        @Order(0)
        SecurityFilterChain oneClickUnsubscribe(HttpSecurity http) throws Exception {
            return http.securityMatcher(PATH + "**")
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }
}
