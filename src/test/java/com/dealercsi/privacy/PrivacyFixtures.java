package com.dealercsi.privacy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Owners with values no other test uses, their visits as a DMS delivers them, and an administrator's account. */
@Component
public class PrivacyFixtures {

    private final StoreAdministration administration;

    PrivacyFixtures(StoreAdministration administration) {
        this.administration = administration;
    }

    /** One owner as staff know them; {@code mobile} as the DMS writes it, {@code e164} as it is stored. */
    public record Owner(String name, String email, String mobile, String e164, String plate, String vin) {

        public static Owner unique() {
            var random = ThreadLocalRandom.current();
            var digits = String.format("%08d", random.nextInt(100_000_000));
            var tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            var vin = ("LSV" + UUID.randomUUID().toString().replace("-", "").toUpperCase())
                    .replaceAll("[IOQ]", "7")
                    .substring(0, 17);
            return new Owner(
                    "车主" + tag,
                    "owner-" + tag.toLowerCase() + "@example.com",
                    "139 " + digits.substring(0, 4) + " " + digits.substring(4),
                    "+86139" + digits,
                    "沪B" + tag.substring(0, 5),
                    vin);
        }
    }

    /** Posts a delivered visit of this owner as the DMS would and returns its id. */
    public static UUID visit(String baseUrl, TestStores.TestStore store, Owner owner, String ro, String language) {
        var json = """
                {"roNumber": "%s", "ownerName": "%s", "email": "%s", "phone": "%s", "plate": "%s", "vin": "%s",
                 "model": "途观L", "serviceType": "MAINTENANCE", "advisor": "%s",
                 "deliveredAt": "2026-11-27T10:30:00+08:00", "language": "%s"}
                """.formatted(
                        ro,
                        owner.name(),
                        owner.email(),
                        owner.mobile(),
                        owner.plate(),
                        owner.vin(),
                        store.advisorCode(),
                        language);
        var created = Api.postVisit(baseUrl, store.apiKey(), json, "en");
        if (created.status() != 201 && created.status() != 200) {
            throw new IllegalStateException("Visit refused: " + created.body());
        }
        return UUID.fromString(created.body().get("id").asString());
    }

    /** The survey token of the one invitation mailed to this owner. */
    public static String surveyToken(Owner owner) {
        var link = Mails.surveyLink(TestMailServer.awaitMails(owner.email(), 1, Duration.ofSeconds(20))
                .getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** A customer-service manager of this store who reads Chinese (the test store's own reads English). */
    public String chineseCsManager(TestStores.TestStore store) {
        var email = "cs-zh-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "客服经理 " + store.code(),
                email,
                "secret",
                Language.ZH_CN,
                null,
                Set.of(Role.CUSTOMER_SERVICE_MANAGER),
                Set.of(store.store().id())));
        return email;
    }

    /** An administrator of no store in particular: administrators see every store. */
    public String administrator() {
        var email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        TestStores.asAdmin(
                () -> administration.addStaff("管理员", email, "secret", Language.EN, null, Set.of(Role.ADMIN), Set.of()));
        return email;
    }
}
