package com.dealercsi.shared.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * Puts {@link RetryOnConflict} around its methods. The advisor sorts before the transaction advisor (which has the
 * lowest precedence), so a retry wraps the whole transaction, never the inside of one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConflictRetryProperties.class)
class ConflictRetryConfiguration {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor conflictRetryAdvisor(
            ObjectProvider<ConflictRetryProperties> properties, ObjectProvider<MeterRegistry> meters) {
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(RetryOnConflict.class, true))
                .union(new AnnotationMatchingPointcut(null, RetryOnConflict.class, true));
        var advisor = new DefaultPointcutAdvisor(
                pointcut,
                new ConflictRetryInterceptor(
                        properties::getObject, meters::getObject, duration -> Thread.sleep(duration)));
        advisor.setOrder(ORDER);
        return advisor;
    }
}
