package com.dealercsi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Holds a log-in attempt back as long as {@link LoginThrottle} says; requests run on virtual threads. */
class LoginDelayFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginDelayFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        if (email != null) {
            var wait = throttle.waitFor(email);
            if (!wait.isZero()) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    response.sendError(503);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
