package com.dealercsi.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Every interaction's time, kept per scenario with when it ended, so any window can be summed up later. */
final class Timings {

    record Sample(long endedAtMillis, long millis) {}

    private final Map<String, ConcurrentLinkedQueue<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    void record(String scenario, long millis) {
        samples.computeIfAbsent(scenario, s -> new ConcurrentLinkedQueue<>())
                .add(new Sample(System.currentTimeMillis(), millis));
    }

    void error(String scenario) {
        errors.computeIfAbsent(scenario, s -> new AtomicInteger()).incrementAndGet();
    }

    int errors(String scenario) {
        var count = errors.get(scenario);
        return count == null ? 0 : count.get();
    }

    List<String> scenarios() {
        return new ArrayList<>(samples.keySet());
    }

    /** The line the issue asks for: {@code load: <scenario> users=N p50=… p95=… p99=… errors=…}. */
    String line(String scenario, int users, long from, long to) {
        var times = times(scenario, from, to);
        return "load: %s users=%d p50=%d ms p95=%d ms p99=%d ms errors=%d (%d interactions)"
                .formatted(
                        scenario,
                        users,
                        percentile(times, 50),
                        percentile(times, 95),
                        percentile(times, 99),
                        errors(scenario),
                        times.size());
    }

    long percentile(String scenario, int percent, long from, long to) {
        return percentile(times(scenario, from, to), percent);
    }

    int count(String scenario, long from, long to) {
        return times(scenario, from, to).size();
    }

    private List<Long> times(String scenario, long from, long to) {
        var all = samples.getOrDefault(scenario, new ConcurrentLinkedQueue<>());
        return all.stream()
                .filter(sample -> sample.endedAtMillis() >= from && sample.endedAtMillis() < to)
                .map(Sample::millis)
                .sorted()
                .toList();
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }
}
