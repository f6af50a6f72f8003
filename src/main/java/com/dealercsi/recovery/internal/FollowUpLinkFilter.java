package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.shared.web.ClientAttempts;
import com.dealercsi.shared.web.FailedLookupLimiter;
import com.dealercsi.shared.web.PersonalLinkFilter;
import com.dealercsi.survey.SurveyProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

/**
 * The follow-up survey's personal links, handled as the survey's are ({@link PersonalLinkFilter}); a link may
 * also carry the answer the owner tapped in the mail.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class FollowUpLinkFilter extends PersonalLinkFilter {

    public static final String SESSION_TOKEN = "csi.recovery.followUp.token";
    public static final String SESSION_PRESELECT = "csi.recovery.followUp.preselect";
    static final String LINK_PREFIX = "/follow-up/";
    static final String PRESELECT = "answer";

    private final FollowUps followUps;

    FollowUpLinkFilter(FollowUps followUps, SurveyProperties limits, Clock clock, ClientAttempts attempts) {
        // the survey's limits: both kinds of link are 256-bit tokens guessed the same way
        super(
                "/follow-up",
                Pattern.compile("^/follow-up(-unsubscribe)?(/.*)?$"),
                SESSION_TOKEN,
                new FailedLookupLimiter(
                        "follow-up-link", limits.maxFailedLookups(), limits.failedLookupWindow(), clock, attempts));
        this.followUps = followUps;
    }

    @Override
    protected boolean linkExists(String token) {
        return followUps.linkExists(token);
    }

    /** The answer the owner tapped in the mail, only pre-selected: a mail scanner opening links answers nothing. */
    @Override
    protected void rememberFromLink(HttpServletRequest request, HttpSession session) {
        var preselect = request.getParameter(PRESELECT);
        session.setAttribute(
                SESSION_PRESELECT,
                Arrays.stream(MadeRight.values())
                        .filter(value -> value.name().equals(preselect))
                        .findFirst()
                        .orElse(null));
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
