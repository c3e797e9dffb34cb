package dev.osprey.app.keys;

import dev.osprey.core.venue.KeyPermissions;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Asks the running live venue what a just-stored key may do; empty when that venue is not the one running. */
@FunctionalInterface
public interface PermissionCheck {
    PermissionCheck NONE = venue -> Optional.empty();

    Optional<CompletableFuture<KeyPermissions>> check(String venue);
}
