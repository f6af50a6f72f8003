package com.dealercsi.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestAudienceTest {

    private final StoreRef berlin = store("B01", "Europe/Berlin");
    private final StoreRef shanghai = store("S01", "Asia/Shanghai");
    private final StoreRef beijing = store("A01", "Asia/Shanghai");
    private final List<StoreRef> all = List.of(berlin, shanghai, beijing);

    @Test
    void a_store_manager_gets_it_for_their_stores_in_the_zone_of_the_first_by_code() {
        var audience = DigestAudience.of(Set.of(Role.STORE_MANAGER), Set.of(berlin.id(), shanghai.id()), all)
                .orElseThrow();

        assertThat(audience.storeIds()).containsExactlyInAnyOrder(berlin.id(), shanghai.id());
        assertThat(audience.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void a_group_manager_gets_every_store_and_reads_it_by_their_own_store_or_the_first_store() {
        var withHome = DigestAudience.of(Set.of(Role.GROUP_MANAGER), Set.of(shanghai.id()), all)
                .orElseThrow();
        var withoutStores =
                DigestAudience.of(Set.of(Role.GROUP_MANAGER), Set.of(), all).orElseThrow();

        assertThat(withHome.storeIds()).hasSize(3);
        assertThat(withHome.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(withoutStores.stores().getFirst()).isEqualTo(beijing);
    }

    @Test
    void advisors_customer_service_and_managers_without_stores_get_none() {
        assertThat(DigestAudience.of(Set.of(Role.ADVISOR), Set.of(berlin.id()), all))
                .isEmpty();
        assertThat(DigestAudience.of(Set.of(Role.CUSTOMER_SERVICE), Set.of(berlin.id()), all))
                .isEmpty();
        assertThat(DigestAudience.of(Set.of(Role.GENERAL_MANAGER), Set.of(), all))
                .isEmpty();
    }

    @Test
    void an_administrator_gets_it_only_when_given_stores_and_then_for_every_store() {
        assertThat(DigestAudience.of(Set.of(Role.ADMIN), Set.of(), all)).isEmpty();
        assertThat(DigestAudience.of(Set.of(Role.ADMIN), Set.of(berlin.id()), all)
                        .orElseThrow()
                        .storeIds())
                .hasSize(3);
    }

    private static StoreRef store(String code, String zone) {
        return new StoreRef(UUID.randomUUID(), code, "Store " + code, ZoneId.of(zone), null);
    }
}
