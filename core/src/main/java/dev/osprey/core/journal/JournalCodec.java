package dev.osprey.core.journal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.core.engine.EngineMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides how journal payloads, snapshots and audit payloads look as bytes: JSON by Jackson,
 * records by their components, a "@type" id on every value of a sealed interface (ids from {@link MessageTypes}),
 * money as exact decimals written plainly, keys sorted so equal values give equal bytes.
 *
 * <p>Thread-safe: the engine thread encodes, the recovery and the writer decode.
 */
public final class JournalCodec {
    static final String TYPE_PROPERTY = "@type";

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    private interface TypedByName {
    }

    private final MessageTypes types;
    private final ObjectMapper mapper;
    private final ObjectWriter messageWriter;
    private final ObjectReader messageReader;

    public JournalCodec() {
        this.types = MessageTypes.reachableFrom(EngineMessage.class);
        JsonMapper.Builder b = JsonMapper.builder()
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // A newer build may have written fields this one does not know: keep replaying.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // Records are their components: helpers like isWorking() or isFlat() are not state.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        for (Class<?> root : types.polymorphicRoots()) {
            b.addMixIn(root, TypedByName.class);
        }
        this.mapper = b.build();
        for (Map.Entry<Class<?>, String> e : types.ids().entrySet()) {
            mapper.registerSubtypes(new NamedType(e.getKey(), e.getValue()));
        }
        this.messageWriter = mapper.writerFor(EngineMessage.class);
        this.messageReader = mapper.readerFor(EngineMessage.class);
    }

    /** The id stored in the journal's type column, e.g. "PlaceOrder". */
    public String typeId(EngineMessage message) {
        return types.idOf(message.getClass());
    }

    /** The id stored for every message of {@code type}: lets a reader select one kind of entry in SQL. */
    public String typeId(Class<? extends EngineMessage> type) {
        return types.idOf(type);
    }

    public byte[] encode(EngineMessage message) {
        try {
            return messageWriter.writeValueAsBytes(message);
        } catch (IOException | RuntimeException e) {
            throw new JournalException(JournalFailure.ENCODE_FAILED, message.getClass().getName(), e);
        }
    }

    public EngineMessage decode(byte[] payload) {
        try {
            return messageReader.readValue(payload);
        } catch (IOException e) {
            throw new JournalException(JournalFailure.CORRUPT, "undecodable journal payload: " + e.getMessage(), e);
        }
    }

    /** Any value (a snapshot of the engine's state, a read-model row) as JSON bytes. */
    public byte[] toBytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            throw new JournalException(JournalFailure.ENCODE_FAILED, value.getClass().getName(), e);
        }
    }

    public <T> T fromBytes(byte[] bytes, Class<T> type) {
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new JournalException(JournalFailure.CORRUPT, "cannot read " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** A value as a JSON tree, e.g. to check an audit payload's field names before it is stored. */
    public JsonNode toTree(Object value) {
        try {
            return mapper.valueToTree(value);
        } catch (RuntimeException e) {
            throw new JournalException(JournalFailure.ENCODE_FAILED, value.getClass().getName(), e);
        }
    }

    /** The canonical text of a tree: object keys sorted at every depth, decimals plain, no whitespace. */
    public String canonicalJson(JsonNode tree) {
        try {
            return mapper.writeValueAsString(sorted(tree));
        } catch (IOException e) {
            throw new JournalException(JournalFailure.ENCODE_FAILED, "canonical JSON", e);
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode out = mapper.createObjectNode();
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = mapper.createArrayNode();
            node.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return node;
    }

    /** Journal ids of every message type the codec knows, for tests and diagnostics. */
    Map<Class<?>, String> typeIds() {
        return types.ids();
    }
}
