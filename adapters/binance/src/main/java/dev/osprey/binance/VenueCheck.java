package dev.osprey.binance;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A quick end-to-end check of a Binance endpoint set, for the {@code venue-check} command: connect (server time),
 * load exchangeInfo, keep the book in sync for a while, read the account's commission rates, place a small limit buy
 * far below the market, cancel it, read the balances. Without an API key the four account steps are SKIPPED. Each
 * step runs even if an earlier one failed, where it can, so one run shows everything that is wrong.
 */
public final class VenueCheck {
    private final BinanceConfig config;
    private final String symbol;
    private final Duration syncFor;
    private final List<VenueCheckResult.Step> steps = new ArrayList<>();
    private final ConcurrentHashMap<String, CompletableFuture<AccountEvent>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> live = new CompletableFuture<>();
    /** How long one step may wait for an answer: a few request timeouts. */
    private final long stepTimeoutMs;

    private VenueCheck(BinanceConfig config, String symbol, Duration syncFor) {
        this.config = config;
        this.symbol = symbol;
        this.syncFor = syncFor;
        this.stepTimeoutMs = config.requestTimeout().toMillis() * 4;
    }

    /**
     * Runs the check. {@code apiKey}/{@code secret} may be null (market data only); {@code wsApiUrl} may be null
     * (the WebSocket API of the network the REST URL belongs to, mainnet unless it is the testnet host).
     */
    public static VenueCheckResult run(String restUrl, String marketStreamUrl, String wsApiUrl, String apiKey,
                                       char[] secret) {
        BinanceConfig.Builder b = BinanceConfig.builder().restUrl(restUrl).marketStreamUrl(marketStreamUrl)
                .testnet(restUrl.contains("testnet.binance.vision")).webSocketApiUrl(wsApiUrl);
        if (apiKey != null && secret != null) {
            b.credentials(BinanceCredentials.hmac(apiKey, secret));
        }
        return run(b.build(), "BTCUSDT", Duration.ofSeconds(3));
    }

    public static VenueCheckResult run(BinanceConfig config, String symbol, Duration syncFor) {
        return new VenueCheck(config, symbol, syncFor).check();
    }

    private VenueCheckResult check() {
        try (BinanceVenue venue = BinanceVenue.create(config)) {
            venue.subscribe(this::onAccountEvent);
            long t0 = System.nanoTime();
            venue.binanceFeed().subscribe(symbol, e -> {
                if (e instanceof FeedStatus s && s.state() == FeedState.LIVE) {
                    live.complete(ms(t0));
                }
            });
            step("connect", () -> "server time offset " + venue.syncTime().get(stepTimeoutMs, TimeUnit.MILLISECONDS)
                    + " ms");
            Instrument[] ins = new Instrument[1];
            step("exchangeInfo", () -> {
                ins[0] = venue.instruments().instrument(symbol).get(stepTimeoutMs, TimeUnit.MILLISECONDS);
                return "tick " + ins[0].tickSize().toPlainString() + ", lot " + ins[0].lotStep().toPlainString()
                        + ", min notional " + ins[0].minNotional().toPlainString();
            });
            BigDecimal[] bestBid = new BigDecimal[1];
            step("book", () -> {
                venue.binanceFeed().start();
                long toLive = live.get(stepTimeoutMs, TimeUnit.MILLISECONDS);
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(syncFor.toMillis(),
                        TimeUnit.MILLISECONDS)).get();
                OrderBookCopy b = venue.binanceFeed().bookCopy(symbol, 1).get(stepTimeoutMs, TimeUnit.MILLISECONDS);
                FeedState state = venue.binanceFeed().state(symbol);
                if (state != FeedState.LIVE || b.bids().isEmpty() || b.asks().isEmpty()) {
                    throw new IllegalStateException("book not live after " + syncFor.toMillis() + " ms: " + state);
                }
                bestBid[0] = Scaled.toBigDecimal(b.bids().get(0).price());
                return "live after " + toLive + " ms, then kept " + syncFor.toMillis() + " ms; bid "
                        + Scaled.format(b.bids().get(0).price()) + " ask " + Scaled.format(b.asks().get(0).price())
                        + ", gaps " + venue.binanceFeed().stats(symbol).gaps();
            });
            trade(venue, ins[0], bestBid[0]);
        }
        return new VenueCheckResult("binance", steps);
    }

    private void trade(BinanceVenue venue, Instrument ins, BigDecimal bestBid) {
        if (!config.canTrade()) {
            skip("commission", "no API key given");
            skip("place", "no API key given");
            skip("cancel", "no API key given");
            skip("balances", "no API key given");
            return;
        }
        step("commission", () -> describe(venue.fetchCommissionRates(symbol).get(stepTimeoutMs,
                TimeUnit.MILLISECONDS)));
        OrderRequest order = ins == null || bestBid == null ? null : farBelow(ins, bestBid);
        if (order == null) {
            skip("place", "no instrument or market price to price the order from");
            skip("cancel", "nothing placed");
        } else {
            boolean placed = step("place", () -> {
                AccountEvent e = await(order.clientOrderId(), () -> venue.orderEntry().place(order));
                if (e instanceof OrderRejected r) {
                    throw new IllegalStateException("rejected: " + r.rejection().text());
                }
                return "limit BUY " + order.qty().toPlainString() + " @ " + order.price().toPlainString()
                        + " accepted as " + ((OrderAccepted) e).venueOrderId();
            });
            if (placed) {
                step("cancel", () -> {
                    AccountEvent e = await(order.clientOrderId(), () -> venue.orderEntry().cancel(symbol,
                            order.clientOrderId()));
                    if (e instanceof CancelRejected r) {
                        throw new IllegalStateException("cancel refused: " + r.rejection().text());
                    }
                    return "canceled";
                });
            } else {
                skip("cancel", "nothing placed");
            }
        }
        step("balances", () -> {
            VenueState state = venue.fetchState();
            return state.balances().size() + " non-zero balances, " + state.openOrders().size() + " open orders";
        });
    }

    private static String describe(CommissionRates r) {
        CommissionRates.Discount d = r.discount();
        String discount = d.asset().isEmpty() ? "no discount" : d.asset() + " discount "
                + d.rate().stripTrailingZeros().toPlainString() + (d.applies() ? " (on)" : " (off)");
        return "maker " + r.maker().stripTrailingZeros().toPlainString() + ", taker "
                + r.taker().stripTrailingZeros().toPlainString() + "; " + discount;
    }

    /** Half the best bid, on the tick; the smallest quantity worth 1.5x the minimum notional, on the lot step. */
    private OrderRequest farBelow(Instrument ins, BigDecimal bestBid) {
        BigDecimal price = bestBid.divide(BigDecimal.valueOf(2), 8, RoundingMode.DOWN)
                .divide(ins.tickSize(), 0, RoundingMode.DOWN).multiply(ins.tickSize());
        BigDecimal notional = ins.minNotional().multiply(new BigDecimal("1.5")).max(new BigDecimal("1"));
        BigDecimal qty = notional.divide(price, 8, RoundingMode.UP).divide(ins.lotStep(), 0, RoundingMode.UP)
                .multiply(ins.lotStep()).max(ins.minQty());
        String id = "osprey-check-" + Long.toString(System.currentTimeMillis(), 36);
        return new OrderRequest(id, symbol, Side.BUY, OrderType.LIMIT, qty.stripTrailingZeros(),
                price.stripTrailingZeros());
    }

    private AccountEvent await(String clientOrderId, Runnable send) throws Exception {
        CompletableFuture<AccountEvent> answer = new CompletableFuture<>();
        answers.put(clientOrderId, answer);
        send.run();
        return answer.get(stepTimeoutMs, TimeUnit.MILLISECONDS);
    }

    private void onAccountEvent(AccountEvent e) {
        String id = e instanceof OrderAccepted a ? a.clientOrderId() : e instanceof OrderRejected r ? r.clientOrderId()
                : e instanceof OrderCanceled c ? c.clientOrderId() : e instanceof CancelRejected c ? c.clientOrderId()
                : null;
        CompletableFuture<AccountEvent> f = id == null ? null : answers.remove(id);
        if (f != null) {
            f.complete(e);
        }
    }

    private interface StepBody {
        String run() throws Exception;
    }

    private boolean step(String name, StepBody body) {
        long t0 = System.nanoTime();
        try {
            String detail = body.run();
            steps.add(new VenueCheckResult.Step(name, VenueCheckResult.Outcome.OK, ms(t0), detail));
            return true;
        } catch (Exception e) {
            Throwable cause = ApiErrors.unwrap(e);
            String why = cause instanceof java.util.concurrent.TimeoutException ? "no answer within "
                    + stepTimeoutMs + " ms" : cause.getMessage();
            steps.add(new VenueCheckResult.Step(name, VenueCheckResult.Outcome.FAILED, ms(t0), String.valueOf(why)));
            return false;
        }
    }

    private void skip(String name, String why) {
        steps.add(new VenueCheckResult.Step(name, VenueCheckResult.Outcome.SKIPPED, 0, why));
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
