package com.dealercsi.support;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.shared.Language;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates a fresh store with its staff for each test, so tests never see each other's data. */
@Component
public class TestStores {

    private final StoreAdministration administration;

    TestStores(StoreAdministration administration) {
        this.administration = administration;
    }

    /** A store named by a random code, with a service manager, a customer-service manager and an advisor. */
    public TestStore create() {
        var code = "T" + UUID.randomUUID().toString().substring(0, 8);
        var apiKey = "key-" + UUID.randomUUID();
        return asAdmin(() -> {
            var store = administration.createStore(
                    code, "测试店 " + code, ZoneId.of("Asia/Shanghai"), "021-5555-0000", apiKey);
            var ids = Set.of(store.id());
            administration.addStaff(
                    "经理 " + code,
                    "manager-" + code + "@test.local",
                    "secret",
                    Language.ZH_CN,
                    null,
                    Set.of(Role.STORE_MANAGER),
                    ids);
            administration.addStaff(
                    "CS " + code,
                    "cs-" + code + "@test.local",
                    "secret",
                    Language.EN,
                    null,
                    Set.of(Role.CUSTOMER_SERVICE_MANAGER),
                    ids);
            administration.addStaff(
                    "顾问 " + code,
                    "advisor-" + code + "@test.local",
                    "secret",
                    Language.ZH_CN,
                    "SA-" + code,
                    Set.of(Role.ADVISOR),
                    ids);
            return new TestStore(store, apiKey, code);
        });
    }

    public static <T> T asAdmin(Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public record TestStore(StoreRef store, String apiKey, String code) {

        public String managerEmail() {
            return "manager-" + code + "@test.local";
        }

        public String csManagerEmail() {
            return "cs-" + code + "@test.local";
        }

        public String advisorCode() {
            return "SA-" + code;
        }
    }
}
