package com.dealercsi.demo;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.admin.Stores;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Language;
import com.dealercsi.visit.NewVisit;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** One store, its staff and a few delivered visits, created at the first start of the demo. */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String STORE_CODE = "DEMO";

    private final StoreAdministration administration;
    private final Stores stores;
    private final Visits visits;
    private final DemoProperties demo;
    private final CsiProperties csi;
    private final Clock clock;

    DemoData(
            StoreAdministration administration,
            Stores stores,
            Visits visits,
            DemoProperties demo,
            CsiProperties csi,
            Clock clock) {
        this.administration = administration;
        this.stores = stores;
        this.visits = visits;
        this.demo = demo;
        this.csi = csi;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            if (stores.findByCode(STORE_CODE).isEmpty()) {
                seed();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("""

                ----------------------------------------------------------------------
                  Dealer CSI demo is running: {}
                  Mailbox (caught mails):     {}
                  Log in with password '{}' as admin@demo.local, manager@demo.local,
                  cs@demo.local, advisor1@demo.local or advisor2@demo.local
                  DMS API key of the demo store: {}
                ----------------------------------------------------------------------""", csi.link("/"), csi.link("/mailbox"), demo.password(), demo.apiKey());
    }

    private void seed() {
        var store = administration.createStore(
                STORE_CODE, "星辰汽车 4S 店（演示）", ZoneId.of("Asia/Shanghai"), "400-800-1234", demo.apiKey());
        var storeIds = Set.of(store.id());
        var password = demo.password();
        administration.addStaff(
                "管理员 Admin", "admin@demo.local", password, Language.EN, null, Set.of(Role.ADMIN), storeIds);
        administration.addStaff(
                "李经理", "manager@demo.local", password, Language.ZH_CN, null, Set.of(Role.STORE_MANAGER), storeIds);
        administration.addStaff(
                "Emma Chen",
                "cs@demo.local",
                password,
                Language.EN,
                null,
                Set.of(Role.CUSTOMER_SERVICE_MANAGER, Role.CUSTOMER_SERVICE),
                storeIds);
        administration.addStaff(
                "王强", "advisor1@demo.local", password, Language.ZH_CN, "SA01", Set.of(Role.ADVISOR), storeIds);
        administration.addStaff(
                "Liu Yang", "advisor2@demo.local", password, Language.EN, "SA02", Set.of(Role.ADVISOR), storeIds);

        var now = clock.instant().atZone(store.timeZone()).toOffsetDateTime();
        List.of(
                        new NewVisit(
                                "RO-2026-0001",
                                "王建国",
                                "wang.jianguo@example.com",
                                "13800138001",
                                "沪A·12345",
                                null,
                                "途观L 330TSI",
                                ServiceType.MAINTENANCE,
                                "SA01",
                                now.minus(Duration.ofHours(3)),
                                "zh-CN"),
                        new NewVisit(
                                "RO-2026-0002",
                                "张丽",
                                "zhang.li@example.com",
                                "13900139002",
                                "沪B·67890",
                                null,
                                "帕萨特 380TSI",
                                ServiceType.REPAIR,
                                "王强",
                                now.minus(Duration.ofHours(5)),
                                "zh-CN"),
                        new NewVisit(
                                "RO-2026-0003",
                                "David Miller",
                                "david.miller@example.com",
                                "+8613700137003",
                                "沪C·24680",
                                "LSVAM4187C2184847",
                                "Tiguan L",
                                ServiceType.WARRANTY,
                                "SA02",
                                now.minus(Duration.ofHours(6)),
                                "en"),
                        new NewVisit(
                                "RO-2026-0004",
                                "陈晓明",
                                "chen.xm@example.com",
                                "13600136004",
                                "沪D·13579",
                                null,
                                "ID.4 CROZZ",
                                ServiceType.ACCIDENT_REPAIR,
                                "Liu Yang",
                                now.minus(Duration.ofDays(1)),
                                "zh-CN"))
                .forEach(visit -> visits.register(store.id(), visit));
        log.info("Demo data created: store {}, 5 staff, 4 delivered visits", store.code());
    }
}
