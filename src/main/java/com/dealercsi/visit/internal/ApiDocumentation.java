package com.dealercsi.visit.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The DMS API describes itself: OpenAPI at {@code /v3/api-docs}, readable at {@code /swagger-ui.html}. Both are
 * public, as a DMS vendor needs them before it has a store's key; the API itself still needs one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI dealerCsiApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Dealer CSI DMS API")
                        .version("v1")
                        .description("Delivered repair orders in, where each visit's survey invitation stands, and "
                                + "owners' requests to erase their personal data. "
                                + "Every call carries the store's key in the X-Api-Key header; texts of errors "
                                + "follow Accept-Language (zh-CN or en)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "X-Api-Key",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Api-Key")));
    }

    @Bean
    @Order(0)
    SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
