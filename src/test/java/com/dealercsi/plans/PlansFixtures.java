package com.dealercsi.plans;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Plans for tests: opened by the store's service manager, owned by the store's advisor. */
@Component
public class PlansFixtures {

    private final ActionPlans plans;
    private final SignedIn signedIn;

    PlansFixtures(ActionPlans plans, SignedIn signedIn) {
        this.plans = plans;
        this.signedIn = signedIn;
    }

    public StaffRef advisorOf(TestStores.TestStore store) {
        return signedIn.as(
                store.managerEmail(),
                () -> plans.possibleOwners(store.store().id()).stream()
                        .filter(member -> member.email().startsWith("advisor-"))
                        .findFirst()
                        .orElseThrow());
    }

    public UUID open(TestStores.TestStore store, SubjectKind kind, String code, LocalDate due) {
        return open(store, kind, code, due, advisorOf(store).id());
    }

    public UUID open(TestStores.TestStore store, SubjectKind kind, String code, LocalDate due, @Nullable UUID owner) {
        return signedIn.as(
                store.managerEmail(),
                () -> plans.open(new NewPlan(
                        store.store().id(),
                        kind,
                        code,
                        null,
                        "Owners say the advisor did not explain the charges",
                        "Walk every owner through the invoice at pick-up",
                        owner,
                        due)));
    }

    public static String advisorEmail(TestStores.TestStore store) {
        return "advisor-" + store.code() + "@test.local";
    }
}
