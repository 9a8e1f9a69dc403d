/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Finds the shortest decimal that reads back as a given {@code double}, by exact arithmetic.
 *
 * <p>Every real number strictly closer to a double {@code d} than to its neighbours reads back as
 * {@code d}; a number exactly halfway reads back as whichever of the two has an even significand.
 * So the decimals that read back as {@code d} form an interval around it, closed when {@code d}'s
 * significand is even. The shortest decimal is found by looking, for growing precisions, at the
 * two decimals of that precision that enclose {@code d}: if neither lies in the interval, no
 * decimal of that precision does. Among two that both do, the closer to {@code d} wins, and on a
 * tie the larger magnitude, as the reference graph builder's formatter (Rust's {@code Display} for
 * {@code f64}) does.
 */
final class ShortestDecimal {
    /** Every double is told apart by 17 significant digits. */
    private static final int MAX_DIGITS = 17;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final BigDecimal exact;
    private final BigDecimal lowerBound;
    private final BigDecimal upperBound;
    private final boolean boundsIncluded;

    private ShortestDecimal(double value) {
        exact = new BigDecimal(value);
        BigDecimal below = new BigDecimal(Math.nextDown(value));
        // Above the largest double the next representable step would be one ulp further; halfway
        // to it, reading rounds to infinity.
        BigDecimal above = value == Double.MAX_VALUE
                ? exact.add(new BigDecimal(Math.ulp(value)))
                : new BigDecimal(Math.nextUp(value));
        lowerBound = exact.add(below).multiply(HALF);
        upperBound = exact.add(above).multiply(HALF);
        boundsIncluded = (Double.doubleToRawLongBits(value) & 1L) == 0;
    }

    /**
     * Returns the shortest decimal that reads back as {@code value}.
     *
     * @param value a positive finite double
     * @return the decimal, with no more significant digits than needed
     */
    static BigDecimal of(double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("expected a positive finite double, found " + value);
        }
        ShortestDecimal search = new ShortestDecimal(value);
        // Whether some decimal of precision p reads back as the value only grows with p (a
        // p-digit decimal is also a (p+1)-digit one), so binary search finds the least p.
        int low = 1;
        int high = MAX_DIGITS;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (search.bestWithPrecision(middle) != null) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        BigDecimal best = search.bestWithPrecision(low);
        if (best == null) {
            throw new IllegalStateException("no decimal of " + MAX_DIGITS + " digits reads back as " + value);
        }
        return best.stripTrailingZeros();
    }

    /** The decimal of at most {@code precision} digits that reads back as the value, or null. */
    private BigDecimal bestWithPrecision(int precision) {
        BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
        BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
        boolean belowFits = readsBack(below);
        boolean aboveFits = readsBack(above);
        if (belowFits && aboveFits) {
            int closeness = exact.subtract(below).compareTo(above.subtract(exact));
            return closeness < 0 ? below : above;
        }
        if (belowFits) {
            return below;
        }
        return aboveFits ? above : null;
    }

    private boolean readsBack(BigDecimal candidate) {
        int fromLower = candidate.compareTo(lowerBound);
        int fromUpper = candidate.compareTo(upperBound);
        if (boundsIncluded) {
            return fromLower >= 0 && fromUpper <= 0;
        }
        return fromLower > 0 && fromUpper < 0;
    }
}
