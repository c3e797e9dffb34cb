package dev.osprey.core.market;

/** One price level of an L2 book, price and size in {@link Scaled} units. A size of zero removes the level. */
public record Level(long price, long qty) {
}
