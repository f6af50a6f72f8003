package com.dealercsi.shared;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every feature needs.
 *
 * @param publicBaseUrl where owners and staff reach the app; links in e-mails start with it
 * @param dataDir where the embedded database keeps its files
 */
@ConfigurationProperties("csi")
public record CsiProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("./data") Path dataDir) {

    public String link(String path) {
        var base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
