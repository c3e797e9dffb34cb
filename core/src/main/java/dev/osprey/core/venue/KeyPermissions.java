package dev.osprey.core.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a venue says an API key may do, checked before live trading is enabled. A key that cannot trade is refused;
 * a key that can withdraw, or that works from any IP address, is allowed with a loud warning, because a leaked key
 * of that kind can empty the account.
 */
public record KeyPermissions(String venue, boolean canTrade, boolean withdrawalsEnabled, boolean ipRestricted) {

    /** Why live trading must not be enabled with this key, if it must not. */
    public Optional<String> refusal() {
        return canTrade ? Optional.empty()
                : Optional.of("the " + venue + " API key cannot trade spot: enable spot trading for it first");
    }

    /** What the trader must read before going live with this key; empty for a well-restricted key. */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (withdrawalsEnabled) {
            w.add("WITHDRAWALS ARE ENABLED on this " + venue + " API key: anyone who gets it can move funds out."
                    + " Disable withdrawals for a trading key.");
        }
        if (!ipRestricted) {
            w.add("NO IP RESTRICTION on this " + venue + " API key: it works from any address."
                    + " Restrict it to this machine's IP.");
        }
        return w;
    }
}
