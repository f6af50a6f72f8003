package com.dealercsi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKey the demo store's API key
 * @param smtpPort where the built-in mail catcher listens
 * @param password the password of every demo login
 */
@ConfigurationProperties("csi.demo")
record DemoProperties(
        @DefaultValue("demo-store-key") String apiKey,
        @DefaultValue("3025") int smtpPort,
        @DefaultValue("demo") String password) {}
