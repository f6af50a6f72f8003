package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.shared.web.FailedLookupLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the follow-up link's token out of the address bar, as the survey does with its links:
 * {@code GET /follow-up/{token}} puts the token (and the answer the owner tapped in the mail, if any) into the
 * HTTP session and redirects to {@code /follow-up}. Every link, known or not, gets the same redirect; wrong links
 * are rate-limited per client address. The pages are never cached and never sent as Referer.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class FollowUpLinkFilter extends OncePerRequestFilter {

    public static final String SESSION_TOKEN = "csi.recovery.followUp.token";
    public static final String SESSION_PRESELECT = "csi.recovery.followUp.preselect";
    static final String LINK_PREFIX = "/follow-up/";
    static final String PRESELECT = "answer";
    private static final Pattern LINK = Pattern.compile("^/follow-up/([A-Za-z0-9_-]{1,128})/?$");
    private static final Pattern PAGES = Pattern.compile("^/follow-up(-unsubscribe)?(/.*)?$");

    private final FollowUps followUps;
    private final FailedLookupLimiter limiter;

    FollowUpLinkFilter(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        // the survey's limits: both kinds of link are 256-bit tokens guessed the same way
        this.limiter = new FailedLookupLimiter(20, java.time.Duration.ofMinutes(15), clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PAGES.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        var matcher = LINK.matcher(path(request));
        if (!"GET".equals(request.getMethod()) || !matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        var client = request.getRemoteAddr();
        if (limiter.isBlocked(client)) {
            response.setStatus(429);
            response.setHeader("Retry-After", "900");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many wrong links from this address. Please try again later.\n"
                    + "来自此地址的错误链接过多，请稍后再试。\n");
            return;
        }
        var token = matcher.group(1);
        if (!followUps.linkExists(token)) {
            limiter.recordFailure(client);
        }
        var session = request.getSession(true);
        session.setAttribute(SESSION_TOKEN, token);
        var preselect = request.getParameter(PRESELECT);
        session.setAttribute(SESSION_PRESELECT, Arrays.stream(MadeRight.values())
                .filter(value -> value.name().equals(preselect)).findFirst().orElse(null));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/follow-up");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The link itself is public: owners have no account; its 256-bit token is the only credential. */
    @Configuration(proxyBeanMethods = false)
    static class FollowUpLinkSecurity {

        @Bean
        @Order(0)
        SecurityFilterChain followUpLinks(HttpSecurity http) throws Exception {
            return http.securityMatcher("/follow-up/*")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }
}
