package com.dealercsi.shared.events;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where asynchronous event listeners run: a fixed number of platform threads in front of an unbounded queue.
 * <p>
 * Bounded, because with one virtual thread per event a batch of 1,000 visits started 3,000 listeners at once;
 * they queued for the 10 database connections, timed out after 30 s, and took the web requests' connections
 * with them. Platform threads, because a virtual thread that loads a class from the packaged jar pins its
 * carrier while it waits for the jar's lock: on a 2-CPU server two such listeners pinned both carriers while
 * the thread holding the lock waited for a carrier, and the whole app hung for good (ADR 0044).
 * <p>
 * The queue is unbounded on purpose: a listener that publishes after its commit must never wait for a free
 * thread, or the pool could deadlock on itself; the queue only holds references to publications that are safe
 * in the outbox.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(
            ThreadPoolTaskExecutorBuilder builder, IncompletePublicationsRetry.OutboxProperties outbox) {
        var executor = builder.corePoolSize(outbox.listenerThreads())
                .maxPoolSize(outbox.listenerThreads())
                .threadNamePrefix("listener-")
                .build();
        executor.setVirtualThreads(false);
        // SIGTERM: listeners in flight finish their work; what is still queued stays in the outbox for the next start
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(15);
        return executor;
    }
}
