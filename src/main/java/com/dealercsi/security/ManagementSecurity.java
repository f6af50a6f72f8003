package com.dealercsi.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Actuator's door (ADR 0043). On its own port (the default, {@code MANAGEMENT_PORT}) the endpoints are open:
 * a load balancer and Prometheus need no account, and the port is kept off the internet by the firewall, as the
 * README says. Should an operator put them on the app's port, only health stays open and the rest needs an
 * administrator, by HTTP Basic so that Prometheus can send it. Spring Boot's endpoint matcher sees requests on
 * the management port only, so with its own port the app's {@code /actuator} is not served at all.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, Environment environment) throws Exception {
        var ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                            .permitAll();
                    if (ownPort) {
                        requests.anyRequest().permitAll();
                    } else {
                        requests.anyRequest().hasRole("ADMIN");
                    }
                });
        if (!ownPort) {
            http.httpBasic(Customizer.withDefaults());
        }
        return http.build();
    }
}
