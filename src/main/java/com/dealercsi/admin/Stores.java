package com.dealercsi.admin;

import com.dealercsi.admin.internal.Store;
import com.dealercsi.admin.internal.StoreRepository;
import com.dealercsi.shared.Hashing;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks stores up for the other features. */
@Service
@Transactional(readOnly = true)
public class Stores {

    private final StoreRepository stores;

    Stores(StoreRepository stores) {
        this.stores = stores;
    }

    /** The store a DMS authenticates as; only the key's hash is compared. */
    public Optional<StoreRef> findByApiKey(String apiKey) {
        return stores.findByApiKeyHash(Hashing.sha256Hex(apiKey)).map(Store::toRef);
    }

    public StoreRef get(UUID id) {
        return stores.findById(id).map(Store::toRef).orElseThrow(() -> new IllegalArgumentException("No store " + id));
    }

    public Optional<StoreRef> findByCode(String code) {
        return stores.findByCode(code).map(Store::toRef);
    }

    public List<StoreRef> all() {
        return stores.findAll().stream().map(Store::toRef).toList();
    }
}
