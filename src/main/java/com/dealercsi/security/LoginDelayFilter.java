package com.dealercsi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a log-in attempt back as long as {@link LoginThrottle} says. A held attempt keeps a request thread
 * asleep, so only a few may wait at once: a guesser firing hundreds of attempts in parallel would otherwise put
 * every request thread to sleep and lock everybody out. Beyond that, a held attempt is refused at once with 429.
 */
class LoginDelayFilter extends OncePerRequestFilter {

    private static final int MAX_WAITING_ATTEMPTS = 16;

    private final LoginThrottle throttle;
    private final Semaphore waiting = new Semaphore(MAX_WAITING_ATTEMPTS);

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
                if (!waiting.tryAcquire()) {
                    response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
                    response.sendError(429);
                    return;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    response.sendError(503);
                    return;
                } finally {
                    waiting.release();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
