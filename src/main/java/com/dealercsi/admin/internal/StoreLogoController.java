package com.dealercsi.admin.internal;

import com.dealercsi.admin.StoreLogos;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves store logos under /images/, which is public: survey pages and mails may show them too. */
@RestController
class StoreLogoController {

    private final StoreLogos logos;

    StoreLogoController(StoreLogos logos) {
        this.logos = logos;
    }

    @GetMapping("/images/store-logos/{storeId}")
    ResponseEntity<byte[]> logo(@PathVariable UUID storeId) {
        // the address carries ?v=<upload time>, so a day's caching never shows an old logo
        return logos.find(storeId)
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .body(logo.image()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
