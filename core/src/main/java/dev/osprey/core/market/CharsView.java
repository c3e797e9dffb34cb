package dev.osprey.core.market;

/**
 * Lets {@link Scaled#parse} read a JSON parser's char buffer in place, without a String: one per decoder,
 * re-wrapped for every value.
 */
public final class CharsView implements CharSequence {
    private char[] chars = new char[0];

    public CharsView wrap(char[] buffer) {
        this.chars = buffer;
        return this;
    }

    @Override
    public int length() {
        return chars.length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars);
    }
}
