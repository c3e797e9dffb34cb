package dev.osprey.core.journal;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a value of any record reachable from the engine's messages, every component filled (strings, positive
 * decimals with trailing zeros, enums, lists of one), so a round trip through the codec exercises every field,
 * including those added after this test was written.
 */
final class Samples {
    private int counter;
    /** Records whose components are being built just now. */
    private final java.util.Set<Class<?>> building = new java.util.HashSet<>();

    Object of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("k" + (++counter), of(args[1]));
            }
            return of(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "s" + (++counter);
        } else if (c == BigDecimal.class) {
            return new BigDecimal("1.250");
        } else if (c == long.class || c == Long.class) {
            return 1_000L + (++counter);
        } else if (c == int.class || c == Integer.class) {
            return 3;
        } else if (c == boolean.class || c == Boolean.class) {
            return true;
        } else if (c == double.class || c == Double.class) {
            return 0.5;
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        } else if (c.isSealed()) {
            // a record holding its own interface (a batch of changes) would recurse: take a sibling while inside it
            return of(Arrays.stream(c.getPermittedSubclasses()).filter(s -> !s.isInterface() && !building.contains(s))
                    .findFirst().orElseThrow());
        } else if (c.isRecord()) {
            return record(c);
        }
        throw new IllegalArgumentException("no sample for " + c.getName() + ": add one to Samples");
    }

    private Object record(Class<?> c) {
        RecordComponent[] rc = c.getRecordComponents();
        Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
        building.add(c);
        Object[] args = Arrays.stream(rc).map(r -> of(r.getGenericType())).toArray();
        building.remove(c);
        try {
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build a sample " + c.getName() + " from " + Arrays.toString(args)
                    + ": " + e.getCause(), e);
        }
    }
}
