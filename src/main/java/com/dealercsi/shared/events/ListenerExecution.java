package com.dealercsi.shared.events;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where asynchronous event listeners run: a fixed number of threads in front of an unbounded queue. With one
 * virtual thread per event (Boot's default when virtual threads are on), a batch of 1,000 visits started 3,000
 * listeners at once; they queued for the 10 database connections, timed out after 30 s, and took the web
 * requests' connections with them. A bounded pool keeps the database busy but not besieged. The queue is
 * unbounded on purpose: a listener that publishes after its commit must never wait for a free thread, or the
 * pool could deadlock on itself; the queue only holds references to publications that are safe in the outbox.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder,
            IncompletePublicationsRetry.OutboxProperties outbox) {
        var executor = builder.corePoolSize(outbox.listenerThreads()).maxPoolSize(outbox.listenerThreads())
                .threadNamePrefix("listener-").build();
        executor.setVirtualThreads(true);
        return executor;
    }
}
