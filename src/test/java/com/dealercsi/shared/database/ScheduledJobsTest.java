package com.dealercsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;
import org.springframework.util.ClassUtils;

/**
 * Every scheduled job of the app runs on one node of a cluster at a time (ADR 0062): it holds a ShedLock, or it is
 * named below with the reason two nodes running it at once do no harm.
 */
class ScheduledJobsTest {

    private static final Map<String, String> RUN_ON_EVERY_NODE = Map.of(
            "JdbcClientAttempts.forgetOldCounts",
            "deletes counts a day old; the delete is idempotent, and a lock would cost more than the delete (ADR 0055)",
            "VisitAnnouncer.announce",
            "runs five times a second; the rows decide: SKIP LOCKED on one server, and on Galera the second commit of"
                    + " the same visits fails certification and is rolled back with its events",
            "DictionaryReload.reloadIfChanged",
            "each node keeps its own copy of the dealer dictionary in memory, so each must reload it; it only reads"
                    + " (ADR 0059)");

    @Test
    void every_scheduled_job_holds_a_scheduler_lock_or_says_why_it_may_run_on_every_node() {
        var unlocked = new ArrayList<String>();
        for (var job : scheduledJobs()) {
            if (!job.isAnnotationPresent(SchedulerLock.class) && !RUN_ON_EVERY_NODE.containsKey(name(job))) {
                unlocked.add(name(job));
            }
        }
        assertThat(unlocked)
                .as("scheduled jobs without @SchedulerLock; add one, or name the job in RUN_ON_EVERY_NODE with why")
                .isEmpty();
    }

    @Test
    void every_job_allowed_to_run_on_every_node_still_exists_and_holds_no_lock() {
        var unlocked = scheduledJobs().stream()
                .filter(job -> !job.isAnnotationPresent(SchedulerLock.class))
                .map(ScheduledJobsTest::name)
                .toList();
        assertThat(unlocked).containsExactlyInAnyOrderElementsOf(RUN_ON_EVERY_NODE.keySet());
    }

    @Test
    void no_two_jobs_share_a_lock_name() {
        var names = scheduledJobs().stream()
                .filter(job -> job.isAnnotationPresent(SchedulerLock.class))
                .map(job -> resolvedLockName(job))
                .toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    private static String resolvedLockName(Method job) {
        var name = job.getAnnotation(SchedulerLock.class).name();
        if (!name.isEmpty()) {
            return name;
        }
        return name(job);
    }

    private static List<Method> scheduledJobs() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getAnnotationMetadata().hasAnnotatedMethods(Scheduled.class.getName())
                        || reader.getAnnotationMetadata().hasAnnotatedMethods(Schedules.class.getName()));
        var jobs = new ArrayList<Method>();
        for (var candidate : scanner.findCandidateComponents("com.dealercsi")) {
            var type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), ScheduledJobsTest.class.getClassLoader());
            for (var method : type.getDeclaredMethods()) {
                var annotations = MergedAnnotations.from(method);
                if (annotations.isPresent(Scheduled.class) || annotations.isPresent(Schedules.class)) {
                    jobs.add(method);
                }
            }
        }
        assertThat(jobs).as("the scan finds the app's jobs at all").hasSizeGreaterThan(5);
        return jobs;
    }

    private static String name(Method job) {
        return job.getDeclaringClass().getSimpleName() + "." + job.getName();
    }
}
