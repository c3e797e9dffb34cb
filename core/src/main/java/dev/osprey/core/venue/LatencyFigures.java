package dev.osprey.core.venue;

/**
 * One latency measure of a venue over its recent window: how many samples, the median, the 99th percentile and the
 * worst, in microseconds. Measures are named by the venue ({@code submit→ack}, {@code market data}).
 */
public record LatencyFigures(String venue, String measure, long count, long p50Micros, long p99Micros,
                             long maxMicros, long windowMs) {
}
