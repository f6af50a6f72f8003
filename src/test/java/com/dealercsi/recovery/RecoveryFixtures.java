package com.dealercsi.recovery;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.SurveyAnswers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A store with a general manager, visits and answers, for the recovery tests. */
@Component
public class RecoveryFixtures {

    private final TestStores stores;
    private final StoreAdministration administration;

    RecoveryFixtures(TestStores stores, StoreAdministration administration) {
        this.stores = stores;
        this.administration = administration;
    }

    /** A test store plus a general manager (reading English) and a customer-service specialist. */
    public TestStores.TestStore storeWithGeneralManager() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            administration.addStaff(
                    "GM " + store.code(),
                    gmEmail(store),
                    "secret",
                    Language.EN,
                    null,
                    Set.of(Role.GENERAL_MANAGER),
                    Set.of(store.store().id()));
            administration.addStaff(
                    "专员 " + store.code(),
                    csEmail(store),
                    "secret",
                    Language.ZH_CN,
                    null,
                    Set.of(Role.CUSTOMER_SERVICE),
                    Set.of(store.store().id()));
            return null;
        });
        return store;
    }

    public static String gmEmail(TestStores.TestStore store) {
        return "gm-" + store.code() + "@test.local";
    }

    public static String csEmail(TestStores.TestStore store) {
        return "specialist-" + store.code() + "@test.local";
    }

    /** Posts a delivered visit as the DMS would and returns its id. */
    public static UUID visit(String baseUrl, TestStores.TestStore store, String ro) {
        var email = "owner-" + ro + "-" + store.code() + "@example.com";
        var created =
                Api.postVisit(baseUrl, store.apiKey(), Api.visitJson(ro, email, store.advisorCode(), "zh-CN"), "en");
        return UUID.fromString(created.body().get("id").asString());
    }

    /** Posts a visit and returns the survey token the owner was mailed. */
    public static String invite(String baseUrl, TestStores.TestStore store, String ro) {
        var email = "owner-" + ro + "-" + store.code() + "@example.com";
        Api.postVisit(baseUrl, store.apiKey(), Api.visitJson(ro, email, store.advisorCode(), "zh-CN"), "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Every rated item gets {@code rating}; OS and NPS as given. */
    public static SurveyAnswers answers(int rating, int overall, int nps, String comment, boolean consent) {
        var ratings = new HashMap<String, Integer>();
        for (var factor : new String[] {"SI", "SA", "SQ", "SF", "VP"}) {
            for (int item = 1; item <= 3; item++) {
                ratings.put(factor + item, rating);
            }
        }
        return new SurveyAnswers(ratings, overall, nps, comment, consent);
    }
}
