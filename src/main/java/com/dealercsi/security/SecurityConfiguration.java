package com.dealercsi.security;

import com.dealercsi.admin.Staff;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Two doors: the DMS API, stateless and keyed per store, and the Vaadin app, where survey pages are anonymous
 * and everything else needs a staff log-in. Services carry their own {@code @PreAuthorize} rules as well;
 * {@code @RolesAllowed} is kept for views, which Vaadin checks on navigation (ADR 0004).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, Stores stores) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(stores), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("STORE_API"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(401);
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getWriter().write("{\"error\":\"A valid X-Api-Key header is required\"}");
                }))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain appSecurity(HttpSecurity http, LoginThrottle throttle, ContentSecurityPolicy policy)
            throws Exception {
        // before the CSRF check, so that guessing is slowed down whatever the attempt looks like
        http.addFilterBefore(new LoginDelayFilter(throttle), org.springframework.security.web.csrf.CsrfFilter.class);
        // personal survey links are exchanged for a session before Vaadin sees them (survey's SurveyLinkFilter)
        // every page's stylesheets (styles.css imports one per area) must load for anonymous owners too
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/images/**", "/icons/**", "/*.css", "/survey/*")
                        .permitAll());
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .NO_REFERRER))
                // every response gets the strict policy; Vaadin's pages replace it with one naming their nonce
                // (PageHardening, ADR 0042)
                .contentSecurityPolicy(csp -> {
                    csp.policyDirectives(policy.forOtherResponses());
                    if (policy.reportOnly()) {
                        csp.reportOnly();
                    }
                })
                // Vaadin writes its pages past the point where the headers would be added lazily
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffAccounts(Staff staff) {
        return email -> staff.loginAccount(email)
                .map(StaffUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account for " + email));
    }
}
