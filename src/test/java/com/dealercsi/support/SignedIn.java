package com.dealercsi.support;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs code as a real staff account, loaded the way the login loads it, so store visibility applies. */
@Component
public class SignedIn {

    private final UserDetailsService accounts;

    SignedIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String email, Callable<T> work) {
        var user = accounts.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
