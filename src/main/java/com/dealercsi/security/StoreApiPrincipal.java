package com.dealercsi.security;

import java.util.UUID;

/** A DMS calling the API with a store's key acts as that store and nothing else. */
public record StoreApiPrincipal(UUID storeId, String storeCode) {}
