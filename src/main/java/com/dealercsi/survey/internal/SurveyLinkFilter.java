package com.dealercsi.survey.internal;

import com.dealercsi.shared.web.ClientAttempts;
import com.dealercsi.shared.web.FailedLookupLimiter;
import com.dealercsi.shared.web.PersonalLinkFilter;
import com.dealercsi.survey.SurveyProperties;
import com.dealercsi.survey.Surveys;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The survey's personal links: {@code GET /survey/{token}} leaves the token in the owner's session and redirects
 * to {@code /survey} (see {@link PersonalLinkFilter}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class SurveyLinkFilter extends PersonalLinkFilter {

    /** Where the filter leaves the token for the survey view. */
    public static final String SESSION_TOKEN = "csi.survey.token";

    private final Surveys surveys;

    SurveyLinkFilter(Surveys surveys, SurveyProperties properties, Clock clock, ClientAttempts attempts) {
        super(
                "/survey",
                Pattern.compile("^/survey(/.*)?$"),
                SESSION_TOKEN,
                new FailedLookupLimiter(
                        "survey-link",
                        properties.maxFailedLookups(),
                        properties.failedLookupWindow(),
                        clock,
                        attempts));
        this.surveys = surveys;
    }

    @Override
    protected boolean linkExists(String token) {
        return surveys.linkExists(token);
    }
}
