package dev.osprey.app.keys;

/** What may be shown about a stored key: the venue, the trader's label and the masked key. */
public record KeyInfo(String venue, String label, String maskedKey) {
}
