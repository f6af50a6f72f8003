package com.dealercsi.support;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.reporting.internal.ReportingProjection;
import com.dealercsi.scoring.CsiCalculator;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import com.dealercsi.survey.Rating;
import com.dealercsi.survey.SurveyAnswered;
import com.dealercsi.visit.NewVisit;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.Visits;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds reporting test data: real visits (so invitations go out and advisors are real staff) and answers fed
 * to the reporting read model as the survey, scoring and alerting features announce them.
 */
@Component
public class ReportingData {

    private final Visits visits;
    private final StoreAdministration administration;
    private final ReportingProjection projection;
    private final UserDetailsService accounts;

    ReportingData(
            Visits visits,
            StoreAdministration administration,
            ReportingProjection projection,
            UserDetailsService accounts) {
        this.visits = visits;
        this.administration = administration;
        this.projection = projection;
        this.accounts = accounts;
    }

    public UUID deliver(UUID storeId, String advisor, OffsetDateTime deliveredAt) {
        var ro = "RO-" + UUID.randomUUID().toString().substring(0, 8);
        var visit = new NewVisit(
                ro,
                "王先生",
                "owner-" + ro.toLowerCase() + "@example.com",
                "138 0013 8000",
                "沪A88888",
                null,
                "途观L",
                ServiceType.MAINTENANCE,
                advisor,
                deliveredAt,
                "zh-CN");
        return TestStores.asAdmin(() -> visits.register(storeId, visit).visitId());
    }

    public void addStaff(String name, String email, String code, Set<Role> roles, Set<UUID> storeIds) {
        TestStores.asAdmin(() -> administration.addStaff(name, email, "secret", Language.ZH_CN, code, roles, storeIds));
    }

    /**
     * An answer with every item rated {@code all} except the given ones ({@code null} = not applicable), scored
     * by the brief's formula, as scoring announces it.
     */
    public UUID answer(
            UUID storeId,
            UUID visitId,
            Instant submittedAt,
            int all,
            Map<String, @Nullable Integer> except,
            int overall,
            int nps,
            @Nullable String comment,
            @Nullable AlertLevel alert) {
        var ratings = new ArrayList<Rating>();
        for (var item : com.dealercsi.reporting.internal.ReportColumns.ITEMS) {
            ratings.add(new Rating(
                    item.id(),
                    item.factor(),
                    except.containsKey(item.id()) ? except.get(item.id()) : Integer.valueOf(all)));
        }
        var responseId = UUID.randomUUID();
        var weights = java.util.Arrays.stream(com.dealercsi.shared.Factor.values())
                .collect(java.util.stream.Collectors.toMap(f -> f, com.dealercsi.shared.Factor::defaultWeight));
        projection.record(new SurveyAnswered(
                responseId,
                visitId,
                storeId,
                1,
                List.copyOf(ratings),
                weights,
                overall,
                nps,
                comment,
                false,
                submittedAt));
        var factorScores = CsiCalculator.factorScores(ratings);
        var csi = CsiCalculator.csi(factorScores, weights);
        projection.record(new ResponseScored(
                responseId,
                visitId,
                storeId,
                csi.isPresent() ? csi.getAsDouble() : null,
                factorScores,
                overall,
                nps,
                comment,
                false,
                submittedAt));
        if (alert != null) {
            projection.record(new AlertRaised(UUID.randomUUID(), responseId, visitId, storeId, alert, List.of()));
        }
        return responseId;
    }

    public static Map<String, @Nullable Integer> items(Object... idsAndValues) {
        var map = new HashMap<String, @Nullable Integer>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            map.put((String) idsAndValues[i], (Integer) idsAndValues[i + 1]);
        }
        return map;
    }

    /** Runs as the member of staff with this e-mail, exactly as after their log-in. */
    public void logInAs(String email) {
        var user = accounts.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void logOut() {
        SecurityContextHolder.clearContext();
    }

    static Map<Factor, Integer> weights() {
        return java.util.Arrays.stream(com.dealercsi.shared.Factor.values())
                .collect(java.util.stream.Collectors.toMap(f -> f, com.dealercsi.shared.Factor::defaultWeight));
    }
}
