package dev.osprey.core.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses an audit payload that has a field named like a secret (api key, secret, password, token, signature, ...),
 * at any depth, before anything is stored: the audit trail is kept forever and copied around, so a key written
 * into it once could never be taken back. Names are compared lower-case with separators removed, so "api_key",
 * "apiKey" and "API-KEY" are the same name. Refusing a harmless "tokenCount" is the price of never storing a token.
 */
public final class SecretGuard {
    /** A field whose normalised name contains one of these is refused. */
    private static final List<String> CONTAINS = List.of("secret", "password", "passwd", "passphrase", "apikey",
            "privatekey", "accesskey", "secretkey", "token", "signature", "credential", "mnemonic", "seedphrase",
            "authorization");
    /** A field whose normalised name is exactly one of these is refused. */
    private static final Set<String> EXACT = Set.of("key", "pin", "sig", "auth", "seed", "pass", "pwd", "cookie");

    private SecretGuard() {
    }

    /** Throws {@link SecretPayloadException} naming the first field that looks like a secret. */
    public static void check(JsonNode payload) {
        check(payload, "payload");
    }

    public static boolean looksSecret(String fieldName) {
        String n = fieldName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (EXACT.contains(n)) {
            return true;
        }
        for (String word : CONTAINS) {
            if (n.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void check(JsonNode node, String path) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path + "." + field.getKey();
                if (looksSecret(field.getKey())) {
                    throw new SecretPayloadException(fieldPath);
                }
                check(field.getValue(), fieldPath);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
