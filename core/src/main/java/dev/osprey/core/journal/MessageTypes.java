package dev.osprey.core.journal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The type ids written into journal payloads, found by walking the sealed hierarchies reachable from a root
 * (EngineMessage: commands, venue updates with their account events, market data). A new record in a sealed
 * interface gets its simple name as id without anyone touching this class, so the engine's message shapes can grow.
 *
 * <p>An id, once written to a journal, must keep meaning the same type: renaming a class needs an entry in
 * {@link #RENAMED} (new simple name to the id old journals carry), or old journals can no longer be replayed.
 */
final class MessageTypes {
    /** New simple name to the id old journals carry. Empty until a journaled type is renamed. */
    private static final Map<String, String> RENAMED = Map.of();

    private final Map<Class<?>, String> ids = new LinkedHashMap<>();
    private final Set<Class<?>> polymorphic = new LinkedHashSet<>();
    private final Set<Class<?>> seen = new LinkedHashSet<>();

    private MessageTypes() {
    }

    /** Walks every sealed interface and record reachable from {@code root}. */
    static MessageTypes reachableFrom(Class<?> root) {
        MessageTypes types = new MessageTypes();
        types.discover(root);
        return types;
    }

    /** Concrete type to its journal id. */
    Map<Class<?>, String> ids() {
        return Collections.unmodifiableMap(ids);
    }

    /** The sealed interfaces: fields of these types need a type id in the JSON. */
    Set<Class<?>> polymorphicRoots() {
        return Collections.unmodifiableSet(polymorphic);
    }

    String idOf(Class<?> type) {
        String id = ids.get(type);
        if (id == null) {
            throw new JournalException(JournalFailure.ENCODE_FAILED,
                    type.getName() + " is not reachable from the journal's message types");
        }
        return id;
    }

    private void discover(Type type) {
        if (type instanceof ParameterizedType p) {
            discover(p.getRawType());
            for (Type arg : p.getActualTypeArguments()) {
                discover(arg);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                discover(bound);
            }
        } else if (type instanceof GenericArrayType a) {
            discover(a.getGenericComponentType());
        } else if (type instanceof Class<?> c && seen.add(c)) {
            discoverClass(c);
        }
    }

    private void discoverClass(Class<?> c) {
        if (c.isArray()) {
            discover(c.getComponentType());
            return;
        }
        // JDK types and enums are leaves; an enum with constant bodies is implicitly sealed but is no message.
        if (c.isPrimitive() || c.isEnum() || c.getName().startsWith("java.")) {
            return;
        }
        if (c.isSealed()) {
            polymorphic.add(c);
            for (Class<?> sub : c.getPermittedSubclasses()) {
                if (!sub.isInterface() && !ids.containsKey(sub)) {
                    register(sub);
                }
                discover(sub);
            }
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                discover(rc.getGenericType());
            }
        }
    }

    private void register(Class<?> c) {
        String id = RENAMED.getOrDefault(c.getSimpleName(), c.getSimpleName());
        for (Map.Entry<Class<?>, String> e : ids.entrySet()) {
            if (e.getValue().equals(id)) {
                throw new IllegalStateException("journal type id '" + id + "' is used by both " + e.getKey().getName()
                        + " and " + c.getName() + ": add an entry to MessageTypes.RENAMED");
            }
        }
        ids.put(c, id);
    }
}
