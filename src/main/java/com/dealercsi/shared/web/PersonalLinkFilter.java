package com.dealercsi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes an owner's personal token out of the address bar: {@code GET <page>/{token}} puts the token into the
 * HTTP session and redirects to {@code <page>}, so it is not left in the browser history, in screenshots or in a
 * Referer. Every link, known or not, gets the same redirect, so a guesser learns nothing from the status;
 * wrong links are rate-limited per client address. The pages are sent with {@code Referrer-Policy: no-referrer}
 * and {@code Cache-Control: no-store}, set before Vaadin writes them.
 */
public abstract class PersonalLinkFilter extends OncePerRequestFilter {

    private final Pattern link;
    private final Pattern pages;
    private final String page;
    private final String sessionKey;
    private final FailedLookupLimiter limiter;

    /**
     * @param page the page the link leads to, e.g. {@code /survey}
     * @param pages every path that gets the no-cache, no-referrer headers
     * @param sessionKey where the token is left for the page
     */
    protected PersonalLinkFilter(String page, Pattern pages, String sessionKey, FailedLookupLimiter limiter) {
        this.link = Pattern.compile("^" + Pattern.quote(page + "/") + "([A-Za-z0-9_-]{1,128})/?$");
        this.pages = pages;
        this.page = page;
        this.sessionKey = sessionKey;
        this.limiter = limiter;
    }

    protected abstract boolean linkExists(String token);

    /** Anything else the link carries besides its token, kept for the page; nothing by default. */
    protected void rememberFromLink(HttpServletRequest request, HttpSession session) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pages.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        var matcher = link.matcher(path(request));
        if (!"GET".equals(request.getMethod()) || !matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        var client = request.getRemoteAddr();
        if (limiter.isBlocked(client)) {
            response.setStatus(429);
            response.setHeader("Retry-After", "900");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write("Too many wrong links from this address. Please try again later.\n"
                            + "来自此地址的错误链接过多，请稍后再试。\n");
            return;
        }
        var token = matcher.group(1);
        if (!linkExists(token)) {
            limiter.recordFailure(client);
        }
        var session = request.getSession(true);
        session.setAttribute(sessionKey, token);
        rememberFromLink(request, session);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + page);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
