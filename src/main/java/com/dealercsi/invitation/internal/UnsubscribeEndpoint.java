package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.OptOutLinks;
import com.dealercsi.invitation.UnsubscribeLink;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
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
 * The one-click unsubscribe of RFC 8058 that mail clients call from the {@code List-Unsubscribe} header of every
 * owner mail: a POST without cookies or CSRF token, which opts out at once. A GET (a client without one-click) is
 * sent to the confirmation page, which does the same for people.
 */
@RestController
class UnsubscribeEndpoint {

    private static final String ADDRESS = UnsubscribeLink.ONE_CLICK_ROOT + "{link}/{token}";

    private final OptOutLinks optOutLinks;

    UnsubscribeEndpoint(OptOutLinks optOutLinks) {
        this.optOutLinks = optOutLinks;
    }

    @PostMapping(ADDRESS)
    ResponseEntity<String> oneClick(@PathVariable String link, @PathVariable String token) {
        var known = linkOf(link).isPresent() && optOutLinks.optOut(token).isPresent();
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(known ? "unsubscribed" : "unknown link");
    }

    @GetMapping(ADDRESS)
    ResponseEntity<Void> page(@PathVariable String link, @PathVariable String token) {
        return linkOf(link)
                .map(known -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create(known.page(token)))
                        .<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Optional<UnsubscribeLink> linkOf(String segment) {
        return Arrays.stream(UnsubscribeLink.values())
                .filter(link -> link.segment().equals(segment))
                .findFirst();
    }

    /** Mail clients post without a session or CSRF token; the link's 256-bit token is the only credential. */
    @Configuration(proxyBeanMethods = false)
    static class UnsubscribeSecurity {

        @Bean
        @Order(0)
        SecurityFilterChain oneClickUnsubscribe(HttpSecurity http) throws Exception {
            return http.securityMatcher(Arrays.stream(UnsubscribeLink.values())
                            .map(link -> link.oneClick("**"))
                            .toArray(String[]::new))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }
}
