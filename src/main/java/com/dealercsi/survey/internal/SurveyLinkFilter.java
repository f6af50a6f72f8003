package com.dealercsi.survey.internal;

import com.dealercsi.shared.web.FailedLookupLimiter;
import com.dealercsi.survey.SurveyProperties;
import com.dealercsi.survey.Surveys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the personal token out of the address bar: {@code GET /survey/{token}} puts the token into the
 * owner's HTTP session and redirects to {@code /survey}, so the token is not left in the browser history,
 * in screenshots or in a Referer. Every link, known or not, answers the same redirect; failed look-ups are
 * rate-limited per client address. Survey pages are sent with {@code Referrer-Policy: no-referrer} and
 * {@code Cache-Control: no-store}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class SurveyLinkFilter extends OncePerRequestFilter {

    /** Where the filter leaves the token for the survey view. */
    public static final String SESSION_TOKEN = "csi.survey.token";
    private static final Pattern LINK = Pattern.compile("^/survey/([A-Za-z0-9_-]{1,128})/?$");
    private static final Pattern SURVEY_PAGES = Pattern.compile("^/survey(/.*)?$");

    private final Surveys surveys;
    private final FailedLookupLimiter limiter;

    SurveyLinkFilter(Surveys surveys, SurveyProperties properties, Clock clock) {
        this.surveys = surveys;
        this.limiter = new FailedLookupLimiter(properties.maxFailedLookups(), properties.failedLookupWindow(), clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SURVEY_PAGES.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // set here, before Vaadin writes the page: an owner's survey is never cached and never sent as Referer
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
            response.getWriter().write("Too many wrong survey links from this address. Please try again later.\n"
                    + "来自此地址的错误问卷链接过多，请稍后再试。\n");
            return;
        }
        var token = matcher.group(1);
        if (!surveys.linkExists(token)) {
            limiter.recordFailure(client);
        }
        // the same answer for every link, so a guesser learns nothing from the status
        request.getSession(true).setAttribute(SESSION_TOKEN, token);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/survey");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
